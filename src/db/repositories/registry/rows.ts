// Rows of the register ↔ the domain's objects. The projection tables hold exactly what the domain's apply()
// computes, plus search keys and import-only columns.
import type { Selectable } from 'kysely';
import type { CancellationReason } from '../../../domain/codes/cancellation-reasons.ts';
import type { FormerType, HouseholdKind } from '../../../domain/codes/household-kinds.ts';
import type { RegisteredSex } from '../../../domain/codes/sex.ts';
import { addressKey, type Household, type Membership, type Person } from '../../../domain/registry/model.ts';
import type { RegistryEvent } from '../../../domain/registry/events.ts';
import { nameKeys } from '../../../domain/search/pinyin-keys.ts';
import type {
  HouseholdTable,
  MembershipTable,
  PersonTable,
  RegistryEventTable,
} from '../../tables/registry.ts';

export function personFromRow(r: Selectable<PersonTable>): Person {
  return {
    personId: r.person_id,
    idNumber: r.id_number,
    name: r.name,
    sex: r.sex as RegisteredSex,
    birthDate: r.birth_date,
    ethnicity: r.ethnicity,
    formerName: r.former_name,
    birthPlace: r.birth_place,
    nativePlace: r.native_place,
    religion: r.religion,
    education: r.education,
    maritalStatus: r.marital_status,
    militaryStatus: r.military_status,
    occupation: r.occupation,
    employer: r.employer,
    status: r.status as Person['status'],
    cancelledReason: r.cancelled_reason as CancellationReason | null,
    deathDate: r.death_date,
    householdId: r.household_id,
    relation: r.relation,
    countyCode: r.county_code,
    formerType: r.former_type as FormerType | null,
    version: r.version,
  };
}

/** The projection columns of a person (import-only columns are left as they are). */
export function personToRow(p: Person) {
  const keys = nameKeys(p.name);
  return {
    person_id: p.personId,
    id_number: p.idNumber,
    name: p.name,
    name_pinyin: keys.full,
    name_initials: keys.initials,
    sex: p.sex,
    birth_date: p.birthDate,
    ethnicity: p.ethnicity,
    former_name: p.formerName,
    birth_place: p.birthPlace,
    native_place: p.nativePlace,
    religion: p.religion,
    education: p.education,
    marital_status: p.maritalStatus,
    military_status: p.militaryStatus,
    occupation: p.occupation,
    employer: p.employer,
    status: p.status,
    cancelled_reason: p.cancelledReason,
    death_date: p.deathDate,
    household_id: p.householdId,
    relation: p.relation,
    county_code: p.countyCode,
    former_type: p.formerType,
    version: p.version,
  };
}

export function householdFromRow(r: Selectable<HouseholdTable>): Household {
  return {
    householdId: r.household_id,
    householdNo: r.household_no,
    kind: r.kind as HouseholdKind,
    address: { divisionCode: r.division_code, detail: r.address_detail },
    countyCode: r.county_code,
    status: r.status as Household['status'],
    createdOn: r.created_on,
    version: r.version,
  };
}

export function householdToRow(h: Household) {
  return {
    household_id: h.householdId,
    household_no: h.householdNo,
    kind: h.kind,
    division_code: h.address.divisionCode,
    address_detail: h.address.detail,
    address_key: addressKey(h.address),
    county_code: h.countyCode,
    status: h.status,
    created_on: h.createdOn,
    version: h.version,
  };
}

export function membershipFromRow(r: Selectable<MembershipTable>): Membership {
  return {
    personId: r.person_id,
    householdId: r.household_id,
    relation: r.relation,
    since: r.since,
    until: r.until,
  };
}

const META = ['eventId', 'actor', 'at', 'legalBasis', 'reason'] as const;

export function eventFromRow(r: Selectable<RegistryEventTable>): RegistryEvent & { seq: number } {
  const body = (typeof r.body === 'string' ? JSON.parse(r.body) : r.body) as object;
  return {
    ...(body as RegistryEvent),
    eventId: r.event_id,
    actor: r.actor,
    at: new Date(r.at).toISOString(),
    legalBasis: r.legal_basis,
    reason: r.reason,
    seq: Number(r.event_seq),
  };
}

/** The event's own fields, stored as jsonb beside the metadata columns. */
export function eventBody(e: RegistryEvent): Record<string, unknown> {
  const body: Record<string, unknown> = { ...e };
  for (const k of META) delete body[k];
  return body;
}
