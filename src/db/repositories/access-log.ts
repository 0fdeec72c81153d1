// "Who looked at my record": the audit rows naming any of a person's records (person_ids, GIN-indexed by 0600), with
// the unit of whoever read — a user's department and jurisdiction, or a department token's — never a username.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../schema.ts';

/** Does the number (application or permit) belong to this ID number? The same answer for wrong and unknown. */
export async function numberBelongsTo(db: Kysely<DB>, number: string, idNumber: string): Promise<boolean> {
  const r = await sql<{ ok: boolean }>`
    select exists (select 1 from settlement_application where number = ${number} and applicant_id_number = ${idNumber})
        or exists (select 1 from move_permit where number = ${number} and holder_id_number = ${idNumber}) as ok`.execute(
    db,
  );
  return r.rows[0]?.ok === true;
}

export async function personIdsOf(db: Kysely<DB>, idNumber: string): Promise<string[]> {
  const rows = await db.selectFrom('person').select('person_id').where('id_number', '=', idNumber).execute();
  return rows.map((r) => r.person_id);
}

export interface AccessRow {
  at: Date;
  action: string;
  actor_role: string | null;
  purpose: string | null;
  department: string | null;
  jurisdiction: string | null;
  via_token: boolean;
}

export async function accessRows(
  db: Kysely<DB>,
  personIds: readonly string[],
  limit: number,
  offset: number,
) {
  const ids = sql`${[...personIds]}::uuid[]`;
  const [rows, total] = await Promise.all([
    sql<AccessRow>`
      select a.at, a.action, a.actor_role, a.purpose,
        coalesce(t.department, u.department) as department, coalesce(t.jurisdiction, u.jurisdiction) as jurisdiction,
        t.id is not null as via_token
      from audit_log a
      left join app_user u on u.id = a.actor_id
      left join api_token t on a.actor_username = 'token:' || t.id::text
      where a.person_ids && ${ids}
      order by a.at desc, a.id desc
      limit ${limit} offset ${offset}`.execute(db),
    sql<{ n: number }>`select count(*)::int as n from audit_log where person_ids && ${ids}`.execute(db),
  ]);
  return { rows: rows.rows, total: Number(total.rows[0]?.n ?? 0) };
}
