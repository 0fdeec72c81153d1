// 居住登记 (T11.1, T13.1; Decree 663 art. 9): a clerk of the residence's station records who lives where, since
// when, on which ground, with which evidence. A person in the register brings their identity from it; anyone else's
// is checked against the ID number. A person registered elsewhere in the city who moves here ends that residence
// in the same transaction, and an open permit moves with them (居住地变更: the years keep counting).
import { identityIssues } from '../../domain/identity/consistency.ts';
import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { countyCodeOf } from '../../domain/divisions/index.ts';
import { isUrban, isUrbanRuralCode } from '../../domain/codes/urban-rural.ts';
import { DomainError, type ErrorIssue } from '../../domain/errors.ts';
import {
  residenceRegistrationInput,
  type ResidenceRegistrationInput,
} from '../../domain/permits/residence-schema.ts';
import { parseOrThrow } from '../../domain/validation.ts';
import {
  findActiveRegistrationOf,
  findRegisteredPerson,
  findUnit,
  insertRegistration,
  type RegistrationRow,
} from '../../db/repositories/residence/registrations.ts';
import { findOpenPermitOf, moveOpenPermit } from '../../db/repositories/residence/permits.ts';
import { inTransaction } from '../transaction.ts';
import { endRegistrationIn } from './end-residence.ts';
import { requirePermitted, requireStaff, type AppDeps, type RequestContext } from '../context.ts';
import { REGISTRATION_RESOURCE, PERMIT_RESOURCE, recordStep, todayOf } from './common.ts';

const BASIS = '居住证暂行条例第九条；T11.1、T13.1';

interface Identity {
  personId: string | null;
  name: string;
  sex: string;
  birthDate: string;
  ethnicity: string | null;
  hukou: { divisionCode: string; rural: boolean; address: string | null };
}

const county = (code: string) => countyCodeOf(code) ?? code.slice(0, 6);

/** The person's identity: from the register when the number is registered here, else from the input, all required. */
async function identityOf(trx: Transaction<DB>, input: ResidenceRegistrationInput): Promise<Identity> {
  const p = input.person;
  const registered = await findRegisteredPerson(trx, p.idNumber);
  const issues: ErrorIssue[] = [];
  if (registered) {
    if (p.name !== undefined && p.name !== registered.name)
      issues.push({ path: 'person.name', message: `与户籍登记的姓名（${registered.name}）不一致` });
    if (issues.length) throw DomainError.invalid(issues);
    const urban = registered.urban_rural_code;
    return {
      personId: registered.person_id,
      name: registered.name,
      sex: registered.sex,
      birthDate: registered.birth_date,
      ethnicity: registered.ethnicity,
      hukou: {
        divisionCode: registered.division_code ?? '',
        rural: urban !== null && isUrbanRuralCode(urban) ? !isUrban(urban) : false,
        address: registered.address_detail,
      },
    };
  }
  const missing = (['name', 'sex', 'birthDate', 'hukou'] as const).filter((k) => p[k] === undefined);
  if (missing.length) {
    throw DomainError.invalid(
      missing.map((k) => ({
        path: `person.${k}`,
        message: '此人未在昭通登记户口，须填写 / required for a person not in the register',
      })),
    );
  }
  return {
    personId: null,
    name: p.name!,
    sex: p.sex!,
    birthDate: p.birthDate!,
    ethnicity: p.ethnicity ?? null,
    hukou: { divisionCode: p.hukou!.divisionCode, rural: p.hukou!.rural, address: p.hukou!.address ?? null },
  };
}

/** End the person's earlier residence elsewhere in the city (one active residence per person). */
async function endPrevious(
  trx: Transaction<DB>,
  deps: AppDeps,
  ctx: RequestContext,
  old: RegistrationRow,
  next: { id: string; since: string },
) {
  const endedOn = next.since > old.since ? next.since : todayOf(deps);
  await endRegistrationIn(trx, deps, ctx, old, {
    on: endedOn,
    endReason: 'moved-away',
    reason: 'moved-away',
    basis: BASIS,
    detail: { movedTo: next.id },
  });
}

/** Carry the open permit of the earlier residence to the new one (居住地变更: the years keep counting). */
async function carryPermit(
  trx: Transaction<DB>,
  deps: AppDeps,
  ctx: RequestContext,
  old: RegistrationRow,
  next: { id: string; stationCode: string; countyCode: string; since: string },
) {
  const permit = await findOpenPermitOf(trx, old.id_number, true);
  if (!permit || permit.registration_id !== old.id) return null;
  await moveOpenPermit(trx, permit, {
    registration_id: next.id,
    station_code: next.stationCode,
    county_code: next.countyCode,
    updated_at: deps.now(),
  });
  await recordStep(trx, deps, ctx, {
    countyCode: next.countyCode,
    registrationId: next.id,
    permitId: permit.id,
    action: 'change-address',
    on: next.since,
    basis: '居住证暂行条例第九条（居住地变更）',
    fromStatus: permit.status,
    toStatus: permit.status,
    reason: null,
    detail: { fromRegistration: old.id, fromStation: old.station_code },
    audit: {
      action: 'residence-permits.change-address',
      resourceType: PERMIT_RESOURCE,
      resourceId: permit.id,
    },
  });
  return permit.id;
}

export async function registerResidence(deps: AppDeps, ctx: RequestContext, raw: unknown) {
  const input = parseOrThrow(residenceRegistrationInput, raw);
  requireStaff(ctx);
  const unitCode = input.residence.unitCode;
  requirePermitted(
    ctx,
    'permits.manage',
    unitCode,
    '只能登记本派出所辖区的居住 / only residences in your jurisdiction',
  );
  const today = todayOf(deps);
  if (input.residence.since > today)
    throw DomainError.invalid([
      { path: 'residence.since', message: '不能晚于今天 / must not be in the future' },
    ]);
  // A birth after today (given, or inside the number) is refused on its field like every identity write's.
  const identity = identityIssues(input.person, 'person.', today);
  if (identity.length) throw DomainError.invalid(identity);
  const countyCode = county(unitCode);
  const stationCode = unitCode.slice(0, 9);
  return inTransaction(deps, async (trx) => {
    if (!(await findUnit(trx, unitCode)))
      throw DomainError.invalid([
        { path: 'residence.unitCode', message: '没有这个村（居）委会 / no such unit' },
      ]);
    const who = await identityOf(trx, input);
    if (who.birthDate > input.residence.since)
      throw DomainError.invalid([
        { path: 'residence.since', message: '早于出生日期 / before the birth date' },
      ]);
    if (county(who.hukou.divisionCode) === countyCode) {
      throw DomainError.invalid([
        {
          path: who.personId ? 'person.idNumber' : 'person.hukou.divisionCode',
          message: '户口与居住地在同一个县（区），无需居住登记 / the hukou is in the same county (T11.1)',
        },
      ]);
    }
    const id = randomUUID();
    const now = deps.now();
    const previous = await findActiveRegistrationOf(trx, input.person.idNumber);
    if (previous) await endPrevious(trx, deps, ctx, previous, { id, since: input.residence.since });
    const actor = requireStaff(ctx);
    await insertRegistration(trx, {
      id,
      county_code: countyCode,
      station_code: stationCode,
      unit_code: unitCode,
      address: input.residence.address,
      since: input.residence.since,
      grounds: input.grounds,
      evidence: input.evidence,
      status: 'active',
      ended_on: null,
      end_reason: null,
      person_id: who.personId,
      id_number: input.person.idNumber,
      name: who.name,
      sex: who.sex,
      birth_date: who.birthDate,
      ethnicity: who.ethnicity,
      hukou_division_code: who.hukou.divisionCode,
      hukou_rural: who.hukou.rural,
      hukou_address: who.hukou.address,
      created_by: actor.token ? null : actor.id,
      created_at: now,
      updated_at: now,
    });
    const permitId = previous
      ? await carryPermit(trx, deps, ctx, previous, {
          id,
          stationCode,
          countyCode,
          since: input.residence.since,
        })
      : null;
    await recordStep(trx, deps, ctx, {
      countyCode,
      registrationId: id,
      permitId: null,
      action: 'register',
      on: input.residence.since,
      basis: BASIS,
      fromStatus: null,
      toStatus: 'active',
      reason: null,
      detail: { grounds: input.grounds, evidence: input.evidence, inRegister: who.personId !== null },
      audit: {
        action: 'residence.register',
        resourceType: REGISTRATION_RESOURCE,
        resourceId: id,
        ...(who.personId ? { personIds: [who.personId] } : {}),
      },
    });
    return { id, personId: who.personId, status: 'active' as const, permitId };
  });
}
