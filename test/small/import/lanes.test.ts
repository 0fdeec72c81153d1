// The end of a load shares its work between connections (src/jobs/import/lanes.ts) and reports its phases
// (phases.ts): the queue must run every job once, take jobs pushed after the lanes started, stop every lane after a
// failure and report it only once all lanes are done.
import { describe, expect, it } from 'vitest';
import { settleLanes, workQueue } from '../../../src/jobs/import/lanes.ts';
import { startPhases } from '../../../src/jobs/import/phases.ts';

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 1));

describe('workQueue', () => {
  it('runs every job once across the lanes, including jobs pushed while the lanes wait', async () => {
    const queue = workQueue<string>();
    const ran: Array<[job: number, lane: string]> = [];
    const job = (n: number) => async (lane: string) => {
      await tick();
      ran.push([n, lane]);
    };
    queue.push(job(1), job(2), job(3));
    const own = (async () => {
      await tick();
      await tick();
      await tick();
      queue.push(job(4), job(5));
      queue.close();
      await queue.work('a');
    })();
    await settleLanes([own, queue.work('b')]);
    expect(ran.map(([n]) => n).sort()).toEqual([1, 2, 3, 4, 5]);
    // Lane b took the first jobs while lane a was busy with its own work.
    expect(ran.filter(([, lane]) => lane === 'b').length).toBeGreaterThanOrEqual(3);
  });

  it('stops every lane after a failure and reports it once all have stopped', async () => {
    const queue = workQueue<string>();
    const started: number[] = [];
    let running = 0;
    let runningWhenReported = -1;
    const job =
      (n: number, fail = false) =>
      async () => {
        started.push(n);
        running++;
        await tick();
        running--;
        if (fail) throw new Error(`job ${n} failed`);
      };
    queue.push(job(1, true), job(2), job(3), job(4), job(5), job(6));
    queue.close();
    await expect(
      settleLanes([queue.work('a'), queue.work('b')]).finally(() => (runningWhenReported = running)),
    ).rejects.toThrow('job 1 failed');
    expect(runningWhenReported).toBe(0);
    // Lane b finished the job it held; nobody started the rest.
    expect(started.length).toBeLessThanOrEqual(3);
  });

  it('lets a lane waiting on an open queue go once it is closed', async () => {
    const queue = workQueue<string>();
    const waiting = queue.work('a');
    await tick();
    queue.close();
    await expect(waiting).resolves.toBeUndefined();
  });
});

describe('startPhases', () => {
  it('adds up the time of each phase in the order first begun, closing the running one', () => {
    let now = 0;
    const phases = startPhases(() => now);
    phases.begin('copy');
    now += 1500;
    phases.begin('analyze');
    now += 100;
    phases.begin('indexes');
    now += 2000;
    phases.begin('analyze');
    now += 250;
    expect(phases.seconds()).toEqual({ copy: 1.5, analyze: 0.4, indexes: 2 });
    expect(Object.keys(phases.seconds())).toEqual(['copy', 'analyze', 'indexes']);
  });
});
