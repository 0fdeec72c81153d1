// The statistics API as the dashboard uses it (GET /api/v1/stats/*, src/api/statistics). The types are the API's
// own schemas (src/domain/statistics/schema.ts); the query is the one the URL holds (scope, asOf).
import { api } from '../../api/client.ts';
import type * as Stats from '../../../../src/domain/statistics/schema.ts';

export type * from '../../../../src/domain/statistics/schema.ts';

/** A shipped reform file the projection can run under (GET /api/v1/policy/reforms). */
export interface ReformFile {
  id: string;
  name?: string;
}

function query(params: Record<string, string | undefined>): string {
  const entries = Object.entries(params).filter((e): e is [string, string] => Boolean(e[1]));
  return entries.length ? `?${new URLSearchParams(entries).toString()}` : '';
}

const get = <T>(path: string, q: Record<string, string | undefined> = {}) =>
  api.get<T>(`/api/v1/stats/${path}${query(q)}`);

export const statsApi = {
  summary: (q: Stats.StatsQuery) => get<Stats.SummaryOutput>('summary', q),
  structure: (q: Stats.StatsQuery) => get<Stats.StructureOutput>('structure', q),
  migration: (q: Stats.StatsQuery) => get<Stats.MigrationOutput>('migration', q),
  reform: (q: Stats.StatsQuery) => get<Stats.ReformOutput>('reform', q),
  /** Month-end points up to the day viewed (the server starts them at its first snapshot). */
  trend: (q: Stats.StatsQuery) => get<Stats.TrendOutput>('trend', { scope: q.scope, to: q.asOf }),
  projection: (reform: string | undefined) => get<Stats.ProjectionOutput>('projection', { reform }),
  exportUrl: (q: Stats.StatsQuery, format: 'csv' | 'xlsx') =>
    `/api/v1/stats/export${query({ ...q, format })}`,
  reforms: () => api.get<{ items: ReformFile[] }>('/api/v1/policy/reforms').then((r) => r.items),
};
