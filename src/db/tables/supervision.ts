// Kysely row types of the supervision tables (src/db/migrations/1000_supervision.sql).
import type { Generated } from 'kysely';

export interface SupervisionUnitTable {
  code: string;
  name: string;
  aliases: string[];
  in_plan: boolean;
}

export interface SupervisionReportTable {
  report_id: Generated<number>;
  item_id: string;
  task_id: string;
  unit_code: string;
  state: string;
  version: Generated<number>;
  percent: number;
  text: string;
  attachments: unknown;
  indicators: string[];
  rating: number | null;
  filed_by: number | null;
  filed_at: Date;
  updated_at: Date;
}

export interface SupervisionReportEventTable {
  id: Generated<number>;
  report_id: number;
  item_id: string;
  seq: number;
  action: string;
  from_state: string | null;
  to_state: string;
  actor_id: number | null;
  actor_username: string | null;
  actor_role: string | null;
  unit_code: string | null;
  reason: string | null;
  rating: number | null;
  detail: unknown;
  at: Date;
}

export interface SupervisionDueDateTable {
  id: Generated<number>;
  item_id: string;
  due_on: string;
  reason: string;
  set_by: string | null;
  set_at: Date;
}

export interface SupervisionTables {
  supervision_unit: SupervisionUnitTable;
  supervision_report: SupervisionReportTable;
  supervision_report_event: SupervisionReportEventTable;
  supervision_due_date: SupervisionDueDateTable;
}
