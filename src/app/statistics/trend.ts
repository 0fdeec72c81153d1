// GET /api/v1/stats/trend: one point per month end between two days, and today. A past month end is counted once
// and stored for good (figures.ts); the server counts the recent ones ahead of time (stats-refresh), so a reader
// rarely waits.
import { resolveParameter } from '../../domain/policy/parameters.ts';
import { monthsBefore } from '../../domain/statistics/as-of.ts';
import { areaOf } from '../../domain/statistics/measures.ts';
import { sumTowns } from '../../domain/statistics/cells.ts';
import type { TrendOutput } from '../../domain/statistics/schema.ts';
import type { AppDeps } from '../context.ts';
import { dayOf, figuresFor } from './figures.ts';
import { scopeFor } from './read-stats.ts';

/** The last day of each month from `from` to `to`, and `to` itself when it is not one. */
export function monthEnds(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  for (;;) {
    const last = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
    if (last >= to) break;
    if (last >= from) out.push(last);
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
  out.push(to);
  return out;
}

export function trendDays(deps: AppDeps, q: { from?: string; to?: string }): string[] {
  const to = dayOf(deps, q.to);
  const months = Number(resolveParameter(deps.policy.parameters, 'stats.trendMonths', to).value);
  const from = q.from ?? monthsBefore(to, months);
  return monthEnds(from, to);
}

export async function readTrend(
  deps: AppDeps,
  q: { scope?: string; from?: string; to?: string },
): Promise<TrendOutput> {
  const scope = scopeFor(q.scope);
  const points = [];
  // One day after another: each count of a missing day reads the whole register.
  for (const day of trendDays(deps, q)) {
    const f = await figuresFor(deps, day);
    const a = areaOf(scope, sumTowns(f.figures, scope.code));
    points.push({
      asOf: day,
      registered: a.registered.persons,
      residents: a.residents.persons,
      urbanization: a.urbanization,
    });
  }
  return { scope, points };
}
