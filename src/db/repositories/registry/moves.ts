// Move records for the T3 trigger, read from the registry's append-only event table (issue 3's migration).
// The household's own division is one side of a move; the event's `from` / `to` is the other. Filtered on
// the county code (the distribution key), because both move-ins and move-outs of a town are recorded there.
import { sql, type Kysely } from 'kysely';
import type { MoveRecord } from '../../../domain/policy/triggers.ts';
import type { DB } from '../../schema.ts';

export async function loadMoveRecords(
  db: Kysely<DB>,
  counties: string[],
  from: string,
  to: string,
): Promise<{ moves: MoveRecord[]; source: string }> {
  const exists = await sql<{ t: string | null }>`select to_regclass('registry_event')::text as t`.execute(db);
  if (!exists.rows[0]?.t)
    return { moves: [], source: 'registry_event table not present: no registry events yet' };
  const rows = await sql<{ date: string; kind: string; other: string | null; division: string }>`
    select e.at::text as date, e.kind, coalesce(e.body->>'from', e.body->>'to') as other, h.division_code as division
      from registry_event e
      join household h on h.household_id = (case when e.kind = 'household-created'
                                                 then e.body->'household'->>'householdId'
                                                 else e.body->>'householdId' end)::uuid
     where e.county_code in (${sql.join(counties)})
       and e.kind in ('moved-in', 'moved-out', 'household-created')
       and e.at >= ${from}::date and e.at < ${to}::date`.execute(db);
  const moves = rows.rows.map((r): MoveRecord =>
    r.kind === 'moved-out'
      ? { date: r.date, from: r.division, to: r.other }
      : { date: r.date, from: r.other, to: r.division },
  );
  return { moves, source: 'registry_event' };
}
