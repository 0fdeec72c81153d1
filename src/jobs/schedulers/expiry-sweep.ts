// Settlement applications past their deadline end as expired without anyone having to run a command: a supplement
// not given in time, a permit not used within its validity (src/app/applications/expire.ts). How often the sweep
// runs is the dated parameter applications.expirySweepMinutes.
import type { AppDeps } from '../../app/context.ts';
import { expireOverdue } from '../../app/applications/expire.ts';
import { resolveParameter } from '../../domain/policy/parameters.ts';
import { startPeriodic, type PeriodicTask, type TaskLog } from './periodic.ts';

export function startExpirySweep(deps: AppDeps, log: TaskLog): PeriodicTask {
  const minutes = () =>
    Number(
      resolveParameter(
        deps.policy.parameters,
        'applications.expirySweepMinutes',
        deps.now().toISOString().slice(0, 10),
      ).value,
    );
  return startPeriodic(
    'expiry sweep',
    () => minutes() * 60_000,
    async () => {
      const { expired } = await expireOverdue(deps);
      if (expired.length)
        log.info(`expiry sweep: ${expired.length} application(s) expired: ${expired.join(', ')}`);
    },
    log,
  );
}
