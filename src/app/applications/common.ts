// Shared steps of the application use cases: who is acting, loading under a row lock, and
// taking one transition (event + projection + audit in the caller's transaction).
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { DomainError } from '../../domain/errors.ts';
import {
  decideTransition,
  deadlineFor,
  endOfLocalDay,
  type ActingParty,
  type ApplicationAction,
  type ApplicationState,
} from '../../domain/applications/index.ts';
import {
  findApplication,
  type ApplicationChange,
  type ApplicationRow,
} from '../../db/repositories/applications/applications.ts';
import { writeTransition, type TransitionWrite } from '../../db/repositories/applications/transition.ts';
import { auditActor, type AppDeps, type RequestContext } from '../context.ts';
import { decide, principalMay } from '../../domain/access/principal.ts';

export const RESOURCE = 'settlement-application';

/**
 * The party the transition table knows: staff, the applicant (the public, identified by number + ID number), a
 * system job. The CLI operator is no party of an application: every action refuses it (staff work needs --as).
 */
export function partyOf(ctx: RequestContext): ActingParty {
  return decide<ActingParty>(ctx.principal, {
    staff: ({ actor }) => ({ kind: 'staff', actor }),
    public: () => ({ kind: 'applicant' }),
    system: () => ({ kind: 'system' }),
    operator: () => ({ kind: 'operator' }),
  });
}

/** An application event's actor columns: the audit's names for who acted. */
export function eventActor(ctx: RequestContext) {
  const { actorId, actorUsername, actorRole } = auditActor(ctx);
  return { actor_id: actorId, actor_username: actorUsername, actor_role: actorRole };
}

/** A case worker of this application: a clerk of the destination station or an officer of its county. */
export function requireCaseWorker(
  ctx: RequestContext,
  row: ApplicationRow,
  message = '无权查看此申请或超出辖区 / not permitted for your role or jurisdiction',
) {
  if (ctx.principal.kind === 'public') throw new DomainError('unauthenticated', '请先登录 / please log in');
  if (
    !principalMay(ctx.principal, 'applications.intake', row.station_code) &&
    !principalMay(ctx.principal, 'applications.approve', row.county_code)
  ) {
    throw new DomainError('forbidden', message);
  }
}

export function placeOf(row: ApplicationRow) {
  return { state: row.state as ApplicationState, stationCode: row.station_code, countyCode: row.county_code };
}

export async function loadForUpdate(trx: Kysely<DB>, id: string): Promise<ApplicationRow> {
  const row = await findApplication(trx, id, true);
  if (!row) throw DomainError.notFound('申请 / application');
  return row;
}

/** The row without a lock, for one-statement transitions (the expected version guards the write). */
export async function load(db: Kysely<DB>, id: string): Promise<ApplicationRow> {
  const row = await findApplication(db, id);
  if (!row) throw DomainError.notFound('申请 / application');
  return row;
}

export interface TransitionOptions {
  reason?: string | null | undefined;
  detail?: unknown;
  change?: ApplicationChange;
  /** A client's expected version: a stale one is refused (someone else acted first). */
  expectedVersion?: number | undefined;
  /** Deadline override (a permit's validity ends on its own date). */
  validUntil?: string;
  /** More for the audit row's detail (what the approver confirmed, …), beside number, states and reason. */
  auditDetail?: Record<string, unknown>;
  /** The evaluation made for this transition (submission, resubmission), stored in the same statement. */
  evaluation?: TransitionWrite['evaluation'];
}

/**
 * Take one transition: decided by the domain's table, written in one statement (projection at the expected
 * version, event, evaluation when given, audit row). Works on a transaction (multi-step use cases holding the
 * row lock) or on the database itself (one statement needs no begin/commit). Returns the row as it now is.
 */
export async function transition(
  db: Kysely<DB>,
  deps: AppDeps,
  ctx: RequestContext,
  row: ApplicationRow,
  action: ApplicationAction,
  opts: TransitionOptions = {},
): Promise<ApplicationRow> {
  const party: ActingParty = action === 'expire' ? { kind: 'system' } : partyOf(ctx);
  if (opts.expectedVersion !== undefined && opts.expectedVersion !== row.version) {
    throw new DomainError(
      'stale-version',
      '申请已被他人更新，请刷新后重试 / the application changed meanwhile',
      [{ path: 'version', message: `current ${row.version}` }],
    );
  }
  const reason = opts.reason?.trim() || null;
  const to = decideTransition(action, party, placeOf(row), reason);
  const now = deps.now();
  const deadline = opts.validUntil
    ? endOfLocalDay(opts.validUntil)
    : deadlineFor(deps.policy.parameters, to, now, row.county_code);
  const change: ApplicationChange = {
    ...opts.change,
    state: to,
    state_entered_at: now,
    deadline,
    updated_at: now,
  };
  const written = await writeTransition(db, {
    id: row.id,
    expectedVersion: row.version,
    change,
    event: {
      action,
      from_state: row.state,
      to_state: to,
      actor_kind: party.kind,
      ...eventActor(ctx),
      reason,
      detail: opts.detail ?? null,
      at: now,
    },
    ...(opts.evaluation ? { evaluation: opts.evaluation } : {}),
    audit: {
      ...auditActor(ctx),
      action: `applications.${action}`,
      resourceType: RESOURCE,
      resourceId: row.id,
      countyCode: row.county_code,
      detail: { number: row.number, from: row.state, to, reason, ...opts.auditDetail },
    },
  });
  if (!written)
    throw new DomainError(
      'stale-version',
      '申请已被他人更新，请刷新后重试 / the application changed meanwhile',
    );
  return { ...row, ...change, version: row.version + 1 } as ApplicationRow;
}
