// Shared steps of the residence use cases: who is acting, today's local date, and writing one step (its event with
// the legal basis and its audit row) in the caller's transaction.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { decide, jurisdictionOf } from '../../domain/access/principal.ts';
import type { Permission } from '../../domain/access/roles.ts';
import { CITY_CODE } from '../../domain/divisions/city.ts';
import { localDate } from '../../domain/applications/deadlines.ts';
import { DomainError } from '../../domain/errors.ts';
import type { PermitParty } from '../../domain/permits/lifecycle.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import { appendResidenceEvent } from '../../db/repositories/residence/events.ts';
import { auditActor, requirePermitted, type AppDeps, type RequestContext } from '../context.ts';

export const REGISTRATION_RESOURCE = 'residence-registration';
export const PERMIT_RESOURCE = 'residence-permit';

export function todayOf(deps: AppDeps): string {
  return localDate(deps.now());
}

/** The party the permit table knows: staff, or the sweep. The public and the CLI operator are neither. */
export function permitPartyOf(ctx: RequestContext): PermitParty {
  return decide<PermitParty>(ctx.principal, {
    staff: ({ actor }) => ({ kind: 'staff', actor }),
    system: ({ job }) => (job === 'permit-sweep' ? { kind: 'system' } : { kind: 'other' }),
    public: () => ({ kind: 'other' }),
    operator: () => ({ kind: 'other' }),
  });
}

export function staleVersion(current: number): DomainError {
  return new DomainError('stale-version', '已被他人更新，请刷新后重试 / changed meanwhile', [
    { path: 'version', message: `current ${current}` },
  ]);
}

export interface ResidenceStep {
  countyCode: string;
  registrationId: string;
  permitId: string | null;
  action: string;
  on: string;
  basis: string;
  fromStatus: string | null;
  toStatus: string | null;
  reason: string | null;
  detail?: unknown;
  /** The audit's action name and resource. */
  audit: { action: string; resourceType: string; resourceId: string; personIds?: string[] };
}

/** One step: its event (with the legal basis) and its audit row, in the caller's transaction. */
export async function recordStep(db: Kysely<DB>, deps: AppDeps, ctx: RequestContext, s: ResidenceStep) {
  const who = auditActor(ctx);
  const at = deps.now();
  await appendResidenceEvent(db, {
    county_code: s.countyCode,
    registration_id: s.registrationId,
    permit_id: s.permitId,
    action: s.action,
    on_date: s.on,
    basis: s.basis,
    from_status: s.fromStatus,
    to_status: s.toStatus,
    reason: s.reason,
    detail: s.detail ?? null,
    actor_kind:
      ctx.principal.kind === 'system' ? 'system' : ctx.principal.kind === 'staff' ? 'staff' : 'operator',
    actor_id: who.actorId,
    actor_username: who.actorUsername,
    at,
  });
  await recordAudit(db, {
    ...who,
    action: s.audit.action,
    resourceType: s.audit.resourceType,
    resourceId: s.audit.resourceId,
    countyCode: s.countyCode,
    personIds: s.audit.personIds ?? null,
    detail: { action: s.action, from: s.fromStatus, to: s.toStatus, reason: s.reason, on: s.on },
  });
}

/** Events as the pages show them. */
export function eventView(e: {
  action: string;
  on_date: string;
  basis: string;
  reason: string | null;
  actor_username: string | null;
  at: Date;
  detail: unknown;
}) {
  return {
    action: e.action,
    on: e.on_date,
    basis: e.basis,
    reason: e.reason,
    actor: e.actor_username,
    at: new Date(e.at).toISOString(),
    detail: e.detail ?? null,
  };
}

/**
 * The division a caller may act in for this permission: their jurisdiction (the operator and the sweep: the city).
 * Records outside it are loaded as if they did not exist, so no one learns of a record beyond their jurisdiction.
 */
export function scopeFor(ctx: RequestContext, permission: Permission): string {
  requirePermitted(ctx, permission);
  return jurisdictionOf(ctx.principal) ?? CITY_CODE;
}
