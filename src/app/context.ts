// What every use case receives: its dependencies (passed explicitly, never imported as globals) and who
// is asking. Handlers build the RequestContext; the CLI builds one for its operator.
import type { Database } from '../db/connection.ts';
import type { Config } from '../config.ts';
import { decide, nameOf, principalMay, staffActor, type Principal } from '../domain/access/principal.ts';
import type { Actor, Permission } from '../domain/access/roles.ts';
import { DomainError } from '../domain/errors.ts';
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
  /** Who asks: staff, the public, a system job or the CLI operator (src/domain/access/principal.ts). */
  principal: Principal;
  requestId: string;
  ip: string;
}

/** The audit fields that come from who is asking. */
export function auditActor(
  ctx: RequestContext,
): Pick<AuditEntry, 'actorId' | 'actorUsername' | 'actorRole' | 'requestId' | 'ip'> {
  // A department system's token is no app_user: its rows name it as token:<id> (the resident's access log and
  // `tokens list` resolve that to its department). The operator and the jobs are named cli:<session>, system:<job>.
  const actor = staffActor(ctx.principal);
  return {
    actorId: actor && !actor.token ? actor.id : null,
    actorUsername: ctx.principal.kind === 'public' ? null : nameOf(ctx.principal),
    actorRole: actor?.role ?? null,
    requestId: ctx.requestId,
    ip: ctx.ip,
  };
}

/**
 * The signed-in staff member a staff-only use case acts for. The public is asked to sign in; the operator and the
 * jobs are refused (the CLI names a user with --as for staff work), so no staff action runs without a person.
 */
export function requireStaff(ctx: RequestContext): Actor {
  return decide(ctx.principal, {
    staff: ({ actor }) => actor,
    public: () => {
      throw new DomainError('unauthenticated', '请先登录 / please log in');
    },
    operator: () => {
      throw new DomainError(
        'forbidden',
        '请以工作人员身份办理（--as 用户名） / act as a staff member (--as USER)',
      );
    },
    system: ({ job }) => {
      throw new DomainError('forbidden', `后台任务不能办理此项业务 / job ${job} may not do this`);
    },
  });
}

/** Refuses unless the principal may take this action (in this division, when given): one exhaustive check. */
export function requirePermitted(
  ctx: RequestContext,
  permission: Permission,
  divisionCode?: string,
  message = FORBIDDEN,
) {
  if (ctx.principal.kind === 'public') throw new DomainError('unauthenticated', '请先登录 / please log in');
  if (!principalMay(ctx.principal, permission, divisionCode)) throw new DomainError('forbidden', message);
}

const FORBIDDEN = '无权办理此项业务或超出辖区 / not permitted for your role or jurisdiction';
