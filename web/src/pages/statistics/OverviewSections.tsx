// The areas below the viewed one: tiles, their urbanization against T1's target (a bar opens its area), and the
// month-end trend of the viewed area.
import { Alert } from 'antd';
import { useMemo } from 'react';
import type { AreaFigures } from '../../../../src/domain/statistics/schema.ts';
import { EChart } from '../../components/EChart.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { AreaTiles } from './AreaTiles.tsx';
import { categoryChart } from './chartOptions.ts';
import { formatRate } from './format.ts';
import { Section, type DashboardPart } from './Section.tsx';
import type { SummaryOutput, TrendOutput } from './statsApi.ts';

/** The child areas of a summary: the counties of the city, the towns of a county, none for a town. */
export function childAreas(summary: SummaryOutput): AreaFigures[] {
  return summary.counties ?? summary.towns ?? [];
}

function UrbanizationChart({ summary, onOpen }: { summary: SummaryOutput; onOpen: (code: string) => void }) {
  const { t } = useI18n();
  const areas = useMemo(() => childAreas(summary), [summary]);
  const option = useMemo(
    () =>
      categoryChart(
        areas.map((a) => a.name),
        [
          { name: t('statistics.urbanization.resident'), values: areas.map((a) => a.urbanization.resident) },
          {
            name: t('statistics.urbanization.registered'),
            values: areas.map((a) => a.urbanization.registered),
          },
        ],
        {
          percent: true,
          rotate: true,
          target: { value: summary.target.resident, name: `T1 ${formatRate(summary.target.resident)}` },
        },
      ),
    [areas, summary.target.resident, t],
  );
  return (
    <EChart
      option={option}
      label={t('statistics.chart.urbanizationByArea')}
      onItemClick={(item) => areas[item.dataIndex] && onOpen(areas[item.dataIndex]!.code)}
    />
  );
}

function TrendChart({ trend, target }: { trend: TrendOutput; target: number | undefined }) {
  const { t } = useI18n();
  const option = useMemo(
    () =>
      categoryChart(
        trend.points.map((p) => p.asOf),
        [
          {
            name: t('statistics.urbanization.resident'),
            kind: 'line',
            values: trend.points.map((p) => p.urbanization.resident),
          },
          {
            name: t('statistics.urbanization.registered'),
            kind: 'line',
            values: trend.points.map((p) => p.urbanization.registered),
          },
        ],
        { percent: true, ...(target !== undefined && { target: { value: target, name: 'T1' } }) },
      ),
    [trend, target, t],
  );
  return (
    <>
      {trend.pending.length > 0 && (
        <Alert
          type="info"
          showIcon
          title={t('statistics.trend.pending', {
            count: trend.pending.length,
            days: trend.pending.join('、'),
          })}
        />
      )}
      <EChart option={option} label={t('statistics.chart.trend')} />
    </>
  );
}

export function OverviewSections({ data, onOpen }: DashboardPart) {
  const { t } = useI18n();
  const target = data.summary.state === 'done' ? data.summary.data.target.resident : undefined;
  const areaCsv = (s: SummaryOutput) => ({
    header: [
      t('statistics.csv.code'),
      t('statistics.csv.name'),
      t('statistics.registeredPersons'),
      t('statistics.households'),
      t('statistics.residents'),
      t('statistics.urbanization.resident'),
      t('statistics.urbanization.registered'),
    ],
    rows: childAreas(s).map((a) => [
      a.code,
      a.name,
      a.registered.persons,
      a.registered.households,
      a.residents.persons,
      a.urbanization.resident,
      a.urbanization.registered,
    ]),
  });
  return (
    <>
      <Section title={t('statistics.section.areas')} load={data.summary} csv={areaCsv} csvName="areas">
        {(s) => (
          <AreaTiles
            areas={childAreas(s)}
            target={s.target.resident}
            onOpen={s.level === 'town' ? undefined : onOpen}
          />
        )}
      </Section>
      <Section
        half
        title={t('statistics.section.urbanization')}
        load={data.summary}
        csv={areaCsv}
        csvName="urbanization"
      >
        {(s) => <UrbanizationChart summary={s} onOpen={onOpen} />}
      </Section>
      <Section
        half
        title={t('statistics.section.trend')}
        load={data.trend}
        csv={(tr) => ({
          header: [
            t('statistics.csv.asOf'),
            t('statistics.registeredPersons'),
            t('statistics.residents'),
            t('statistics.urbanization.resident'),
            t('statistics.urbanization.registered'),
          ],
          rows: tr.points.map((p) => [
            p.asOf,
            p.registered,
            p.residents,
            p.urbanization.resident,
            p.urbanization.registered,
          ]),
        })}
        csvName="trend"
      >
        {(tr) => <TrendChart trend={tr} target={target} />}
      </Section>
    </>
  );
}
