// Kysely row types of the settlement-application tables (src/db/migrations/0400_applications.sql).
import type { Generated } from 'kysely';

export interface SettlementApplicationTable {
  id: string;
  county_code: string;
  number: string;
  station_code: string;
  state: string;
  version: Generated<number>;
  channel: string;
  basis: string;
  applicant_name: string;
  applicant_id_number: string;
  applicant_person_id: string | null;
  input: unknown;
  consent: boolean;
  consent_recorded_by: string | null;
  consent_recorded_at: Date | null;
  decision_outcome: string | null;
  decision_clauses: unknown;
  missing_materials: unknown;
  state_entered_at: Date;
  deadline: Date | null;
  permit_number: string | null;
  created_by: number | null;
  created_at: Date;
  updated_at: Date;
}

export interface SettlementApplicationEventTable {
  id: Generated<number>;
  application_id: string;
  county_code: string;
  seq: number;
  action: string;
  from_state: string | null;
  to_state: string;
  actor_kind: string;
  actor_id: number | null;
  actor_username: string | null;
  actor_role: string | null;
  reason: string | null;
  detail: unknown;
  at: Date;
}

export interface SettlementEvaluationTable {
  id: Generated<number>;
  application_id: string;
  county_code: string;
  at: Date;
  as_of: string;
  case_input: unknown;
  outcome: string;
  decision: unknown;
  explanation: unknown;
  policy_id: string;
  policy_version: string;
}

export interface ApplicationAttachmentTable {
  id: string;
  application_id: string;
  county_code: string;
  material_code: string;
  file_name: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  content: Uint8Array;
  uploaded_by: string | null;
  uploaded_at: Date;
}

export interface MovePermitTable {
  number: string;
  application_id: string;
  county_code: string;
  holder_name: string;
  holder_id_number: string;
  destination_code: string;
  destination_address: string;
  origin: string;
  companions: unknown;
  issued_on: string;
  valid_until: string;
  issued_by: string;
  issued_at: Date;
  used_at: Date | null;
  withdrawn_at: Date | null;
  /** The public verification's key (migration 1200); null for a permit issued before, until it is printed. */
  verify_token: string | null;
  /** The authority that approved it, as signed (昭通市昭阳区公安局 …); null before migration 1200. */
  issuing_authority: string | null;
}

export interface ApplicationCounterTable {
  county_code: string;
  kind: string;
  year: number;
  last: number;
}

export interface ApplicationTables {
  settlement_application: SettlementApplicationTable;
  settlement_application_event: SettlementApplicationEventTable;
  settlement_evaluation: SettlementEvaluationTable;
  application_attachment: ApplicationAttachmentTable;
  move_permit: MovePermitTable;
  application_counter: ApplicationCounterTable;
}
