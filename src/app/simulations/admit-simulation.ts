// Who may queue a simulation, and how large. A simulation is minutes of CPU for one request, so it is bounded by
// dated parameters (policy/parameters/service.yaml): a size cap (lower without a login), a number of jobs one client
// — a logged-in user, or else the client address — may have queued or running, and a number in all. Beyond them:
// 429 with Retry-After, never a silent queue that grows.
import { staffActor } from '../../domain/access/principal.ts';
import { DomainError } from '../../domain/errors.ts';
import { activeSimulations } from '../../jobs/simulations.ts';
import type { AppDeps, RequestContext } from '../context.ts';
import { serviceLimit } from '../policy/service-limit.ts';

/** Retry-After for a full queue: about one job's run. */
const QUEUE_RETRY_SECONDS = 30;

/** Check the limits for a new job of this size; returns the owner key the job is counted under. */
export function admitSimulation(deps: AppDeps, ctx: RequestContext, size: number): string {
  // Staff are counted by user and get the larger cap; everyone else (the public; the operator and jobs do not come
  // through here) by client address, with the anonymous cap.
  const actor = staffActor(ctx.principal);
  const owner = actor ? `user:${actor.id}` : `addr:${ctx.ip}`;
  const maxSize = serviceLimit(
    deps,
    actor ? 'service.simulations.maxSizeStaff' : 'service.simulations.maxSizeAnonymous',
  );
  if (size > maxSize) {
    const hint = actor ? '' : '；更大的模拟请登录后进行 / log in for larger runs';
    throw DomainError.invalid([
      { path: 'size', message: `模拟人数最多 ${maxSize}${hint} / at most ${maxSize}` },
    ]);
  }
  const active = activeSimulations(owner);
  if (active.owner >= serviceLimit(deps, 'service.simulations.maxQueuedPerClient')) {
    throw new DomainError(
      'rate-limited',
      '您已有模拟在排队或运行，请等其完成 / you already have simulations queued or running',
      [],
      QUEUE_RETRY_SECONDS,
    );
  }
  if (active.all >= serviceLimit(deps, 'service.simulations.maxQueued')) {
    throw new DomainError(
      'rate-limited',
      '模拟队列已满，请稍后再试 / the simulation queue is full, try again later',
      [],
      QUEUE_RETRY_SECONDS,
    );
  }
  return owner;
}
