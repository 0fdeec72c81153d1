// Loads the dashboard's measures for one view (scope, day), each on its own: a slow or failing measure does not hold
// back the others, and the page counts how many have arrived for its progress bar. A newer view discards the
// answers of an older one still in flight.
import { useEffect, useState } from 'react';
import { statsApi } from './statsApi.ts';
import type {
  MigrationOutput,
  ReformOutput,
  StatsQuery,
  StructureOutput,
  SummaryOutput,
  TrendOutput,
} from './statsApi.ts';

/** A measure not asked for yet (idle), on its way, arrived, or failed with the reason. */
export type Loadable<T> =
  { state: 'idle' } | { state: 'loading' } | { state: 'done'; data: T } | { state: 'failed'; error: unknown };

export interface StatsData {
  summary: Loadable<SummaryOutput>;
  structure: Loadable<StructureOutput>;
  migration: Loadable<MigrationOutput>;
  reform: Loadable<ReformOutput>;
  trend: Loadable<TrendOutput>;
}

const LOADERS = {
  summary: statsApi.summary,
  structure: statsApi.structure,
  migration: statsApi.migration,
  reform: statsApi.reform,
  trend: statsApi.trend,
} satisfies Record<keyof StatsData, (q: StatsQuery) => Promise<unknown>>;

const KEYS = Object.keys(LOADERS) as Array<keyof StatsData>;

const allLoading = (): StatsData =>
  Object.fromEntries(KEYS.map((k) => [k, { state: 'loading' }])) as unknown as StatsData;

/** The measures of the view and the share of them that has arrived (0..1). */
export function useStatsData(query: StatsQuery): { data: StatsData; progress: number } {
  const [data, setData] = useState<StatsData>(allLoading);
  const { scope, asOf } = query;

  useEffect(() => {
    let current = true;
    setData(allLoading());
    for (const key of KEYS) {
      const settle = (value: Loadable<unknown>) => {
        if (current) setData((d) => ({ ...d, [key]: value }));
      };
      LOADERS[key]({ scope, asOf }).then(
        (result) => settle({ state: 'done', data: result }),
        (error: unknown) => settle({ state: 'failed', error }),
      );
    }
    return () => {
      current = false;
    };
  }, [scope, asOf]);

  const arrived = KEYS.filter((k) => data[k].state !== 'loading').length;
  return { data, progress: arrived / KEYS.length };
}
