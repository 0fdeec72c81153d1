// Kysely row types of the register (src/db/migrations/0100_registry.sql).
import type { Generated } from 'kysely';

export interface DivisionUnitTable {
  code: string;
  name: string;
  urban_rural_code: string;
  county_code: string;
}

export interface HouseholdTable {
  household_id: string;
  household_no: string;
  kind: string;
  division_code: string;
  address_detail: string;
  address_key: string;
  county_code: string;
  status: string;
  created_on: string;
  legacy_flag: string | null;
  version: number;
}

export interface PersonTable {
  person_id: string;
  id_number: string;
  name: string;
  name_pinyin: string;
  name_initials: string;
  sex: string;
  birth_date: string;
  ethnicity: string;
  former_name: string | null;
  birth_place: string | null;
  native_place: string | null;
  religion: string | null;
  education: string | null;
  marital_status: string | null;
  military_status: string | null;
  occupation: string | null;
  employer: string | null;
  status: string;
  cancelled_reason: string | null;
  death_date: string | null;
  household_id: string | null;
  relation: string | null;
  county_code: string;
  former_type: string | null;
  residence_division_code: string | null;
  residing_since: string | null;
  legacy_flag: string | null;
  version: number;
}

export interface MembershipTable {
  membership_id: Generated<number>;
  person_id: string;
  household_id: string;
  relation: string;
  since: string;
  until: string | null;
  county_code: string;
}

export interface RegistryEventTable {
  event_seq: Generated<number>;
  event_id: string;
  kind: string;
  county_code: string;
  at: Date;
  actor: string;
  legal_basis: string;
  reason: string;
  person_ids: string[];
  household_ids: string[];
  body: unknown;
}

export interface RegistryTables {
  division_unit: DivisionUnitTable;
  household: HouseholdTable;
  person: PersonTable;
  membership: MembershipTable;
  registry_event: RegistryEventTable;
}
