// The engine's findings, each with the clause it applies and that clause's text (the plan's own numbering and
// words), so the reviewer reads what was checked against what the plan says. A clause's text is shown under its
// first finding only: several findings often apply one clause.
import { formatCitation } from '../../../../src/domain/policy/citation.ts';
import { List, Tag, Typography } from 'antd';
import { useI18n } from '../../i18n/index.tsx';
import type { Detail } from './reviewTypes.ts';
import { MET, NOT_MET } from './colors.ts';

export function DecisionReasons({ evaluation }: { evaluation: NonNullable<Detail['evaluation']> }) {
  const { t } = useI18n();
  const texts = new Map(evaluation.explanation.clauses.map((c) => [c.id, c]));
  const reasons = evaluation.decision.reasons;
  const firstOf = (i: number) => reasons.findIndex((r) => r.clause === reasons[i]!.clause) === i;
  return (
    <List
      size="small"
      header={t('applications.case.reasonsTitle')}
      dataSource={reasons}
      renderItem={(r, i) => {
        const clause = firstOf(i) ? texts.get(r.clause) : undefined;
        return (
          <List.Item data-testid={`reason-${i}`}>
            <div>
              <Tag color={r.met ? MET : NOT_MET}>{formatCitation(r.clause)}</Tag>
              {r.message}
              {clause && (
                <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
                  {clause.text}
                </Typography.Paragraph>
              )}
            </div>
          </List.Item>
        );
      }}
    />
  );
}
