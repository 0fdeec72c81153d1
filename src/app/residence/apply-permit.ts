// Applying for a residence permit (Decree 663 art. 9, T11.1): from an active residence registration, evaluated by
// the eligibility rules (the same code as `eligibility residence-permit`). An eligible application gets its number
// and the day by which the card must be issued (rp.issueDays); a refusal is kept with its reasons (event + audit,
// committed) and answered 422 with each failed reason.
import { randomInt, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { addDays } from '../../domain/applications/deadlines.ts';
import { residencePermitNumber } from '../../domain/applications/numbers.ts';
import { DomainError } from '../../domain/errors.ts';
import { evaluatePermitApplication, type PermitEligibility } from '../../domain/permits/eligibility.ts';
import { permitApplyInput } from '../../domain/permits/permit-schema.ts';
import { resolveParameter } from '../../domain/policy/parameters.ts';
import { parseOrThrow } from '../../domain/validation.ts';
import { findRegistration, type RegistrationRow } from '../../db/repositories/residence/registrations.ts';
import {
  findOpenPermitOf,
  firstUnusedPermitNumber,
  insertPermit,
} from '../../db/repositories/residence/permits.ts';
import { inTransaction } from '../transaction.ts';
import { drawUnused } from '../applications/numbering.ts';
import { requireStaff, type AppDeps, type RequestContext } from '../context.ts';
import { PERMIT_RESOURCE, REGISTRATION_RESOURCE, recordStep, scopeFor, todayOf } from './common.ts';
import { formatCitation } from '../../domain/policy/citation.ts';

const BASIS = '居住证暂行条例第二条、第九条；T11.1';

/** The eligibility case of a registration on a date (also the CLI's and the web's explanation). */
export function eligibilityOf(deps: AppDeps, r: RegistrationRow, asOf: string): PermitEligibility {
  return evaluatePermitApplication(
    {
      asOf,
      applicant: {
        birthDate: r.birth_date,
        idNumber: r.id_number,
        hukou: { divisionCode: r.hukou_division_code, rural: r.hukou_rural },
      },
      residence: { divisionCode: r.unit_code, since: r.since },
      grounds: r.grounds,
    },
    deps.policy.parameters,
  );
}

export async function loadRegistrationInScope(db: Kysely<DB>, id: string, scope: string, forUpdate = false) {
  const row = await findRegistration(db, id, forUpdate);
  if (!row || !row.station_code.startsWith(scope))
    throw DomainError.notFound('居住登记 / residence registration');
  return row;
}

/** JZ + county + year + six random digits + check: the settlement numbers' drawing (not walkable at /verify). */
function drawPermitNumber(db: Kysely<DB>, countyCode: string, year: number) {
  return drawUnused(
    () => residencePermitNumber(countyCode, year, randomInt(1, 1_000_000)),
    (candidates) => firstUnusedPermitNumber(db, candidates),
  );
}

export async function applyForPermit(deps: AppDeps, ctx: RequestContext, raw: unknown) {
  const body = parseOrThrow(permitApplyInput, raw);
  const actor = requireStaff(ctx);
  const scope = scopeFor(ctx, 'permits.manage');
  const today = todayOf(deps);
  const outcome = await inTransaction(deps, async (trx) => {
    const reg = await loadRegistrationInScope(trx, body.registrationId, scope, true);
    if (reg.status !== 'active')
      throw new DomainError('conflict', '居住登记已结束，不能申领 / the residence registration has ended', [
        { path: 'registrationId', message: reg.status },
      ]);
    const open = await findOpenPermitOf(trx, reg.id_number, true);
    if (open)
      throw new DomainError(
        'conflict',
        `已有居住证 ${open.number}（${open.status}）/ a permit is already open`,
        [{ path: 'registrationId', message: open.id }],
      );
    const eligibility = eligibilityOf(deps, reg, today);
    if (!eligibility.eligible) {
      await recordStep(trx, deps, ctx, {
        countyCode: reg.county_code,
        registrationId: reg.id,
        permitId: null,
        action: 'refuse-permit',
        on: today,
        basis: BASIS,
        fromStatus: null,
        toStatus: null,
        reason: eligibility.reasons
          .filter((r) => !r.met)
          .map((r) => `${formatCitation(r.clause)} ${r.message}`)
          .join('；'),
        detail: { clauses: eligibility.clauses, reasons: eligibility.reasons, policy: eligibility.policy },
        audit: {
          action: 'residence-permits.refuse',
          resourceType: REGISTRATION_RESOURCE,
          resourceId: reg.id,
        },
      });
      return { refused: eligibility, created: null };
    }
    const id = randomUUID();
    const number = await drawPermitNumber(trx, reg.county_code, Number(today.slice(0, 4)));
    const days = resolveParameter(deps.policy.parameters, 'rp.issueDays', today, reg.county_code)
      .value as number;
    const issueBy = addDays(today, days);
    const now = deps.now();
    await insertPermit(trx, {
      id,
      county_code: reg.county_code,
      station_code: reg.station_code,
      registration_id: reg.id,
      number,
      id_number: reg.id_number,
      holder_name: reg.name,
      status: 'applied',
      applied_on: today,
      issue_by: issueBy,
      issued_on: null,
      endorsements: [],
      verify_token: null,
      due_on: null,
      eligibility: { clauses: eligibility.clauses, reasons: eligibility.reasons, policy: eligibility.policy },
      cancel_reason: null,
      created_by: actor.token ? null : actor.id,
      created_at: now,
      updated_at: now,
    });
    await recordStep(trx, deps, ctx, {
      countyCode: reg.county_code,
      registrationId: reg.id,
      permitId: id,
      action: 'apply',
      on: today,
      basis: BASIS,
      fromStatus: null,
      toStatus: 'applied',
      reason: null,
      detail: { number, issueBy, clauses: eligibility.clauses, policy: eligibility.policy },
      audit: { action: 'residence-permits.apply', resourceType: PERMIT_RESOURCE, resourceId: id },
    });
    return { refused: null, created: { id, number, status: 'applied' as const, issueBy } };
  });
  if (outcome.refused) {
    const failed = outcome.refused.reasons.filter((r) => !r.met);
    throw new DomainError(
      'not-eligible',
      '不符合申领居住证的条件 / not eligible for a residence permit',
      failed.map((r) => ({
        path: `eligibility.${r.code}`,
        message: `${formatCitation(r.clause)} ${r.message}`,
      })),
    );
  }
  return outcome.created!;
}
