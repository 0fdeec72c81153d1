// What every use case receives: its dependencies (passed explicitly, never imported as globals) and who
// is asking. Handlers build the RequestContext; the CLI builds one for its operator.
import type { Database } from '../db/connection.ts';
import type { Config } from '../config.ts';
import type { Actor } from '../domain/access/roles.ts';
import type { AuditEntry } from '../db/repositories/audit.ts';
import type { ParameterSet } from '../domain/policy/parameters.ts';

/** The policy the process runs under: read from policy/ once at start (src/policy-data), never per request. */
export interface PolicyDeps {
  /** The plan's dated parameters; reforms are overlaid on this set, not on a second reading of the files. */
  parameters: ParameterSet;
}

export interface AppDeps {
  database: Database;
  config: Config;
  /** The clock is a dependency so tests can move time (sessions, login windows, deadlines). */
  now: () => Date;
  policy: PolicyDeps;
  /**
   * Told after every committed registry change, so watchers (the T12 near-duplicate check) need not poll.
   * Must not throw or block: it only schedules work.
   */
  onRegistryChange?: () => void;
}

/** What the pure policy use cases need: no database, so the CLI's eligibility and simulate commands run without one. */
export type PolicyOnly = Pick<AppDeps, 'policy'>;

export interface RequestContext {
  actor: Actor | null;
  requestId: string;
  ip: string;
}

/** The audit fields that come from who is asking. */
export function auditActor(
  ctx: RequestContext,
): Pick<AuditEntry, 'actorId' | 'actorUsername' | 'actorRole' | 'requestId' | 'ip'> {
  // A department system's token is no app_user: its rows name it as token:<id> (the resident's access log and
  // `tokens list` resolve that to its department).
  const token = ctx.actor?.token;
  return {
    actorId: token ? null : (ctx.actor?.id ?? null),
    actorUsername: token ? `token:${token.id}` : (ctx.actor?.username ?? null),
    actorRole: ctx.actor?.role ?? null,
    requestId: ctx.requestId,
    ip: ctx.ip,
  };
}
