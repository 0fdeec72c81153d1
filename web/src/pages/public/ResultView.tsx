// The answer of the self-check: the decision and the clauses it rests on, what would change it (from the failed
// checks, by their stable codes), every check in plain words, the text of each clause, and the materials.
import type { ReactNode } from 'react';
import { Alert, Card, Collapse, List, Typography } from 'antd';
import { CheckCircleFilled, CloseCircleFilled, InfoCircleFilled } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { useI18n } from '../../i18n/index.tsx';
import { isMessageKey, adviceText, reasonText, type Reason } from './reasonText.ts';
import { formatCitation } from '../../../../src/domain/policy/citation.ts';
import { clauseText, useClauses, type Decision } from './publicApi.ts';
import { explainerAnchor } from './explainerEntries.ts';

const OUTCOME_TYPE = { eligible: 'success', ineligible: 'error', refer: 'warning' } as const;

/** Checks whose failure blocks or refers the case (from the trace's effect; notes such as T14.5 never do). */
function failedChecks(d: Decision): Reason[] {
  const info = new Set(
    (d.trace ?? []).filter((e) => e.effect === 'info').map((e) => `${e.clause} ${e.code}`),
  );
  return d.reasons.filter((r) => !r.met && !info.has(`${r.clause} ${r.code}`));
}

export function ResultView({ decision, language }: { decision: Decision; language: string }) {
  const { t } = useI18n();
  const { byId } = useClauses();
  const failed = failedChecks(decision);
  const clauseList = (ids: string[]) => ids.map(formatCitation).join(t('public.listSeparator'));
  const cited = [...new Set([...decision.clauses, ...decision.reasons.map((r) => r.clause)])].filter((id) =>
    byId.has(id),
  );
  const materialName = (m: { code: string; name: string }) => {
    const key = `public.material.${m.code}`;
    return language !== 'zh-CN' && isMessageKey(key) ? t(key) : m.name;
  };
  const conditions = decision.rejectedConditions.map((c) => {
    const key = `public.opt.right.${c.condition.replace('surrender-', '')}`;
    return isMessageKey(key) ? t(key) : c.condition;
  });

  return (
    <div data-testid="self-check-result" data-outcome={decision.outcome}>
      <Alert
        type={OUTCOME_TYPE[decision.outcome]}
        showIcon
        role="status"
        title={
          <span style={{ fontSize: 20, fontWeight: 600 }}>{t(`public.result.${decision.outcome}`)}</span>
        }
        description={
          <>
            <div>{t(`public.result.${decision.outcome}.detail`)}</div>
            <div data-testid="result-clauses" data-clauses={decision.clauses.join(' ')}>
              {t(decision.outcome === 'eligible' ? 'public.result.basedOn' : 'public.result.blockedBy', {
                clauses: clauseList(decision.clauses),
              })}
            </div>
          </>
        }
      />

      {conditions.length > 0 && (
        <Alert
          type="info"
          showIcon
          style={{ marginTop: 12 }}
          title={t('public.result.rejectedConditions', {
            conditions: conditions.join(t('public.listSeparator')),
          })}
        />
      )}

      {failed.length > 0 && (
        <Section title={t('public.result.change')}>
          <ol className="public-reasons" data-testid="result-advice">
            {failed.map((r) => (
              <li key={r.code} data-code={r.code}>
                {adviceText(r, t, language)}
                <Typography.Text type="secondary">
                  {t('public.clause.ref', { clause: formatCitation(r.clause) })}
                </Typography.Text>
              </li>
            ))}
          </ol>
        </Section>
      )}

      <Section title={t('public.result.reasons')}>
        <ul className="public-reasons" style={{ listStyle: 'none', paddingLeft: 0 }}>
          {decision.reasons.map((r, i) => (
            <li key={i} data-code={r.code} data-met={r.met}>
              <ReasonIcon reason={r} failed={failed.includes(r)} />{' '}
              <span className="sr-only">
                {t('public.result.checkState', {
                  state: t(
                    r.met
                      ? 'public.result.met'
                      : failed.includes(r)
                        ? 'public.result.unmet'
                        : 'public.result.info',
                  ),
                })}
              </span>
              {reasonText(r, t, language)}
              <Typography.Text type="secondary">
                {t('public.clause.ref', { clause: formatCitation(r.clause) })}
              </Typography.Text>
            </li>
          ))}
        </ul>
      </Section>

      <Section title={t('public.result.materials')}>
        <List
          size="small"
          dataSource={decision.materials}
          renderItem={(m) => <List.Item>{materialName(m)}</List.Item>}
        />
      </Section>

      {cited.length > 0 && (
        <section style={{ marginTop: 16 }} aria-labelledby="clause-texts">
          <h2 id="clause-texts" className="public-card-title">
            {t('public.result.clauseTexts')}
          </h2>
          <Collapse
            items={cited.map((id) => {
              const c = byId.get(id)!;
              return {
                key: id,
                label: formatCitation(id),
                children: (
                  <>
                    {language === 'en' && <Typography.Paragraph>{c.summary}</Typography.Paragraph>}
                    <Typography.Paragraph
                      className="public-clause-text"
                      lang={language === 'zh-TW' ? 'zh-TW' : 'zh-CN'}
                    >
                      {clauseText(c, language)}
                    </Typography.Paragraph>
                    {explainerAnchor(id) && (
                      <Link to={`/public/policy#${explainerAnchor(id)}`}>{t('public.result.readMore')}</Link>
                    )}
                  </>
                ),
              };
            })}
          />
        </section>
      )}

      <Typography.Paragraph type="secondary" style={{ marginTop: 16 }}>
        {t('public.result.disclaimer')}
      </Typography.Paragraph>
    </div>
  );
}

function ReasonIcon({ reason, failed }: { reason: Reason; failed: boolean }) {
  if (reason.met) return <CheckCircleFilled aria-hidden style={{ color: '#237804' }} />;
  if (failed) return <CloseCircleFilled aria-hidden style={{ color: '#cf1322' }} />;
  return <InfoCircleFilled aria-hidden style={{ color: '#0958d9' }} />;
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card size="small" style={{ marginTop: 16 }} title={<h2 className="public-card-title">{title}</h2>}>
      {children}
    </Card>
  );
}
