// One residence registration: its facts, its history, and what the clerk does next — apply for the permit (the
// eligibility rules answer; a refusal lists each failed reason with its clause) or end the registration.
import { useCallback, useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { Alert, Button, Card, Descriptions, List, Space, Tag, Typography } from 'antd';
import { ApiError } from '../../api/client.ts';
import { divisionPath } from '../../../../src/domain/divisions/tree.ts';
import { useI18n } from '../../i18n/index.tsx';
import type { MessageKey } from '../../i18n/zh-CN.ts';
import { STATE_COLOR } from './colors.ts';
import { EndRegistrationForm } from './EndRegistrationForm.tsx';
import { EventsTimeline } from './EventsTimeline.tsx';
import { permitsApi, type PermitCreated, type RegistrationResponse } from './permitsApi.ts';
import { LoadError } from './LoadError.tsx';
import { useMayManage } from './useMayManage.ts';

export default function RegistrationPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const navigate = useNavigate();
  const mayManage = useMayManage();
  const [r, setR] = useState<RegistrationResponse | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [refused, setRefused] = useState<ApiError | null>(null);
  const [created, setCreated] = useState<PermitCreated | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const load = useCallback(() => permitsApi.registration(id).then(setR, setLoadError), [id]);
  useEffect(() => void load(), [load]);
  if (!r) return <LoadError error={loadError} />;

  async function apply() {
    setError(null);
    setRefused(null);
    setBusy(true);
    try {
      const permit = await permitsApi.apply(r!.id);
      setCreated(permit);
      navigate(`/residence-permits/${permit.id}`);
    } catch (e) {
      if (e instanceof ApiError && e.code === 'not-eligible') {
        setRefused(e);
        void load(); // the refusal is an event of the registration
      } else setError(t('permits.view.failed', { detail: (e as Error).message }));
    } finally {
      setBusy(false);
    }
  }

  const active = r.status === 'active' && mayManage;
  return (
    <Card>
      <Link to="/residence-permits">{t('permits.regView.back')}</Link>
      <Typography.Title level={2}>{t('permits.regView.title', { name: r.name })}</Typography.Title>
      <Descriptions
        column={1}
        items={[
          {
            key: 'status',
            label: t('permits.col.status'),
            children: (
              <Tag color={STATE_COLOR[r.status]} data-testid="registration-status">
                {t(`permits.regView.status.${r.status}` as MessageKey)}
              </Tag>
            ),
          },
          { key: 'id', label: t('permits.col.idNumber'), children: r.idNumber },
          { key: 'birth', label: t('permits.f.birthDate'), children: r.birthDate },
          {
            key: 'hukou',
            label: t('permits.regView.hukou'),
            // Place names from the domain's tree for 昭通 codes; a code outside the city shows as given.
            children: [
              ...divisionPath(r.hukou.divisionCode),
              r.hukou.divisionCode,
              r.hukou.address ?? '',
            ].join(' '),
          },
          {
            key: 'place',
            label: t('permits.col.place'),
            children: `${r.residence.place} ${r.residence.address}`,
          },
          { key: 'since', label: t('permits.col.since'), children: r.residence.since },
          {
            key: 'grounds',
            label: t('permits.regView.grounds'),
            children: r.grounds.map((g) => t(`permits.ground.${g}` as MessageKey)).join('、'),
          },
          {
            key: 'evidence',
            label: t('permits.regView.evidence'),
            children: r.evidence
              .map((e) => `${t(`permits.evidence.${e.code}` as MessageKey)} ${e.reference}`)
              .join('；'),
          },
          ...(r.endedOn
            ? [
                {
                  key: 'ended',
                  label: t('permits.regView.ended'),
                  children: `${r.endedOn} ${t(`permits.end.${r.endReason}` as MessageKey)}`,
                },
              ]
            : []),
        ]}
      />
      {refused && (
        <Alert
          type="error"
          role="alert"
          data-testid="eligibility-refused"
          title={t('permits.regView.refused')}
          description={
            <List
              size="small"
              dataSource={refused.issues}
              renderItem={(i) => <List.Item>{i.message}</List.Item>}
            />
          }
          style={{ margin: '16px 0' }}
        />
      )}
      {created && (
        <Alert
          type="success"
          title={t('permits.regView.accepted', { number: created.number, issueBy: created.issueBy })}
        />
      )}
      {error && <Alert type="error" role="alert" title={error} style={{ margin: '16px 0' }} />}
      <Space wrap style={{ margin: '16px 0' }}>
        {r.permitId ? (
          <Link to={`/residence-permits/${r.permitId}`}>
            <Button type="primary">{t('permits.regView.openPermit')}</Button>
          </Link>
        ) : (
          active && (
            <Button type="primary" loading={busy} onClick={() => void apply()}>
              {t('permits.regView.apply')}
            </Button>
          )
        )}
      </Space>
      {active && <EndRegistrationForm id={r.id} onEnded={setR} />}
      <EventsTimeline events={r.events} />
    </Card>
  );
}
