// The review screen: the decision with its explanation and the clause texts, the companions' decisions, the
// materials checklist and uploads, the history, and the actions this user may take now (the server decides; the
// buttons follow availableActions). Registration asks for the origin's move-out confirmation when the origin is
// outside the city.
import { useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Alert, Button, Card, Descriptions, Input, List, Space, Tag, Typography } from 'antd';
import { api, ApiError } from '../../api/client.ts';
import { useI18n } from '../../i18n/index.tsx';
import type { MessageKey } from '../../i18n/zh-CN.ts';
import { MaterialsUpload } from './MaterialsUpload.tsx';
import { RegisterForm, type OriginConfirmation } from './RegisterForm.tsx';
import { isInCity } from '../../../../src/domain/divisions/city.ts';
import { formatCitation, formatCitations } from '../../../../src/domain/policy/citation.ts';

interface Decision {
  outcome: string;
  clauses: string[];
  reasons: { clause: string; met: boolean; message: string }[];
  companions: { index: number; eligible: boolean; clauses: string[] }[];
}
interface Detail {
  id: string;
  number: string;
  state: string;
  applicantName: string;
  version: number;
  availableActions: string[];
  input: { applicant: { hukou: { divisionCode: string } | null }; companions: { name: string }[] };
  evaluation: {
    policyVersion: string;
    decision: Decision;
    explanation: { clauses: { id: string; summary: string; text: string }[] };
  } | null;
  checklist: { code: string; name: string; received: boolean }[];
  events: { seq: number; action: string; actor: string | null; reason: string | null; at: string }[];
  permit: { number: string; validUntil: string; status: string } | null;
}

const BUTTONS = ['submit', 'accept', 'request-supplement', 'approve', 'reject'];
const TAKES_MATERIALS = ['submit', 'accept', 'request-supplement', 'resubmit'];

export default function ReviewPage() {
  const { id } = useParams();
  const { t, language } = useI18n();
  const [d, setD] = useState<Detail | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(
    () => api.get<Detail>(`/api/v1/applications/${id}`).then(setD, (e: Error) => setError(e.message)),
    [id],
  );
  useEffect(() => void load(), [load]);
  if (!d) return <Card>{error && <Alert type="error" title={error} />}</Card>;

  async function act(action: string, extra: Record<string, unknown> = {}) {
    setError(null);
    try {
      await api.post(`/api/v1/applications/${id}/${action}`, {
        version: d!.version,
        ...(reason ? { reason } : {}),
        ...extra,
      });
      await load();
    } catch (e) {
      setError(
        t('applications.failed', {
          detail:
            e instanceof ApiError ? [e.message, ...e.issues.map((i) => i.message)].join(' ') : String(e),
        }),
      );
    }
  }
  const outcome = d.evaluation?.decision.outcome;
  const origin = d.input.applicant.hukou?.divisionCode;
  const register = (c: OriginConfirmation | undefined) =>
    void act('register', c ? { originConfirmation: c } : {});
  return (
    <Card>
      <Link to="/applications">{t('applications.review.back')}</Link>
      <Typography.Title level={2}>{t('applications.review.title', { number: d.number })}</Typography.Title>
      <Descriptions
        column={1}
        items={[
          { key: 'a', label: t('applications.col.applicant'), children: d.applicantName },
          {
            key: 's',
            label: t('applications.col.state'),
            children: (
              <span data-testid="application-state">{t(`applications.state.${d.state}` as MessageKey)}</span>
            ),
          },
          ...(d.permit
            ? [
                {
                  key: 'p',
                  label: t('applications.review.permit'),
                  children: <span data-testid="permit-number">{d.permit.number}</span>,
                },
              ]
            : []),
        ]}
      />
      {d.evaluation && (
        <>
          <Typography.Title level={3}>{t('applications.review.decision')}</Typography.Title>
          <Tag
            color={outcome === 'eligible' ? 'green' : outcome === 'ineligible' ? 'red' : 'orange'}
            data-testid="outcome"
          >
            {t(`applications.outcome.${outcome}` as MessageKey)}
          </Tag>
          <span>
            {t('applications.review.clauses', {
              clauses: formatCitations(d.evaluation.decision.clauses),
              version: d.evaluation.policyVersion,
            })}
          </span>
          <List
            size="small"
            header={t('applications.review.reasons')}
            dataSource={d.evaluation.decision.reasons}
            renderItem={(r) => (
              <List.Item>
                <Tag color={r.met ? 'green' : 'red'}>{formatCitation(r.clause)}</Tag>
                {r.message}
              </List.Item>
            )}
          />
          <List
            size="small"
            header={t('applications.review.clauseTexts')}
            dataSource={d.evaluation.explanation.clauses}
            renderItem={(c) => (
              <List.Item>
                <Typography.Text strong>{formatCitation(c.id)}</Typography.Text>&nbsp;
                <Typography.Text type="secondary">{c.text}</Typography.Text>
              </List.Item>
            )}
          />
          {d.input.companions.length > 0 && (
            <List
              size="small"
              header={t('applications.review.companions')}
              dataSource={d.evaluation.decision.companions}
              renderItem={(c) => (
                <List.Item data-testid={`companion-decision-${c.index}`}>
                  {d.input.companions[c.index]?.name}{' '}
                  <Tag color={c.eligible ? 'green' : 'red'}>
                    {t(
                      c.eligible
                        ? 'applications.review.companionEligible'
                        : 'applications.review.companionIneligible',
                    )}
                  </Tag>
                  {formatCitations(c.clauses)}
                </List.Item>
              )}
            />
          )}
        </>
      )}
      <List
        size="small"
        header={t('applications.review.checklist')}
        dataSource={d.checklist}
        renderItem={(c) => (
          <List.Item data-testid={`checklist-${c.code}`}>
            {c.name}{' '}
            <Tag color={c.received ? 'green' : 'default'}>
              {t(c.received ? 'applications.review.received' : 'applications.review.missing')}
            </Tag>
          </List.Item>
        )}
      />
      {d.availableActions.some((a) => TAKES_MATERIALS.includes(a)) && (
        <MaterialsUpload applicationId={d.id} onUploaded={() => void load()} />
      )}
      {error && <Alert type="error" role="alert" title={error} style={{ margin: '16px 0' }} />}
      <Space wrap style={{ marginTop: 16 }}>
        <Input
          aria-label={t('applications.review.reason')}
          placeholder={t('applications.review.reason')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          style={{ width: 320 }}
        />
        {d.availableActions
          .filter((a) => BUTTONS.includes(a))
          .map((a) => (
            <Button key={a} type={a === 'approve' ? 'primary' : 'default'} onClick={() => void act(a)}>
              {t(`applications.action.${a}` as MessageKey)}
            </Button>
          ))}
        {d.availableActions.includes('register') && (
          <RegisterForm needsConfirmation={Boolean(origin && !isInCity(origin))} onRegister={register} />
        )}
        {d.permit && (
          <a href={`/api/v1/applications/${d.id}/permit.pdf`} target="_blank" rel="noreferrer">
            {t('applications.review.print')}
          </a>
        )}
      </Space>
      <List
        size="small"
        header={t('applications.review.events')}
        dataSource={d.events}
        renderItem={(e) => (
          <List.Item>
            {new Date(e.at).toLocaleString(language)} {t(`applications.action.${e.action}` as MessageKey)}{' '}
            {e.actor ?? ''} {e.reason ?? ''}
          </List.Item>
        )}
      />
    </Card>
  );
}
