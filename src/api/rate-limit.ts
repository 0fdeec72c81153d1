// Per-client limits for anonymous endpoints, in this process's memory: a fixed window of requests per client
// address. In memory on purpose — these guard a process's own CPU and the walkability of numbers, and a client that
// spreads over several processes gets several windows, which still bounds it. Clients are told when to come back
// (429 with Retry-After). The client address is request.ip, so behind a proxy HUKOU_TRUSTED_PROXIES must be set.
import type { FastifyRequest } from 'fastify';
import type { AppDeps } from '../app/context.ts';
import { serviceLimit } from '../app/policy/service-limit.ts';
import { DomainError } from '../domain/errors.ts';

interface Window {
  startedAt: number;
  count: number;
}

/** Bound on the clients remembered; windows that have ended are dropped first. */
const MAX_CLIENTS = 50_000;

export class WindowLimiter {
  private readonly windows = new Map<string, Window>();

  constructor(
    private readonly limit: () => number,
    private readonly windowMs: number,
    private readonly now: () => Date,
  ) {}

  /** Count one request of this client; throws 429 (with Retry-After) beyond the limit. */
  take(client: string): void {
    const t = this.now().getTime();
    let w = this.windows.get(client);
    if (!w || t - w.startedAt >= this.windowMs) {
      if (this.windows.size >= MAX_CLIENTS) this.prune(t);
      w = { startedAt: t, count: 0 };
      this.windows.set(client, w);
    }
    if (++w.count > this.limit()) {
      const seconds = Math.ceil((w.startedAt + this.windowMs - t) / 1000);
      throw new DomainError(
        'rate-limited',
        `请求过于频繁，请 ${seconds} 秒后再试 / too many requests, try again in ${seconds} s`,
        [],
        seconds,
      );
    }
  }

  private prune(t: number): void {
    for (const [k, w] of this.windows) if (t - w.startedAt >= this.windowMs) this.windows.delete(k);
    // Still full: forget the oldest (a flood of addresses should not grow memory without bound).
    while (this.windows.size >= MAX_CLIENTS) this.windows.delete(this.windows.keys().next().value!);
  }
}

/**
 * Route options that count each request of a client address against a per-minute service limit (a parameter of
 * service.yaml); share one across routes that should draw on the same allowance.
 */
export function limitedPerClient(deps: AppDeps, parameter: string) {
  const limiter = new WindowLimiter(() => serviceLimit(deps, parameter), 60_000, deps.now);
  return { onRequest: async (request: FastifyRequest) => limiter.take(request.ip) };
}
