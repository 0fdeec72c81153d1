// Residence permits whose endorsement is late are suspended (and expire later) without anyone running a command
// (src/app/residence/sweep.ts; Decree 663 art. 10). Daily by default: the dated parameter rp.sweepMinutes.
import type { AppDeps } from '../../app/context.ts';
import { sweepLapsedPermits } from '../../app/residence/sweep.ts';
import { resolveParameter } from '../../domain/policy/parameters.ts';
import { startPeriodic, type PeriodicTask, type TaskLog } from './periodic.ts';

export function startPermitSweep(deps: AppDeps, log: TaskLog): PeriodicTask {
  const minutes = () =>
    Number(
      resolveParameter(deps.policy.parameters, 'rp.sweepMinutes', deps.now().toISOString().slice(0, 10))
        .value,
    );
  return startPeriodic(
    'permit sweep',
    () => minutes() * 60_000,
    async () => {
      const c = await sweepLapsedPermits(deps);
      if (c.suspended || c.expired)
        log.info(`permit sweep: ${c.suspended} suspended, ${c.expired} expired of ${c.examined} examined`);
    },
    log,
  );
}
