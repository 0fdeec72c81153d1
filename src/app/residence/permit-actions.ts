// The steps of a permit after its application: issue, endorse, renew, replace (loss), cancel, and the sweep's
// suspend / expire. Each is one transition of the domain's table, decided on the permit's standing today, written
// with its event and audit row in one transaction after the row is locked within the caller's jurisdiction.
import { newVerifyToken } from '../verify-token.ts';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { DomainError } from '../../domain/errors.ts';
import {
  decidePermitAction,
  dueAnniversary,
  endorsementTiming,
  endorsementWindow,
  standingOn,
} from '../../domain/permits/lifecycle.ts';
import {
  permitActionInput,
  permitCancelInput,
  permitReplaceInput,
} from '../../domain/permits/permit-schema.ts';
import { PERMIT_TRANSITIONS, type PermitAction, type PermitState } from '../../domain/permits/states.ts';
import { ageOn } from '../../domain/policy/dates.ts';
import { parseOrThrow } from '../../domain/validation.ts';
import {
  findPermit,
  updatePermit,
  type PermitChange,
  type PermitRow,
} from '../../db/repositories/residence/permits.ts';
import { inTransaction } from '../transaction.ts';
import type { AppDeps, RequestContext } from '../context.ts';
import { PERMIT_RESOURCE, permitPartyOf, recordStep, scopeFor, staleVersion, todayOf } from './common.ts';

/** The permit locked for a change, as if absent when it lies outside the caller's jurisdiction. */
export async function loadPermitInScope(db: Kysely<DB>, id: string, scope: string, forUpdate: boolean) {
  const row = await findPermit(db, id, forUpdate);
  if (!row || !row.station_code.startsWith(scope)) throw DomainError.notFound('居住证 / residence permit');
  return row;
}

export function factsOf(row: PermitRow) {
  return {
    state: row.status as PermitState,
    issuedOn: row.issued_on,
    endorsements: (row.endorsements as string[]) ?? [],
  };
}

/** The summary every action answers with: where the permit stands today. */
export function actionResult(deps: AppDeps, row: PermitRow, timing?: 'on-time' | 'late') {
  const today = todayOf(deps);
  const set = deps.policy.parameters;
  const { state, standing } = standingOn(factsOf(row), today, set, row.county_code);
  const valid = state === 'valid' && standing;
  const due = valid ? dueAnniversary(factsOf(row), today, set, row.county_code) : null;
  return {
    id: row.id,
    number: row.number,
    status: state,
    version: row.version,
    continuousResidenceYears: valid ? ageOn(standing.continuitySince, today) : 0,
    nextEndorsement: due ? endorsementWindow(due, set, today, row.county_code) : null,
    ...(timing ? { timing } : {}),
    cardEdition: row.card_edition,
  };
}

interface ActOptions {
  expectedVersion?: number | undefined;
  reason?: string | null | undefined;
  /** A consequence of another authorized change (a settlement registered): taken as the system's action. */
  asConsequence?: boolean;
  /** What the action changes beyond the state, given the permit and today; may return the event's detail. */
  change?: (row: PermitRow, today: string) => { change: Partial<PermitChange>; detail?: unknown };
}

/** One action on one permit, in the caller's transaction. Returns the row as it now is. */
export async function actOn(
  trx: Kysely<DB>,
  deps: AppDeps,
  ctx: RequestContext,
  row: PermitRow,
  action: PermitAction,
  opts: ActOptions = {},
): Promise<PermitRow> {
  const today = todayOf(deps);
  // The sweep records a lapse from the stored state; every other action is decided on where the permit stands today.
  const state =
    action === 'suspend' || action === 'expire'
      ? (row.status as PermitState)
      : standingOn(factsOf(row), today, deps.policy.parameters, row.county_code).state;
  const reason = opts.reason?.trim() || null;
  const party = opts.asConsequence ? ({ kind: 'system' } as const) : permitPartyOf(ctx);
  const to = decidePermitAction(
    action,
    party,
    { state, stationCode: row.station_code, countyCode: row.county_code },
    reason,
  );
  if (opts.expectedVersion !== undefined && opts.expectedVersion !== row.version)
    throw staleVersion(row.version);
  const extra = opts.change?.(row, today) ?? { change: {} };
  const change: PermitChange = { ...extra.change, status: to ?? state, updated_at: deps.now() };
  const next = { ...row, ...change, version: row.version + 1 } as PermitRow;
  if (next.status === 'valid' || next.status === 'suspended') {
    change.due_on = dueAnniversary(factsOf(next), today, deps.policy.parameters, row.county_code);
    next.due_on = change.due_on;
  }
  if (!(await updatePermit(trx, row.id, row.version, change))) throw staleVersion(row.version);
  await recordStep(trx, deps, ctx, {
    countyCode: row.county_code,
    registrationId: row.registration_id,
    permitId: row.id,
    action,
    on: today,
    basis: PERMIT_TRANSITIONS[action].basis,
    fromStatus: row.status,
    toStatus: next.status,
    reason,
    detail: extra.detail,
    audit: { action: `residence-permits.${action}`, resourceType: PERMIT_RESOURCE, resourceId: row.id },
  });
  return next;
}

/** Load within scope, lock, act: the whole of one HTTP action. */
async function act(
  deps: AppDeps,
  ctx: RequestContext,
  id: string,
  action: PermitAction,
  opts: ActOptions & { timing?: (row: PermitRow, today: string) => 'on-time' | 'late' },
) {
  const scope = scopeFor(ctx, 'permits.manage');
  return inTransaction(deps, async (trx) => {
    const row = await loadPermitInScope(trx, id, scope, true);
    const next = await actOn(trx, deps, ctx, row, action, opts);
    return actionResult(deps, next, opts.timing?.(row, todayOf(deps)));
  });
}

export function issuePermit(deps: AppDeps, ctx: RequestContext, id: string, raw: unknown) {
  const body = parseOrThrow(permitActionInput, raw ?? {});
  return act(deps, ctx, id, 'issue', {
    expectedVersion: body.version,
    reason: body.reason,
    change: (row, today) => ({
      change: { issued_on: today, card_edition: 1, verify_token: newVerifyToken() },
      detail: { issueBy: row.issue_by, onTime: today <= row.issue_by },
    }),
  });
}

export function endorsePermit(deps: AppDeps, ctx: RequestContext, id: string, raw: unknown) {
  const body = parseOrThrow(permitActionInput, raw ?? {});
  let timing: 'on-time' | 'late' = 'on-time';
  return act(deps, ctx, id, 'endorse', {
    expectedVersion: body.version,
    reason: body.reason,
    change: (row, today) => {
      timing = endorsementTiming(factsOf(row), today, deps.policy.parameters, row.county_code);
      return {
        change: { endorsements: [...factsOf(row).endorsements, today] },
        detail: { timing, ...(timing === 'late' ? { continuityRestartsOn: today } : {}) },
      };
    },
    timing: () => timing,
  });
}

export function replacePermitCard(deps: AppDeps, ctx: RequestContext, id: string, raw: unknown) {
  const body = parseOrThrow(permitReplaceInput, raw ?? {});
  const action = body.kind === 'loss' ? 'replace' : 'renew';
  return act(deps, ctx, id, action, {
    expectedVersion: body.version,
    reason: body.reason,
    change: (row) => ({
      change: { card_edition: row.card_edition + 1, verify_token: newVerifyToken() },
      detail: { kind: body.kind, edition: row.card_edition + 1 },
    }),
  });
}

export function cancelPermit(deps: AppDeps, ctx: RequestContext, id: string, raw: unknown) {
  const body = parseOrThrow(permitCancelInput, raw ?? {});
  return act(deps, ctx, id, 'cancel', {
    expectedVersion: body.version,
    reason: body.note ? `${body.reason}: ${body.note}` : body.reason,
    change: () => ({ change: { cancel_reason: body.reason, due_on: null }, detail: { reason: body.reason } }),
  });
}
