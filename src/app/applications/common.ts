// Shared steps of the application use cases: who is acting, the parameter set, loading under a row lock, and
// taking one transition (event + projection + audit in the caller's transaction).
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { loadParameterSet } from '../../policy-data/load.ts';
import type { ParameterSet } from '../../domain/policy/parameters.ts';
import { DomainError } from '../../domain/errors.ts';
import {
  decideTransition,
  deadlineFor,
  endOfLocalDay,
  type ActingParty,
  type ApplicationAction,
  type ApplicationState,
} from '../../domain/applications/index.ts';
import { findApplication, updateApplication, type ApplicationChange, type ApplicationRow } from '../../db/repositories/applications/applications.ts';
import { appendEvent } from '../../db/repositories/applications/records.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import { auditActor, type AppDeps, type RequestContext } from '../context.ts';

export const RESOURCE = 'settlement-application';

let parameterSet: ParameterSet | null = null;

/** The plan's parameter set, read and validated once per process (at route registration), never per request. */
export function parameters(): ParameterSet {
  return (parameterSet ??= loadParameterSet());
}

/** Staff when logged in; otherwise the applicant (public endpoints identify them by number + ID number). */
export function partyOf(ctx: RequestContext): ActingParty {
  return ctx.actor ? { kind: 'staff', actor: ctx.actor } : { kind: 'applicant' };
}

export function placeOf(row: ApplicationRow) {
  return { state: row.state as ApplicationState, stationCode: row.station_code, countyCode: row.county_code };
}

export async function loadForUpdate(trx: Kysely<DB>, id: string): Promise<ApplicationRow> {
  const row = await findApplication(trx, id, true);
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
}

/** Take one transition on a row loaded for update; returns the row as it now is. */
export async function transition(
  trx: Kysely<DB>,
  deps: AppDeps,
  ctx: RequestContext,
  row: ApplicationRow,
  action: ApplicationAction,
  opts: TransitionOptions = {},
): Promise<ApplicationRow> {
  const party: ActingParty = action === 'expire' ? { kind: 'system' } : partyOf(ctx);
  if (opts.expectedVersion !== undefined && opts.expectedVersion !== row.version) {
    throw new DomainError('stale-version', '申请已被他人更新，请刷新后重试 / the application changed meanwhile', [{ path: 'version', message: `current ${row.version}` }]);
  }
  const reason = opts.reason?.trim() || null;
  const to = decideTransition(action, party, placeOf(row), reason);
  const now = deps.now();
  const deadline = opts.validUntil ? endOfLocalDay(opts.validUntil) : deadlineFor(parameters(), to, now, row.county_code);
  await appendEvent(trx, {
    application_id: row.id,
    county_code: row.county_code,
    action,
    from_state: row.state,
    to_state: to,
    actor_kind: party.kind,
    actor_id: ctx.actor?.id ?? null,
    actor_username: ctx.actor?.username ?? null,
    actor_role: ctx.actor?.role ?? null,
    reason,
    detail: opts.detail ?? null,
    at: now,
  });
  const change: ApplicationChange = { ...opts.change, state: to, state_entered_at: now, deadline, updated_at: now };
  if (!(await updateApplication(trx, row.id, row.version, change))) {
    throw new DomainError('stale-version', '申请已被他人更新，请刷新后重试 / the application changed meanwhile');
  }
  await recordAudit(trx, {
    ...auditActor(ctx),
    action: `applications.${action}`,
    resourceType: RESOURCE,
    resourceId: row.id,
    countyCode: row.county_code,
    detail: { number: row.number, from: row.state, to, reason },
  });
  return { ...row, ...change, version: row.version + 1 } as ApplicationRow;
}
