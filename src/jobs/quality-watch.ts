// The register watches itself (T12): a background loop, started with the server, that checks the persons of every
// new registry event for near-duplicates within seconds (whatever wrote the event: API, CLI, applications,
// imports of single changes) and reconciles the death and enlistment feeds periodically. Intervals are the
// dated parameters quality.watch.intervalSeconds and quality.feed.reconcileIntervalHours. The loop runs one pass
// at a time; a failed pass is logged and retried at the next tick, never crashing the server.
import type { AppDeps } from '../app/context.ts';
import { watchRegistryEvents } from '../app/quality/check-new-persons.ts';
import { reconcile } from '../app/quality/feeds.ts';
import { qualityParametersNow } from '../app/quality/run-scan.ts';

export interface WatchLog {
  info(message: string): void;
  error(message: string): void;
}

export interface QualityWatch {
  /** Run a pass now (after a change), instead of waiting for the next tick. */
  nudge(): void;
  stop(): Promise<void>;
}

export function startQualityWatch(deps: AppDeps, log: WatchLog): QualityWatch {
  let stopped = false;
  let running: Promise<void> | null = null;
  let again = false;
  let lastReconcile = deps.now().getTime();
  let timer: NodeJS.Timeout | undefined;

  async function pass() {
    const params = qualityParametersNow(deps);
    const watched = await watchRegistryEvents(deps);
    if (watched.findings > 0) log.info(`quality watch: ${watched.findings} near-duplicate finding(s) among ${watched.checked} new person(s)`);
    const now = deps.now().getTime();
    if (now - lastReconcile >= params.reconcileIntervalHours * 3_600_000) {
      lastReconcile = now;
      const deaths = await reconcile(deps, 'deaths');
      const enlistments = await reconcile(deps, 'enlistments');
      log.info(`quality watch: feeds reconciled (deaths ${deaths.findings}, enlistments ${enlistments.findings})`);
    }
  }

  function run() {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = pass()
      .catch((e: unknown) => log.error(`quality watch failed: ${e instanceof Error ? e.message : String(e)}`))
      .finally(() => {
        running = null;
        if (again && !stopped) {
          again = false;
          run();
        } else schedule();
      });
  }

  function schedule() {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(run, qualityParametersNow(deps).watchIntervalSeconds * 1000);
    timer.unref();
  }

  schedule();
  return {
    nudge: run,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
