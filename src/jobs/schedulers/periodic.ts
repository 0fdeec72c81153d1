// A background task that runs one pass at a time: every interval (read afresh each time, so a dated parameter
// that changes takes effect), or at once when nudged. A failed pass is logged and retried at the next tick, never
// crashing the server. Used for the quality watch and the application expiry sweep.

export interface TaskLog {
  info(message: string): void;
  error(message: string): void;
}

export interface PeriodicTask {
  /** Run a pass now (after a change), instead of waiting for the next tick. */
  nudge(): void;
  stop(): Promise<void>;
}

export function startPeriodic(
  name: string,
  intervalMs: () => number,
  pass: () => Promise<void>,
  log: TaskLog,
): PeriodicTask {
  let stopped = false;
  let running: Promise<void> | null = null;
  let again = false;
  let timer: NodeJS.Timeout | undefined;

  function schedule() {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(run, intervalMs());
    timer.unref();
  }

  function run() {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = pass()
      .catch((e: unknown) => log.error(`${name} failed: ${e instanceof Error ? e.message : String(e)}`))
      .finally(() => {
        running = null;
        if (again && !stopped) {
          again = false;
          run();
        } else schedule();
      });
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
