// Registered moves by month in the viewed area (in, out, net) with their total, the net per area below it (a bar
// opens its area), and T3's check on the 彝良 county town: more in than out over the same months.
import { useMemo } from 'react';
import { Alert, Statistic, Tag } from 'antd';
import { EChart } from '../../components/EChart.tsx';
import { useI18n, type Translate } from '../../i18n/index.tsx';
import { categoryChart, type Series } from './chartOptions.ts';
import { formatSigned } from './format.ts';
import { Section, type DashboardPart } from './Section.tsx';
import type { MigrationOutput } from './statsApi.ts';

type Month = MigrationOutput['months'][number];
type Flow = { in: number; out: number; net: number };

/** The net migration over the months shown: what the page states as the area's net. */
export function netOf(months: Month[]): number {
  return months.reduce((sum, m) => sum + m.net, 0);
}

/** In and out as bars, net as a line (over months) or a bar (over areas). */
function flowSeries(t: Translate, rows: Flow[], net: 'line' | 'bar'): Series[] {
  return [
    { name: t('statistics.migration.in'), values: rows.map((r) => r.in) },
    { name: t('statistics.migration.out'), values: rows.map((r) => r.out) },
    { name: t('statistics.migration.net'), kind: net, values: rows.map((r) => r.net) },
  ];
}

function MonthsChart({ months, label }: { months: Month[]; label: string }) {
  const { t } = useI18n();
  const option = useMemo(
    () =>
      categoryChart(
        months.map((m) => m.month),
        flowSeries(t, months, 'line'),
      ),
    [months, t],
  );
  return <EChart option={option} label={label} />;
}

function Months({ migration }: { migration: MigrationOutput }) {
  const { t, language } = useI18n();
  const town = migration.countyTown;
  return (
    <>
      <div data-measure="net-migration">
        <Statistic
          title={t('statistics.migration.netTotal', { months: migration.months.length })}
          value={formatSigned(netOf(migration.months), language)}
        />
      </div>
      <MonthsChart months={migration.months} label={t('statistics.section.migration')} />
      {town && (
        <div className="stats-t3">
          <Alert
            type={town.inExceedsOut ? 'success' : 'warning'}
            showIcon
            title={t(town.inExceedsOut ? 'statistics.t3.met' : 'statistics.t3.notMet', {
              name: town.name,
              net: formatSigned(netOf(town.months), language),
            })}
            description={<Tag>{town.clause}</Tag>}
          />
          <MonthsChart months={town.months} label={t('statistics.t3.chart', { name: town.name })} />
        </div>
      )}
    </>
  );
}

function AreasChart({ migration, onOpen }: { migration: MigrationOutput; onOpen: (code: string) => void }) {
  const { t } = useI18n();
  const { areas } = migration;
  const option = useMemo(
    () =>
      categoryChart(
        areas.map((a) => a.name),
        flowSeries(t, areas, 'bar'),
        { rotate: true },
      ),
    [areas, t],
  );
  return (
    <EChart
      option={option}
      label={t('statistics.section.migrationByArea')}
      onItemClick={(item) => areas[item.dataIndex] && onOpen(areas[item.dataIndex]!.code)}
    />
  );
}

export function MigrationSections({ data, onOpen }: DashboardPart) {
  const { t } = useI18n();
  const flowHeader = [
    t('statistics.migration.in'),
    t('statistics.migration.out'),
    t('statistics.migration.net'),
  ];
  return (
    <>
      <Section
        half
        title={t('statistics.section.migration')}
        load={data.migration}
        csv={(m) => ({
          header: [t('statistics.csv.month'), ...flowHeader, t('statistics.csv.countyTown')],
          rows: [
            ...m.months.map((r) => [r.month, r.in, r.out, r.net, null]),
            ...(m.countyTown?.months ?? []).map((r) => [r.month, r.in, r.out, r.net, m.countyTown!.name]),
          ],
        })}
        csvName="migration"
      >
        {(m) => <Months migration={m} />}
      </Section>
      <Section
        half
        title={t('statistics.section.migrationByArea')}
        load={data.migration}
        csv={(m) => ({
          header: [t('statistics.csv.code'), t('statistics.csv.name'), ...flowHeader],
          rows: m.areas.map((a) => [a.code, a.name, a.in, a.out, a.net]),
        })}
        csvName="migration-areas"
      >
        {(m) => <AreasChart migration={m} onOpen={onOpen} />}
      </Section>
    </>
  );
}
