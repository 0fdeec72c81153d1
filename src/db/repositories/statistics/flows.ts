// Registered moves by month for the migration measures and T3, read from the append-only registry events: the
// household's unit is one side of a move, the event's from/to the other (a place outside the register is written
// as text or a code from elsewhere: it counts as outside every area of the city). Grouped by town, so any scope
// (city, county, town) is answered from the same rows.
import { sql, type Kysely } from 'kysely';
import type { MoveCell } from '../../../domain/statistics/flows.ts';
import type { DB } from '../../schema.ts';

/** Moves recorded after `from` up to `to` (both moments), by month in 昭通 and by the towns on either side. */
export async function moveCells(db: Kysely<DB>, from: Date, to: Date, county?: string): Promise<MoveCell[]> {
  const other = sql`coalesce(e.body->>'from', e.body->>'to')`;
  const r = await sql<{ month: string; kind: string; other: string | null; town: string; n: number }>`
    select to_char((e.at at time zone 'UTC') + interval '8 hours', 'YYYY-MM') as month,
           e.kind,
           case when ${other} ~ '^\\d{9}' then left(${other}, 9) end as other,
           left(h.division_code, 9) as town,
           count(*)::int as n
      from registry_event e
      join household h on h.household_id = (case when e.kind = 'household-created'
                                                 then e.body->'household'->>'householdId'
                                                 else e.body->>'householdId' end)::uuid
     where e.kind in ('moved-in', 'moved-out', 'household-created')
       and e.at > ${from} and e.at <= ${to}
       ${county ? sql`and e.county_code = ${county}` : sql``}
     group by 1, 2, 3, 4`.execute(db);
  return r.rows.map((c) =>
    c.kind === 'moved-out'
      ? { month: c.month, from: c.town, to: c.other, n: c.n }
      : { month: c.month, from: c.other, to: c.town, n: c.n },
  );
}
