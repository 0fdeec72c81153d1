// From permit to hukou (T11 → T2–T9): the settlement application prefilled from a permit, and the permit closed
// when its holder's settlement is registered (in the registration's own transaction).
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { settlementDraft } from '../../domain/permits/settlement-draft.ts';
import { findOpenPermitOf } from '../../db/repositories/residence/permits.ts';
import { findRegistration } from '../../db/repositories/residence/registrations.ts';
import type { AppDeps, RequestContext } from '../context.ts';
import { scopeFor, todayOf } from './common.ts';
import { endRegistrationIn } from './end-residence.ts';
import { loadRegistrationInScope } from './apply-permit.ts';
import { actionResult, actOn, loadPermitInScope } from './permit-actions.ts';
import { entitlementsOf } from './queries.ts';

export async function settlementDraftOf(deps: AppDeps, ctx: RequestContext, permitId: string) {
  const scope = scopeFor(ctx, 'permits.manage');
  const db = deps.database.db;
  const p = await loadPermitInScope(db, permitId, scope, false);
  const r = await loadRegistrationInScope(db, p.registration_id, scope);
  const summary = actionResult(deps, p);
  const ent = await entitlementsOf(deps, p, todayOf(deps));
  return settlementDraft({
    personId: r.person_id,
    name: r.name,
    idNumber: r.id_number,
    sex: r.sex,
    ethnicity: r.ethnicity,
    birthDate: r.birth_date,
    hukou: { divisionCode: r.hukou_division_code, rural: r.hukou_rural, address: r.hukou_address },
    residence: { unitCode: r.unit_code, address: r.address, grounds: r.grounds as string[] },
    permit: {
      valid: summary.status === 'valid',
      continuousYears: summary.continuousResidenceYears,
      socialInsuranceYears: ent.insurance,
    },
  });
}

/**
 * The holder settled (their settlement application is registered): the open permit is cancelled and the residence
 * registration ends, in the caller's transaction. The settlement's clerk is authorized for the settlement; the
 * permit's closing is its consequence, taken as the system's cancel of the table and audited under the clerk.
 */
export async function closePermitOnSettlement(
  trx: Kysely<DB>,
  deps: AppDeps,
  ctx: RequestContext,
  idNumber: string,
  applicationNumber: string,
) {
  const permit = await findOpenPermitOf(trx, idNumber, true);
  if (!permit) return null;
  const reason = `settled: 落户申请 ${applicationNumber} 已办结`;
  await actOn(trx, deps, ctx, permit, 'cancel', {
    reason,
    asConsequence: true,
    change: () => ({
      change: { cancel_reason: 'settled', due_on: null },
      detail: { application: applicationNumber },
    }),
  });
  const reg = await findRegistration(trx, permit.registration_id, true);
  if (reg && reg.status === 'active') {
    await endRegistrationIn(trx, deps, ctx, reg, {
      on: todayOf(deps),
      endReason: 'settled',
      reason,
      basis: 'T11.1；落户后不再居住登记',
    });
  }
  return permit.number;
}
