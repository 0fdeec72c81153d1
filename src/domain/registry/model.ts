// The register's state: persons (the 常住人口登记卡 items the system needs), households on the division tree, and
// memberships with their relation and dates. One hukou type for town and country (T10.1); the pre-reform
// 农业/非农业 type survives only as a person's formerType (T10.2, T17).
import type { CancellationReason } from '../codes/cancellation-reasons.ts';
import type { FormerType, HouseholdKind } from '../codes/household-kinds.ts';
import type { RegisteredSex } from '../codes/sex.ts';

/** Card items a clerk may record and later correct (item-corrected events, T12 差错漏). */
export interface PersonItems {
  name: string;
  sex: RegisteredSex;
  /** YYYY-MM-DD */
  birthDate: string;
  /** GB/T 3304 numeric code, "01".."56". */
  ethnicity: string;
  formerName: string | null;
  birthPlace: string | null;
  nativePlace: string | null;
  religion: string | null;
  education: string | null;
  maritalStatus: string | null;
  militaryStatus: string | null;
  occupation: string | null;
  employer: string | null;
}

export const OPTIONAL_ITEMS = [
  'formerName',
  'birthPlace',
  'nativePlace',
  'religion',
  'education',
  'maritalStatus',
  'militaryStatus',
  'occupation',
  'employer',
] as const satisfies ReadonlyArray<keyof PersonItems>;

export type HukouStatus = 'active' | 'cancelled';

export interface Person extends PersonItems {
  personId: string;
  idNumber: string;
  status: HukouStatus;
  cancelledReason: CancellationReason | null;
  deathDate: string | null;
  /** The household holding this person's active hukou; the last one when cancelled. */
  householdId: string | null;
  relation: string | null;
  /** County of the current (or last) hukou: the distribution key of every large table. */
  countyCode: string;
  formerType: FormerType | null;
  version: number;
}

export interface Address {
  /** 12-digit village/community statistical code. */
  divisionCode: string;
  /** Street, number, building and room as written on the booklet. */
  detail: string;
}

export interface Household {
  householdId: string;
  householdNo: string;
  kind: HouseholdKind;
  address: Address;
  countyCode: string;
  status: HukouStatus;
  /** YYYY-MM-DD */
  createdOn: string;
  version: number;
}

export interface Membership {
  personId: string;
  householdId: string;
  relation: string;
  /** YYYY-MM-DD, inclusive. */
  since: string;
  /** YYYY-MM-DD when the membership ended; null while current. */
  until: string | null;
}

export interface RegistryState {
  persons: ReadonlyMap<string, Person>;
  households: ReadonlyMap<string, Household>;
  memberships: readonly Membership[];
}

export const EMPTY_STATE: RegistryState = { persons: new Map(), households: new Map(), memberships: [] };

/** Addresses compare on the unit code plus the detail with whitespace and full-width digits normalised. */
export function addressKey(address: Address): string {
  const detail = address.detail.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
  return `${address.divisionCode}|${detail}`;
}

export function activeMembers(state: RegistryState, householdId: string): Person[] {
  return [...state.persons.values()].filter((p) => p.status === 'active' && p.householdId === householdId);
}

export function headOf(state: RegistryState, householdId: string): Person | undefined {
  return activeMembers(state, householdId).find((p) => p.relation === '02');
}
