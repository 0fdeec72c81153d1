// The areas one level down (the 11 counties of the city, the towns of a county) as tiles: registered persons,
// residents, both urbanization rates, and the resident rate as a bar against T1's target line. A tile opens its
// area (drill-down); a town has no tiles below it.
import { Button, Card, Col, Row, Typography } from 'antd';
import type { AreaFigures } from '../../../../src/domain/statistics/schema.ts';
import { useI18n } from '../../i18n/index.tsx';
import { formatCount, formatRate, percentValue } from './format.ts';

/** The resident rate as a bar with T1's target as a line across it (both in %). */
export function TargetBar({ rate, target, label }: { rate: number | null; target: number; label: string }) {
  const value = percentValue(rate) ?? 0;
  const met = rate !== null && rate >= target;
  return (
    <div
      className="stats-target-bar"
      role="meter"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={value}
      aria-valuetext={formatRate(rate)}
    >
      <div
        className={met ? 'stats-target-fill stats-met' : 'stats-target-fill'}
        style={{ width: `${value}%` }}
      />
      <div className="stats-target-line" style={{ left: `${target * 100}%` }} />
    </div>
  );
}

export function AreaTiles({
  areas,
  target,
  onOpen,
}: {
  areas: AreaFigures[];
  target: number;
  onOpen?: (code: string) => void;
}) {
  const { t, language } = useI18n();
  return (
    <Row gutter={[12, 12]}>
      {areas.map((a) => {
        const open = onOpen ? () => onOpen(a.code) : undefined;
        return (
          <Col key={a.code} xs={24} sm={12} lg={8} xl={6}>
            <Card
              size="small"
              hoverable={Boolean(open)}
              className="stats-tile"
              data-code={a.code}
              // The name is the tile's button (keyboard and screen readers); a click anywhere on it opens too.
              title={
                open ? (
                  <Button
                    type="link"
                    autoInsertSpace={false}
                    title={t('statistics.tile.open', { name: a.name })}
                    className="stats-tile-open"
                    onClick={(e) => {
                      e.stopPropagation();
                      open();
                    }}
                  >
                    {a.name}
                  </Button>
                ) : (
                  a.name
                )
              }
              onClick={open}
            >
              <dl className="stats-figures">
                <dt>{t('statistics.registeredPersons')}</dt>
                <dd>{formatCount(a.registered.persons, language)}</dd>
                <dt>{t('statistics.residents')}</dt>
                <dd>{formatCount(a.residents.persons, language)}</dd>
                <dt>{t('statistics.urbanization.resident')}</dt>
                <dd data-measure="urbanization-resident">{formatRate(a.urbanization.resident)}</dd>
                <dt>{t('statistics.urbanization.registered')}</dt>
                <dd data-measure="urbanization-registered">{formatRate(a.urbanization.registered)}</dd>
              </dl>
              <TargetBar
                rate={a.urbanization.resident}
                target={target}
                label={t('statistics.tile.againstTarget', { name: a.name, target: formatRate(target) })}
              />
            </Card>
          </Col>
        );
      })}
      {areas.length === 0 && (
        <Col span={24}>
          <Typography.Text type="secondary">{t('statistics.tile.none')}</Typography.Text>
        </Col>
      )}
    </Row>
  );
}
