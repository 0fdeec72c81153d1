// The whole application as the reviewer sees it: who applies (identity), from where (origin hukou), to where
// (destination, joining or founding a household), on what basis, the facts given, and who moves along.
import { Descriptions, Typography } from 'antd';
import { divisionPath } from '../../../../src/domain/divisions/tree.ts';
import { ETHNICITY_CODES } from '../../../../src/domain/codes/ethnicity.ts';
import { RELATIONSHIP_CODES } from '../../../../src/domain/codes/relationships.ts';
import { FACT_SECTIONS } from '../../../../src/domain/applications/intake.ts';
import { useI18n } from '../../i18n/index.tsx';
import { isMessageKey } from '../public/reasonText.ts';
import type { CaseInput } from './reviewTypes.ts';

export const placeName = (code: string) => `${divisionPath(code).join('') || code}（${code}）`;

export function CaseSummary({ input }: { input: CaseInput }) {
  const { t } = useI18n();
  const tr = (key: string, fallback: string) => (isMessageKey(key) ? t(key) : fallback);
  const a = input.applicant;
  const d = input.destination;
  const value = (field: string, v: unknown): string => {
    if (typeof v === 'boolean') return t(v ? 'applications.case.yes' : 'applications.case.no');
    if (Array.isArray(v)) return v.map((x) => value(field, x)).join('、') || '—';
    if (v && typeof v === 'object') return JSON.stringify(v);
    return tr(
      `public.opt.${field}.${String(v)}`,
      tr(`applications.case.opt.${field}.${String(v)}`, String(v)),
    );
  };
  const facts = FACT_SECTIONS.flatMap((s) =>
    Object.entries((input[s] as Record<string, unknown> | undefined) ?? {}).map(([field, v]) => ({
      key: `${s}.${field}`,
      label: tr(`public.q.${s}.${field}`, tr(`applications.case.fact.${s}.${field}`, `${s}.${field}`)),
      children: value(field, v),
    })),
  );
  return (
    <section data-testid="case-summary">
      <Descriptions
        size="small"
        bordered
        column={1}
        title={t('applications.case.identity')}
        items={[
          { key: 'n', label: t('applications.case.name'), children: a.name },
          { key: 'i', label: t('applications.case.idNumber'), children: a.idNumber },
          {
            key: 's',
            label: t('applications.case.sex'),
            children: t(a.sex === '1' ? 'applications.case.male' : 'applications.case.female'),
          },
          { key: 'b', label: t('applications.case.birthDate'), children: a.birthDate },
          {
            key: 'e',
            label: t('applications.case.ethnicity'),
            children: ETHNICITY_CODES[a.ethnicity] ?? a.ethnicity,
          },
          {
            key: 'o',
            label: t('applications.case.origin'),
            children: a.hukou
              ? `${placeName(a.hukou.divisionCode)} ${a.hukou.address ?? ''} · ${t(a.hukou.rural ? 'applications.case.rural' : 'applications.case.urban')}`
              : t('applications.case.noHukou'),
          },
          {
            key: 'd',
            label: t('applications.case.destination'),
            children: `${placeName(d.divisionCode)} ${d.address ?? ''} · ${
              d.householdId
                ? t('applications.case.joins', {
                    id: d.householdId,
                    relation: RELATIONSHIP_CODES[d.relation ?? ''] ?? d.relation ?? '',
                  })
                : t('applications.case.founds')
            }`,
          },
          {
            key: 'basis',
            label: t('applications.case.basis'),
            children: tr(
              `applications.case.basis.${input.basis}`,
              tr(`public.situation.${input.basis}`, input.basis),
            ),
          },
        ]}
      />
      {facts.length > 0 && (
        <Descriptions
          size="small"
          bordered
          column={1}
          title={t('applications.case.facts')}
          items={facts}
          style={{ marginTop: 16 }}
        />
      )}
      <Typography.Title level={4} style={{ marginTop: 16 }}>
        {t('applications.case.companions')}
      </Typography.Title>
      {input.companions.length === 0 ? (
        <Typography.Text type="secondary">{t('applications.case.noCompanions')}</Typography.Text>
      ) : (
        <ul>
          {input.companions.map((c) => (
            <li key={c.idNumber}>
              {t('applications.case.companionLine', {
                name: c.name,
                relation: tr(`public.opt.relation.${c.relation}`, c.relation),
                idNumber: c.idNumber,
                birthDate: c.birthDate,
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
