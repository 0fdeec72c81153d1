// One transition of an application written in ONE statement: the projection's update at the expected version,
// the transition event (seq computed in place), the evaluation when there is one, and the audit row, as
// data-modifying CTEs that all read from the update. A single statement is atomic without begin/commit round
// trips; when someone else changed the row first the update matches nothing and nothing else is written. A new
// application is written the same way: the insert, its create event and the audit row in one statement.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../schema.ts';
import { auditRow, type AuditEntry } from '../audit.ts';
import { json } from '../json.ts';
import {
  applicationValues,
  changeValues,
  type ApplicationChange,
  type NewApplicationRow,
} from './applications.ts';
import type { EvaluationRow, EventRow } from './records.ts';

export interface TransitionWrite {
  id: string;
  expectedVersion: number;
  change: ApplicationChange;
  event: Omit<EventRow, 'id' | 'seq' | 'application_id' | 'county_code'>;
  /** Stored with the transition (submission, resubmission); its id is added to the event's detail as evaluationId. */
  evaluation?: Omit<EvaluationRow, 'id' | 'application_id' | 'county_code'>;
  audit: AuditEntry;
}

/** The `ev` and `au` CTEs: the event (seq computed in place) and the audit row, each only when `app` has a row. */
function eventAndAudit(
  e: TransitionWrite['event'],
  a: ReturnType<typeof auditRow>,
  detail = sql`${json(e.detail)}::jsonb`,
) {
  return sql`ev as (
      insert into settlement_application_event
        (application_id, county_code, seq, action, from_state, to_state, actor_kind, actor_id, actor_username, actor_role, reason, detail, at)
      select app.id, app.county_code,
        (select coalesce(max(seq), 0) + 1 from settlement_application_event where application_id = app.id),
        ${e.action}::text, ${e.from_state}::text, ${e.to_state}::text, ${e.actor_kind}::text, ${e.actor_id}::bigint, ${e.actor_username}::text,
        ${e.actor_role}::text, ${e.reason}::text, ${detail}, ${e.at}::timestamptz
      from app returning seq
    ), au as (
      insert into audit_log (actor_id, actor_username, actor_role, action, resource_type, resource_id, county_code, request_id, ip, detail)
      select ${a.actor_id}::bigint, ${a.actor_username}::text, ${a.actor_role}::text, ${a.action}::text, ${a.resource_type}::text,
        ${a.resource_id}::text, ${a.county_code}::text, ${a.request_id}::text, ${a.ip}::text, ${a.detail}::jsonb
      from app
    )`;
}

/** A new application (draft) with its create event and audit row, in one statement. */
export async function writeNewApplication(
  db: Kysely<DB>,
  row: NewApplicationRow,
  event: TransitionWrite['event'],
  audit: AuditEntry,
): Promise<void> {
  const insert = db
    .insertInto('settlement_application')
    .values(applicationValues(row))
    .returning(['id', 'county_code']);
  await sql`with app as (${insert}), ${eventAndAudit(event, auditRow(audit))} select (select seq from ev) as seq`.execute(
    db,
  );
}

/** Returns null when the row is not at the expected version (nothing written). */
export async function writeTransition(
  db: Kysely<DB>,
  w: TransitionWrite,
): Promise<{ seq: number; evaluationId: number | null } | null> {
  const sets = Object.entries(changeValues(w.change)).map(
    ([column, value]) => sql`${sql.ref(column)} = ${value}`,
  );
  const e = w.event;
  const a = auditRow(w.audit);
  const v = w.evaluation;
  const evaluation = v
    ? sql`, eva as (
        insert into settlement_evaluation (application_id, county_code, at, as_of, case_input, outcome, decision, explanation, policy_id, policy_version)
        select app.id, app.county_code, ${v.at}::timestamptz, ${v.as_of}::date, ${json(v.case_input)}::jsonb, ${v.outcome}::text,
               ${json(v.decision)}::jsonb, ${json(v.explanation)}::jsonb, ${v.policy_id}::text, ${v.policy_version}::text
        from app returning id)`
    : sql``;
  const detail = v
    ? sql`(coalesce(${json(e.detail)}::jsonb, '{}'::jsonb) || jsonb_build_object('evaluationId', (select id from eva)))`
    : sql`${json(e.detail)}::jsonb`;
  const r = await sql<{ seq: number | null; evaluation_id: string | number | null }>`
    with app as (
      update settlement_application set ${sql.join(sets)}, version = version + 1
      where id = ${w.id} and version = ${w.expectedVersion}
      returning id, county_code
    )${evaluation}, ${eventAndAudit(e, a, detail)}
    select (select seq from ev) as seq, ${v ? sql`(select id from eva)` : sql`null::bigint`} as evaluation_id
  `.execute(db);
  const row = r.rows[0];
  if (!row || row.seq === null) return null;
  return {
    seq: Number(row.seq),
    evaluationId: row.evaluation_id === null ? null : Number(row.evaluation_id),
  };
}
