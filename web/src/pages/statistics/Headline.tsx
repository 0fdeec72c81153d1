// The viewed area's own numbers: registered persons and households, residents and how they count (T13.1), both
// urbanization rates with T1's target beside the resident one.
import { Col, Row, Statistic, Typography } from 'antd';
import { useI18n } from '../../i18n/index.tsx';
import { TargetBar } from './AreaTiles.tsx';
import { formatCount, formatRate } from './format.ts';
import type { SummaryOutput } from './statsApi.ts';

export function Headline({ summary }: { summary: SummaryOutput }) {
  const { t, language } = useI18n();
  const count = (n: number) => formatCount(n, language);
  const { target, residentsBy } = summary;
  const figures: Array<{ key: string; title: string; value: string }> = [
    { key: 'persons', title: t('statistics.registeredPersons'), value: count(summary.registered.persons) },
    { key: 'households', title: t('statistics.households'), value: count(summary.registered.households) },
    { key: 'residents', title: t('statistics.residents'), value: count(summary.residents.persons) },
    {
      key: 'urbanization-resident',
      title: t('statistics.urbanization.resident'),
      value: formatRate(summary.urbanization.resident),
    },
    {
      key: 'urbanization-registered',
      title: t('statistics.urbanization.registered'),
      value: formatRate(summary.urbanization.registered),
    },
    { key: 'target', title: t('statistics.target', { by: target.by }), value: formatRate(target.resident) },
  ];
  return (
    <>
      <Row gutter={[16, 16]}>
        {figures.map((f) => (
          <Col key={f.key} xs={12} md={8} xl={4} data-measure={f.key}>
            <Statistic title={f.title} value={f.value} />
          </Col>
        ))}
      </Row>
      <TargetBar
        rate={summary.urbanization.resident}
        target={target.resident}
        label={t('statistics.tile.againstTarget', {
          name: summary.name,
          target: formatRate(target.resident),
        })}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
        {t('statistics.residentsBy', {
          present: count(residentsBy.present),
          moved: count(residentsBy.movedWithinCity),
          outside: count(residentsBy.fromOutside),
          away: count(summary.awayFromCity),
        })}
      </Typography.Paragraph>
    </>
  );
}
