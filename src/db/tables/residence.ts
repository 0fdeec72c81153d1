// Kysely row types of the residence tables (src/db/migrations/0800_residence.sql).
import type { Generated } from 'kysely';

export interface ResidenceRegistrationTable {
  id: string;
  county_code: string;
  station_code: string;
  unit_code: string;
  address: string;
  since: string;
  grounds: unknown;
  evidence: unknown;
  status: string;
  ended_on: string | null;
  end_reason: string | null;
  person_id: string | null;
  id_number: string;
  name: string;
  sex: string;
  birth_date: string;
  ethnicity: string | null;
  hukou_division_code: string;
  hukou_rural: boolean;
  hukou_address: string | null;
  version: Generated<number>;
  created_by: number | null;
  created_at: Date;
  updated_at: Date;
}

export interface ResidencePermitTable {
  id: string;
  county_code: string;
  station_code: string;
  registration_id: string;
  number: string;
  id_number: string;
  holder_name: string;
  status: string;
  version: Generated<number>;
  applied_on: string;
  issue_by: string;
  issued_on: string | null;
  endorsements: unknown;
  card_edition: Generated<number>;
  verify_token: string | null;
  due_on: string | null;
  eligibility: unknown;
  cancel_reason: string | null;
  created_by: number | null;
  created_at: Date;
  updated_at: Date;
}

export interface ResidenceEventTable {
  id: Generated<number>;
  county_code: string;
  registration_id: string;
  permit_id: string | null;
  action: string;
  on_date: string;
  basis: string;
  from_status: string | null;
  to_status: string | null;
  reason: string | null;
  detail: unknown;
  actor_kind: string;
  actor_id: number | null;
  actor_username: string | null;
  at: Date;
}

export interface PermitFactTable {
  id: Generated<number>;
  id_number: string;
  kind: string;
  child_key: Generated<string>;
  child_name: string | null;
  child_birth_date: string | null;
  years: number;
  as_of: string;
  department: string;
  received_by: string;
  received_at: Date;
}

export interface ResidenceTables {
  residence_registration: ResidenceRegistrationTable;
  residence_permit: ResidencePermitTable;
  residence_event: ResidenceEventTable;
  permit_fact: PermitFactTable;
}
