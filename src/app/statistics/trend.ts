// GET /api/v1/stats/trend: one point per month end between two days, and today. A past month end is counted once
// and stored for good (figures.ts); the server counts the recent ones ahead of time (stats-refresh). A reader never
// waits for a month end that is not stored yet (8.5 s each at 6.5 million persons): it is named as pending and
// counted in the background, and the next read has it.
import { resolveParameter } from '../../domain/policy/parameters.ts';
import { monthsBefore } from '../../domain/statistics/as-of.ts';
import { areaOf } from '../../domain/statistics/measures.ts';
import { sumTowns } from '../../domain/statistics/cells.ts';
import type { TrendOutput } from '../../domain/statistics/schema.ts';
import type { AppDeps } from '../context.ts';
import { backfillDays, dayOf, figuresFor, refreshFigures } from './figures.ts';
import { chinaDay } from '../../domain/statistics/as-of.ts';
import { snapshotsBetween } from '../../db/repositories/statistics/snapshots.ts';
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
  const days = trendDays(deps, q);
  const today = chinaDay(deps.now());
  const stored = new Map(
    (await snapshotsBetween(deps.database.db, days[0]!, today))
      .filter((s) => s.final)
      .map((s) => [s.figures.asOf, s]),
  );
  const pending = days.filter((d) => d < today && !stored.has(d));
  if (pending.length > 0) void backfillDays(deps, pending).catch(() => undefined);
  const points = [];
  for (const day of days) {
    if (pending.includes(day)) continue;
    const f = stored.get(day) ?? (await figuresFor(deps, day));
    const a = areaOf(scope, sumTowns(f.figures, scope.code));
    points.push({
      asOf: day,
      registered: a.registered.persons,
      residents: a.residents.persons,
      urbanization: a.urbanization,
    });
  }
  return { scope, points, pending };
}

/** The scheduler's pass: recount today, and count the month ends of the trend not stored yet. */
export async function refreshStatistics(deps: AppDeps): Promise<{ today: string; backfilled: string[] }> {
  const today = chinaDay(deps.now());
  await refreshFigures(deps, today);
  const days = trendDays(deps, {}).filter((d) => d < today);
  const stored = new Set(
    (await snapshotsBetween(deps.database.db, days[0] ?? today, today))
      .filter((s) => s.final)
      .map((s) => s.figures.asOf),
  );
  const missing = days.filter((d) => !stored.has(d));
  await backfillDays(deps, missing);
  return { today, backfilled: missing };
}
