// Application tracking without login: the application number and the applicant's ID number, both checked on
// the phone first (the number's and the ID's check characters), then POST /api/v1/public/applications/track.
import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Form, Input, Typography } from 'antd';
import { ApiError } from '../../api/client.ts';
import { isApplicationNumber, normaliseNumber } from '../../../../src/domain/applications/numbers.ts';
import { idNumberProblem } from '../../../../src/domain/identity/fields.ts';
import { localToday } from '../../forms/present.ts';
import { useI18n } from '../../i18n/index.tsx';
import { isMessageKey } from './reasonText.ts';
import { trackApplication, type Tracking } from './publicApi.ts';

type Outcome =
  | { kind: 'found'; tracking: Tracking }
  | { kind: 'not-found' | 'unavailable' }
  | { kind: 'failed'; detail: string };

export default function TrackPage() {
  const { t, language } = useI18n();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);

  const search = async ({ number, idNumber }: { number: string; idNumber: string }) => {
    setBusy(true);
    try {
      setOutcome({
        kind: 'found',
        tracking: await trackApplication(normaliseNumber(number), idNumber.trim().toUpperCase()),
      });
    } catch (e) {
      if (e instanceof ApiError && e.status === 404) {
        // An unknown route is also a 404: say the service is not open rather than "not found".
        setOutcome({ kind: /no route/.test(e.message) ? 'unavailable' : 'not-found' });
      } else if (e instanceof ApiError && (e.unreachable || e.status === 501))
        setOutcome({ kind: 'unavailable' });
      else setOutcome({ kind: 'failed', detail: e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(false);
    }
  };

  const label = (prefix: string, code: string, fallback: string) => {
    const key = `${prefix}.${code}`;
    return isMessageKey(key) ? t(key) : fallback;
  };

  return (
    <section aria-labelledby="track-title">
      <Typography.Title level={1} id="track-title" style={{ fontSize: 24, marginTop: 0 }}>
        {t('public.track.title')}
      </Typography.Title>
      <Typography.Paragraph>{t('public.track.intro')}</Typography.Paragraph>
      <Form
        layout="vertical"
        onFinish={(v: { number: string; idNumber: string }) => void search(v)}
        requiredMark={false}
      >
        <Form.Item
          name="number"
          label={t('public.track.number')}
          extra={t('public.track.number.help')}
          rules={[
            {
              validator: async (_r, v: unknown) => {
                if (!isApplicationNumber(normaliseNumber(String(v ?? ''))))
                  throw new Error(t('public.track.number.invalid'));
              },
            },
          ]}
        >
          <Input size="large" autoComplete="off" autoCapitalize="characters" spellCheck={false} />
        </Form.Item>
        <Form.Item
          name="idNumber"
          label={t('public.track.idNumber')}
          rules={[
            {
              // The server's own check, problem by problem (a wrong check character says so).
              validator: async (_r, v: unknown) => {
                const given = String(v ?? '').trim();
                if (!given) throw new Error(t('public.track.idNumber.invalid'));
                const problem = idNumberProblem(given, localToday());
                if (problem) throw new Error(t(`identity.problem.${problem}`));
              },
            },
          ]}
        >
          <Input size="large" autoComplete="off" inputMode="text" spellCheck={false} maxLength={18} />
        </Form.Item>
        <Button type="primary" htmlType="submit" size="large" loading={busy}>
          {t('public.track.submit')}
        </Button>
      </Form>

      <div aria-live="polite" style={{ marginTop: 16 }}>
        {outcome?.kind === 'not-found' && (
          <Alert type="warning" showIcon title={t('public.track.notFound')} />
        )}
        {outcome?.kind === 'unavailable' && (
          <Alert type="info" showIcon title={t('public.track.unavailable')} />
        )}
        {outcome?.kind === 'failed' && (
          <Alert type="error" showIcon title={t('public.track.failed', { detail: outcome.detail })} />
        )}
        {outcome?.kind === 'found' && (
          <Card
            title={
              <h2 className="public-card-title">
                {t('public.track.result', { number: outcome.tracking.number })}
              </h2>
            }
            data-testid="tracking"
          >
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('public.track.status')}>
                {label('public.state', outcome.tracking.state, outcome.tracking.stateName)}
              </Descriptions.Item>
              <Descriptions.Item label={t('public.track.nextStep')}>
                {language === 'zh-CN'
                  ? outcome.tracking.nextStep
                  : label('public.next', outcome.tracking.state, outcome.tracking.nextStep)}
              </Descriptions.Item>
              {outcome.tracking.missingMaterials.length > 0 && (
                <Descriptions.Item label={t('public.track.missing')}>
                  {outcome.tracking.missingMaterials
                    .map((m) => label('public.material', m.code, m.name))
                    .join(t('public.listSeparator'))}
                </Descriptions.Item>
              )}
              {outcome.tracking.deadline && (
                <Descriptions.Item label={t('public.track.deadline')}>
                  {new Date(outcome.tracking.deadline).toLocaleDateString(language)}
                </Descriptions.Item>
              )}
              {outcome.tracking.permitNumber && (
                <Descriptions.Item label={t('public.track.permitNumber')}>
                  {outcome.tracking.permitNumber}
                </Descriptions.Item>
              )}
              <Descriptions.Item label={t('public.track.updatedAt')}>
                {new Date(outcome.tracking.updatedAt).toLocaleString(language)}
              </Descriptions.Item>
            </Descriptions>
          </Card>
        )}
      </div>
    </section>
  );
}
