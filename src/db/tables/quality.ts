// Kysely row types of the quality tables (src/db/migrations/0500_quality.sql).
import type { Generated } from 'kysely';

export interface QualityFeedRecordTable {
  feed: string;
  id_number: string;
  name: string;
  event_date: string;
  source: string;
  received_at: Generated<Date>;
}

export interface QualityScanTable {
  scan_id: Generated<number>;
  started_at: Date;
  finished_at: Date | null;
  trigger: string;
  counts: Generated<unknown>;
  stats: Generated<unknown>;
  state: Generated<'running' | 'done' | 'failed'>;
  error: string | null;
  persons: Generated<number>;
  total: number | null;
  updated_at: Date;
}

export interface QualityFindingTable {
  finding_id: Generated<number>;
  finding_key: string;
  code: string;
  county_code: string;
  id_numbers: string[];
  household_nos: string[];
  detail: unknown;
  clauses: string[];
  status: Generated<string>;
  assignee_id: number | null;
  due_on: string;
  first_found_at: Date;
  last_scan_id: number | null;
  resolved_at: Date | null;
  resolution: unknown;
  version: Generated<number>;
}

export interface QualityPairDecisionTable {
  person_a: string;
  person_b: string;
  decision: string;
  decided_by: string;
  decided_at: Date;
  reason: string;
}

export interface QualityUnregisteredTable {
  intake_id: Generated<number>;
  category: string;
  name: string;
  sex: string;
  birth_date: string;
  division_code: string;
  county_code: string;
  facts: unknown;
  status: Generated<string>;
  application_no: string | null;
  created_by: string;
  created_at: Date;
}

export interface QualityTables {
  quality_feed_record: QualityFeedRecordTable;
  quality_scan: QualityScanTable;
  quality_finding: QualityFindingTable;
  quality_pair_decision: QualityPairDecisionTable;
  quality_unregistered: QualityUnregisteredTable;
  quality_event_cursor: QualityEventCursorTable;
}

export interface QualityEventCursorTable {
  name: string;
  event_seq: number;
}
