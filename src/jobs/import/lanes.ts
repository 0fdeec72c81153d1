// The end of a PostgreSQL load runs on two connections: building indexes and writing memberships and ID-number claims
// are each one backend's work on one core, and nothing else is running then (the parse worker is done). Jobs wait in
// one queue that every lane takes from; a lane that has its own work first (memberships, then claims) joins when it is
// done. On PGlite there is one session, so one lane runs everything in order.

export interface WorkQueue<Lane> {
  push(...jobs: Array<(lane: Lane) => Promise<void>>): void;
  /** No more jobs will come: a lane finding the queue empty then stops instead of waiting. */
  close(): void;
  /** Take jobs until the queue is closed and empty, or until some lane failed. */
  work(lane: Lane): Promise<void>;
}

export function workQueue<Lane>(): WorkQueue<Lane> {
  const jobs: Array<(lane: Lane) => Promise<void>> = [];
  let closed = false;
  let failed = false;
  let sleepers: Array<() => void> = [];
  const wake = () => {
    const woken = sleepers;
    sleepers = [];
    for (const resume of woken) resume();
  };
  return {
    push(...more) {
      jobs.push(...more);
      wake();
    },
    close() {
      closed = true;
      wake();
    },
    async work(lane) {
      for (;;) {
        if (failed) return;
        const job = jobs.shift();
        if (job) {
          try {
            await job(lane);
          } catch (e) {
            // The other lanes stop after their current job: the load is failing and the caller purges it.
            failed = true;
            wake();
            throw e;
          }
          continue;
        }
        if (closed) return;
        await new Promise<void>((resume) => sleepers.push(resume));
      }
    },
  };
}

/** Run every lane to its end and only then report the first failure: no statement is left running behind a purge. */
export async function settleLanes(lanes: Array<Promise<void>>): Promise<void> {
  const results = await Promise.allSettled(lanes);
  const failure = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failure) throw failure.reason;
}
