// What-if simulations: a synthetic population decided under the plan (baseline) and under a reform, counted
// per county. Run as in-memory jobs with progress; one job at a time (a 5 M population takes ~150 MB), others
// wait in the queue. The event loop is yielded between chunks so the server keeps answering.
import { randomUUID } from 'node:crypto';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { countPopulation, populationGenerator } from '../domain/policy/batch/index.ts';
import type { ParameterSet } from '../domain/policy/parameters.ts';

export interface SimulationSpec {
  base: ParameterSet;
  reform: ParameterSet;
  size: number;
  seed: number;
  asOf: string;
}

type Counts = Awaited<ReturnType<typeof countPopulation>>;

export interface SimulationResult {
  baseline: Counts;
  reform: Counts;
  /** Reform minus baseline, per county and outcome. */
  difference: { county: string; name: string; eligible: number; ineligible: number; refer: number }[];
}

export interface SimulationJob {
  id: string;
  status: 'queued' | 'running' | 'done' | 'failed';
  progress: { done: number; total: number; percent: number };
  createdAt: string;
  finishedAt: string | null;
  spec: { reform: { id: string; name: string } | null; size: number; seed: number; asOf: string };
  result: SimulationResult | null;
  error: string | null;
}

// Rows between turns of the event loop: small enough that a health check waits milliseconds, not a second.
const CHUNK = 50_000;
const KEEP = 20;
const jobs = new Map<string, SimulationJob>();
const finished = new WeakMap<SimulationJob, Promise<void>>();
/** Who asked for each job (client address or user), for the per-client limit; never shown. */
const owners = new WeakMap<SimulationJob, string>();
let queue: Promise<void> = Promise.resolve();

export function difference(a: Counts, b: Counts): SimulationResult['difference'] {
  return a.counties.map((c, i) => {
    const r = b.counties[i]!;
    const d = (o: string) => r.outcomes[o]!.cases - c.outcomes[o]!.cases;
    return {
      county: c.county,
      name: c.name,
      eligible: d('eligible'),
      ineligible: d('ineligible'),
      refer: d('refer'),
    };
  });
}

/** Run a simulation to the end; `progress` is called with rows done out of 3 × size (generate, baseline, reform). */
export async function runSimulation(
  spec: SimulationSpec,
  progress: (done: number, total: number) => void = () => {},
): Promise<SimulationResult> {
  const total = spec.size * 3;
  const g = populationGenerator(spec.size, spec.seed, spec.asOf);
  for (let from = 0; from < spec.size; from += CHUNK) {
    g.fill(from, Math.min(spec.size, from + CHUNK));
    progress(Math.min(spec.size, from + CHUNK), total);
    await yieldToLoop();
  }
  const step = (offset: number) => async (done: number) => {
    progress(offset + done, total);
    await yieldToLoop();
  };
  const baseline = await countPopulation(g.population, spec.base, step(spec.size), CHUNK);
  const reform = await countPopulation(g.population, spec.reform, step(2 * spec.size), CHUNK);
  return { baseline, reform, difference: difference(baseline, reform) };
}

/** Jobs queued or running: in all, and those of one owner. */
export function activeSimulations(owner: string): { all: number; owner: number } {
  let all = 0;
  let mine = 0;
  for (const job of jobs.values()) {
    if (job.status !== 'queued' && job.status !== 'running') continue;
    all++;
    if (owners.get(job) === owner) mine++;
  }
  return { all, owner: mine };
}

/** Queue a simulation job and return it at once (status queued or running). */
export function startSimulation(spec: SimulationSpec, owner = 'local'): SimulationJob {
  const job: SimulationJob = {
    id: randomUUID(),
    status: 'queued',
    progress: { done: 0, total: spec.size * 3, percent: 0 },
    createdAt: new Date().toISOString(),
    finishedAt: null,
    spec: { reform: spec.reform.reform, size: spec.size, seed: spec.seed, asOf: spec.asOf },
    result: null,
    error: null,
  };
  jobs.set(job.id, job);
  owners.set(job, owner);
  for (const id of [...jobs.keys()].slice(0, Math.max(0, jobs.size - KEEP))) {
    if (jobs.get(id)!.status === 'done' || jobs.get(id)!.status === 'failed') jobs.delete(id);
  }
  const run = async () => {
    job.status = 'running';
    try {
      job.result = await runSimulation(spec, (done, total) => {
        job.progress = { done, total, percent: Math.floor((done / total) * 100) };
      });
      job.status = 'done';
    } catch (e) {
      job.status = 'failed';
      job.error = e instanceof Error ? e.message : String(e);
    }
    job.finishedAt = new Date().toISOString();
  };
  queue = queue.then(run);
  finished.set(job, queue);
  return job;
}

export function getSimulation(id: string): SimulationJob | undefined {
  return jobs.get(id);
}

/** Wait until a job has finished (for small simulations answered in the same request, and for tests). */
export async function settled(job: SimulationJob): Promise<SimulationJob> {
  await finished.get(job);
  return job;
}
