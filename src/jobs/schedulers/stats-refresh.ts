// Today's statistics are a snapshot the dashboard reads (src/app/statistics/figures.ts): recounted every
// stats.refreshMinutes, and each pass also counts the month ends of the trend that are not stored yet (after an
// import: all twelve, ≈ 100 s at 6.5 million persons, once), so the trend's points are ready before anyone asks (a
// count of 6.5 million persons takes seconds; a dashboard query must not).
import type { AppDeps } from '../../app/context.ts';
import { refreshStatistics } from '../../app/statistics/trend.ts';
import { resolveParameter } from '../../domain/policy/parameters.ts';
import { chinaDay } from '../../domain/statistics/as-of.ts';
import { startPeriodic, type PeriodicTask, type TaskLog } from './periodic.ts';

export function startStatsRefresh(deps: AppDeps, log: TaskLog): PeriodicTask {
  const minutes = () =>
    Number(resolveParameter(deps.policy.parameters, 'stats.refreshMinutes', chinaDay(deps.now())).value);
  return startPeriodic(
    'statistics refresh',
    () => minutes() * 60_000,
    async () => {
      const r = await refreshStatistics(deps);
      if (r.backfilled.length > 0)
        log.info(`statistics: ${r.today} refreshed, month ends ${r.backfilled.join(', ')} counted`);
    },
    log,
  );
}
