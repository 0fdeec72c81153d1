// The policy explained clause by clause (T20, W3): for each settlement clause a plain-language account, an
// example, and the plan's own text (simplified, or the traditional original in zh-TW).
import { useEffect } from 'react';
import { Alert, Card, Collapse, Typography } from 'antd';
import { Link, useLocation } from 'react-router-dom';
import { useI18n } from '../../i18n/index.tsx';
import { formatCitation } from '../../../../src/domain/policy/citation.ts';
import { clauseText, useClauses } from './publicApi.ts';
import { EXPLAINER_ENTRIES, anchorOf } from './explainerEntries.ts';

export default function PolicyPage() {
  const { t, language } = useI18n();
  const { byId, failed } = useClauses();
  const { hash } = useLocation();

  // Arriving from a result's "read more" link: bring that clause into view and give it focus.
  useEffect(() => {
    const target = hash ? document.getElementById(hash.slice(1)) : null;
    target?.scrollIntoView();
    target?.focus();
  }, [hash]);

  return (
    <article aria-labelledby="policy-title">
      <Typography.Title level={1} id="policy-title" style={{ fontSize: 24, marginTop: 0 }}>
        {t('public.explain.title')}
      </Typography.Title>
      <Typography.Paragraph>{t('public.explain.intro')}</Typography.Paragraph>
      <Link to="/public">{t('public.explain.tryIt')}</Link>

      <nav aria-labelledby="policy-toc" style={{ margin: '16px 0' }}>
        <Typography.Title level={2} id="policy-toc" style={{ fontSize: 18 }}>
          {t('public.explain.toc')}
        </Typography.Title>
        <ol>
          {EXPLAINER_ENTRIES.map((e) => (
            <li key={e.id}>
              <a href={`#${anchorOf(e.id)}`}>
                {formatCitation(e.clauses[0])} {t(`public.explain.${e.id}.title`)}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      {failed && (
        <Alert type="warning" showIcon title={t('public.explain.loadFailed')} style={{ marginBottom: 16 }} />
      )}

      {EXPLAINER_ENTRIES.map((e) => (
        <Card key={e.id} id={anchorOf(e.id)} tabIndex={-1} style={{ marginBottom: 16 }} data-clause={e.id}>
          <Typography.Title level={2} style={{ fontSize: 18, marginTop: 0 }}>
            {formatCitation(e.clauses[0])} {t(`public.explain.${e.id}.title`)}
          </Typography.Title>
          <Typography.Paragraph style={{ fontSize: 15 }}>
            {t(`public.explain.${e.id}.plain`)}
          </Typography.Paragraph>
          <Typography.Paragraph style={{ background: '#f6ffed', padding: '8px 12px', borderRadius: 6 }}>
            <Typography.Text strong>{t('public.explain.example')}</Typography.Text>
            {t(`public.explain.${e.id}.example`)}
          </Typography.Paragraph>
          {e.clauses.some((id) => byId.has(id)) && (
            <Collapse
              size="small"
              items={e.clauses
                .filter((id) => byId.has(id))
                .map((id) => ({
                  key: id,
                  label: t('public.explain.original', {
                    clause: formatCitation(id),
                  }),
                  children: (
                    <Typography.Paragraph
                      className="public-clause-text"
                      lang={language === 'zh-TW' ? 'zh-TW' : 'zh-CN'}
                    >
                      {clauseText(byId.get(id)!, language)}
                    </Typography.Paragraph>
                  ),
                }))}
            />
          )}
        </Card>
      ))}
    </article>
  );
}
