// Use cases: a what-if simulation, baseline (the plan) against a reform, counted per county. Admitted against the
// service limits first; up to SYNC_LIMIT cases the caller gets the finished job, larger runs return the queued job
// to poll. Stores nothing in the database (jobs are the simulation engine's, in this process's memory).
import { DomainError } from '../../domain/errors.ts';
import type { Reform } from '../../domain/policy/parameters.ts';
import { getSimulation, settled, startSimulation, type SimulationJob } from '../../jobs/simulations.ts';
import type { AppDeps, RequestContext } from '../context.ts';
import { parametersUnder, parametersWithReform } from '../policy/reforms.ts';
import { admitSimulation } from './admit-simulation.ts';

/** Runs this small are answered in the same request: a few seconds at most. */
export const SYNC_LIMIT = 100_000;

export interface SimulationRequest {
  /** A shipped reform's name, or a reform object. */
  reform: string | Reform;
  size: number;
  seed: number;
  asOf: string;
}

export async function compareReforms(
  deps: AppDeps,
  ctx: RequestContext,
  request: SimulationRequest,
): Promise<{ job: SimulationJob; finished: boolean }> {
  const owner = admitSimulation(deps, ctx, request.size);
  const reform =
    typeof request.reform === 'string'
      ? parametersUnder(deps, request.reform)
      : parametersWithReform(deps, request.reform, 'reform.');
  const { size, seed, asOf } = request;
  const job = startSimulation({ base: deps.policy.parameters, reform, size, seed, asOf }, owner);
  if (size <= SYNC_LIMIT) return { job: await settled(job), finished: true };
  return { job, finished: false };
}

export function showSimulation(id: string): SimulationJob {
  const job = getSimulation(id);
  if (!job) throw DomainError.notFound('模拟 / simulation');
  return job;
}
