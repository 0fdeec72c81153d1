// The live indicators, read from the register: each with its value(s) and target, or plainly "not yet measured"
// with the reason — never a number that was not measured.
import { useEffect, useState } from 'react';
import { Card, Col, Row, Statistic, Tag, Typography } from 'antd';
import { INDICATORS } from '../../../../src/domain/supervision/indicators.ts';
import { useI18n } from '../../i18n/index.tsx';
import { DONE_COLOR } from './StatusTag.tsx';
import { supervisionApi, type IndicatorView } from './supervisionApi.ts';
import { formatCitation } from '../../../../src/domain/policy/citation.ts';

/** All indicators, or those of one task (a task without any shows nothing). */
export function IndicatorsPanel({ taskId }: { taskId?: string }) {
  const { t } = useI18n();
  const [items, setItems] = useState<IndicatorView[]>([]);
  useEffect(() => {
    supervisionApi.indicators().then(
      (r) => setItems(r.items.filter((i) => !taskId || INDICATORS[i.id].taskIds.includes(taskId))),
      () => setItems([]),
    );
  }, [taskId]);
  return (
    <Row gutter={[16, 16]}>
      {items.map((i) => (
        <Col key={i.id} xs={24} md={12} xl={8}>
          <Card
            size="small"
            title={`${formatCitation(i.clause)} ${i.name}`}
            extra={
              <Tag color={i.state === 'measured' ? DONE_COLOR : 'default'}>
                {t(
                  i.state === 'measured' ? 'supervision.indicator.measured' : 'supervision.indicator.notYet',
                )}
              </Tag>
            }
          >
            {i.state === 'measured' ? (
              <Row gutter={8}>
                {(i.parts ?? []).map((p) => (
                  <Col key={p.label} span={12}>
                    <Statistic title={p.label} value={p.value} suffix={p.unit} />
                  </Col>
                ))}
                {i.target && (
                  <Col span={12}>
                    <Statistic
                      title={`${t('supervision.indicator.target')}：${i.target.label}`}
                      value={i.target.value}
                      suffix={i.target.unit}
                    />
                  </Col>
                )}
              </Row>
            ) : (
              <Typography.Paragraph>{i.reason}</Typography.Paragraph>
            )}
            <Typography.Text type="secondary">
              {t('supervision.indicator.method')}：{i.method}
            </Typography.Text>
          </Card>
        </Col>
      ))}
    </Row>
  );
}
