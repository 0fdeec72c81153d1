// The engine's findings, each with the clause it applies and that clause's text (the plan's own numbering and
// words), so the reviewer reads what was checked against what the plan says.
import { List, Tag, Typography } from 'antd';
import { useI18n } from '../../i18n/index.tsx';
import type { Detail } from './reviewTypes.ts';
import { MET, NOT_MET } from './colors.ts';

export function DecisionReasons({ evaluation }: { evaluation: NonNullable<Detail['evaluation']> }) {
  const { t } = useI18n();
  const texts = new Map(evaluation.explanation.clauses.map((c) => [c.id, c]));
  return (
    <List
      size="small"
      header={t('applications.case.reasonsTitle')}
      dataSource={evaluation.decision.reasons}
      renderItem={(r, i) => {
        const clause = texts.get(r.clause);
        return (
          <List.Item data-testid={`reason-${i}`}>
            <div>
              <Tag color={r.met ? MET : NOT_MET}>{r.clause}</Tag>
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
