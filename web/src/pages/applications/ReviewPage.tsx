// The review screen: the whole case (identity, origin, destination, basis, facts, companions), the decision with
// each finding's clause text, the companions' decisions, the materials checklist with the files received (each
// opens), the history, the papers (受理回执, 准予迁入证明) and the actions this user may take now (the server decides;
// the buttons follow availableActions). Approving with materials missing asks for a reason; registration asks for
// the origin's move-out confirmation (origin outside the city) or the origin household's new head.
import { formatCitations } from '../../../../src/domain/policy/citation.ts';
import { useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Alert, Button, Card, Descriptions, Input, List, Space, Tag, Typography } from 'antd';
import { api } from '../../api/client.ts';
import { useI18n } from '../../i18n/index.tsx';
import type { MessageKey } from '../../i18n/zh-CN.ts';
import { MaterialsUpload } from './MaterialsUpload.tsx';
import { RegisterForm, type RegisterChoice } from './RegisterForm.tsx';
import { isInCity } from '../../../../src/domain/divisions/city.ts';
import { CaseSummary } from './CaseSummary.tsx';
import { DecisionReasons } from './DecisionReasons.tsx';
import { MaterialsChecklist } from './MaterialsChecklist.tsx';
import { ApproveButton } from './ApproveButton.tsx';
import { PermitPapers } from './PermitPapers.tsx';
import { errorText } from './errorText.ts';
import type { Detail } from './reviewTypes.ts';
import { MET, NOT_MET, REFER } from './colors.ts';

const BUTTONS = ['submit', 'accept', 'request-supplement', 'reject'];
const TAKES_MATERIALS = ['submit', 'accept', 'request-supplement', 'resubmit'];

export default function ReviewPage() {
  const { id } = useParams();
  const { t, language } = useI18n();
  const [d, setD] = useState<Detail | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(
    () => api.get<Detail>(`/api/v1/applications/${id}`).then(setD, (e: Error) => setError(errorText(e))),
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
      setError(t('applications.failed', { detail: errorText(e) }));
    }
  }
  const outcome = d.evaluation?.decision.outcome;
  const origin = d.input.applicant.hukou?.divisionCode;
  const register = (c: RegisterChoice) => void act('register', { ...c });
  const missing = d.checklist.filter((c) => !c.received).map((c) => c.name);
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
        ]}
      />
      <PermitPapers d={d} />
      <CaseSummary input={d.input} />
      {d.evaluation && (
        <>
          <Typography.Title level={3}>{t('applications.review.decision')}</Typography.Title>
          <Tag
            color={outcome === 'eligible' ? MET : outcome === 'ineligible' ? NOT_MET : REFER}
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
          <DecisionReasons evaluation={d.evaluation} />
          {d.input.companions.length > 0 && (
            <List
              size="small"
              header={t('applications.review.companions')}
              dataSource={d.evaluation.decision.companions}
              renderItem={(c) => (
                <List.Item data-testid={`companion-decision-${c.index}`}>
                  {d.input.companions[c.index]?.name}{' '}
                  <Tag color={c.eligible ? MET : NOT_MET}>
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
      <MaterialsChecklist d={d} />
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
            <Button key={a} onClick={() => void act(a)}>
              {t(`applications.action.${a}` as MessageKey)}
            </Button>
          ))}
        {d.availableActions.includes('approve') && (
          <ApproveButton
            missing={missing}
            onApprove={(why) => act('approve', why ? { missingMaterialsReason: why } : {})}
          />
        )}
      </Space>
      {d.availableActions.includes('register') && (
        <RegisterForm
          applicationId={d.id}
          needsConfirmation={Boolean(origin && !isInCity(origin))}
          onRegister={register}
        />
      )}
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
