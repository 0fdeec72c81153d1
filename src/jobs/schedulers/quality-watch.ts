// The register watches itself (T12): a background task, started with the server, that checks the persons of every
// new registry event for near-duplicates within seconds (whatever wrote the event: API, CLI, applications) and
// reconciles the death and enlistment feeds periodically. Intervals are the dated parameters
// quality.watch.intervalSeconds and quality.feed.reconcileIntervalHours.
import type { AppDeps } from '../../app/context.ts';
import { watchRegistryEvents } from '../../app/quality/check-new-persons.ts';
import { reconcile } from '../../app/quality/feeds.ts';
import { qualityParametersNow } from '../../app/quality/run-scan.ts';
import { startPeriodic, type PeriodicTask, type TaskLog } from './periodic.ts';

export type QualityWatch = PeriodicTask;

export function startQualityWatch(deps: AppDeps, log: TaskLog): QualityWatch {
  let lastReconcile = deps.now().getTime();
  return startPeriodic(
    'quality watch',
    () => qualityParametersNow(deps).watchIntervalSeconds * 1000,
    async () => {
      const params = qualityParametersNow(deps);
      const watched = await watchRegistryEvents(deps);
      if (watched.findings > 0)
        log.info(
          `quality watch: ${watched.findings} near-duplicate finding(s) among ${watched.checked} new person(s)`,
        );
      const now = deps.now().getTime();
      if (now - lastReconcile >= params.reconcileIntervalHours * 3_600_000) {
        lastReconcile = now;
        const deaths = await reconcile(deps, 'deaths');
        const enlistments = await reconcile(deps, 'enlistments');
        log.info(
          `quality watch: feeds reconciled (deaths ${deaths.findings}, enlistments ${enlistments.findings})`,
        );
      }
    },
    log,
  );
}
