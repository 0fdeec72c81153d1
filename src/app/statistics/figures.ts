// A day's figure table (src/domain/statistics/cells.ts): read from its stored snapshot when there is one, else
// counted from the register and stored. A past day's figures are final once counted (events are recorded when they
// happen; the past does not change, except by a new import, which empties the store). Today's are a snapshot
// refreshed every stats.refreshMinutes by the server (jobs/schedulers/stats-refresh.ts): a dashboard query never
// waits for a count of 6.5 million persons — it reads the snapshot and says when it was computed.
import { DomainError } from '../../domain/errors.ts';
import { resolveParameter } from '../../domain/policy/parameters.ts';
import { chinaDay, dayHasEnded, endOfDay, monthsBefore } from '../../domain/statistics/as-of.ts';
import { dayFigures, type DayFigures } from '../../domain/statistics/cells.ts';
import { dayCells } from '../../db/repositories/statistics/cells.ts';
import { readSnapshot, writeSnapshot } from '../../db/repositories/statistics/snapshots.ts';
import type { AppDeps } from '../context.ts';

/** What counting needs: the register, the clock and the parameters (the supervision indicators pass these). */
export type StatsDeps = Pick<AppDeps, 'database' | 'policy' | 'now'>;

export interface Figures {
  figures: DayFigures;
  /** The moment the figures describe (the end of the day, or the moment today's were counted). */
  at: Date;
  computedAt: Date;
  source: 'snapshot' | 'live';
}

function parameter(deps: StatsDeps, name: string, day: string): number {
  return Number(resolveParameter(deps.policy.parameters, name, day).value);
}

/** The day the query names, or today in 昭通; a day still to come is the user's mistake. */
export function dayOf(deps: StatsDeps, asOf: string | undefined): string {
  const today = chinaDay(deps.now());
  if (asOf === undefined) return today;
  if (asOf > today) throw DomainError.invalid([{ path: 'asOf', message: `不能晚于今天（${today}）` }]);
  return asOf;
}

/** Count a day's figures from the register (current and history rows true at its end, or now for today). */
export async function countFigures(deps: StatsDeps, day: string): Promise<Figures> {
  const now = deps.now();
  const at = dayHasEnded(day, now) ? endOfDay(day) : now;
  const moment = { at, day, settledBy: monthsBefore(day, parameter(deps, 'stats.residentMonths', day)) };
  const cells = await dayCells(deps.database.db, moment);
  return { figures: dayFigures(day, cells), at, computedAt: now, source: 'live' };
}

/** Count and store (final when the day has ended). */
export async function refreshFigures(deps: StatsDeps, day: string): Promise<Figures> {
  const f = await countFigures(deps, day);
  const final = dayHasEnded(day, f.computedAt);
  await writeSnapshot(deps.database.db, { figures: f.figures, at: f.at, computedAt: f.computedAt, final });
  return f;
}

const refreshing = new Map<string, Promise<Figures>>();

/** One count per day at a time: concurrent readers of a missing or stale day wait for the same count. */
export function refreshOnce(deps: StatsDeps, day: string): Promise<Figures> {
  let p = refreshing.get(day);
  if (!p) {
    p = refreshFigures(deps, day).finally(() => refreshing.delete(day));
    refreshing.set(day, p);
  }
  return p;
}

/** A day's figures for a reader: the snapshot when there is one (a stale one for today starts a refresh in the
 *  background and is answered as it is, with its time), else counted now. */
export async function figuresFor(deps: StatsDeps, day: string): Promise<Figures> {
  const stored = await readSnapshot(deps.database.db, day);
  if (!stored) return refreshOnce(deps, day);
  const now = deps.now();
  // Counted while the day was still running: the rest of the day is missing, and the day is now final.
  if (!stored.final && dayHasEnded(day, now)) return refreshOnce(deps, day);
  const ageMinutes = (now.getTime() - stored.computedAt.getTime()) / 60_000;
  if (!stored.final && ageMinutes > parameter(deps, 'stats.refreshMinutes', day))
    void refreshOnce(deps, day).catch(() => undefined);
  return { figures: stored.figures, at: stored.at, computedAt: stored.computedAt, source: 'snapshot' };
}

let backfilling: Promise<void> = Promise.resolve();

/** Count and store the given days one after another, behind any backfill already under way (each count reads the
 *  whole register: two at once would only share the machine). Resolves when these days are stored. */
export function backfillDays(deps: StatsDeps, days: readonly string[]): Promise<void> {
  const run = async () => {
    for (const day of days) {
      const stored = await readSnapshot(deps.database.db, day);
      if (!stored?.final) await refreshOnce(deps, day);
    }
  };
  backfilling = backfilling.then(run, run);
  return backfilling;
}
