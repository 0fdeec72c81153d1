// The live indicators' reads of the register (src/app/supervision/indicator-sources.ts decides which exist).
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../schema.ts';

/** Settlement applications registered before `end`, counted per clause their decision cites. */
export async function settlementsByClause(db: Kysely<DB>, end: Date) {
  const r = await sql<{ clause: string; n: string }>`
    select c.clause, count(*) as n
    from settlement_application a, jsonb_array_elements_text(coalesce(a.decision_clauses, '[]'::jsonb)) as c(clause)
    where a.state = 'registered' and a.state_entered_at < ${end}
    group by c.clause order by c.clause`.execute(db);
  return r.rows.map((x) => ({ clause: x.clause, count: Number(x.n) }));
}

/** T12 findings found before `end`: cleared (resolved or dismissed before `end`) and still open then. */
export async function findingsCleared(db: Kysely<DB>, end: Date) {
  const r = await db
    .selectFrom('quality_finding')
    .select([
      sql<string>`count(*) filter (where resolved_at is not null and resolved_at < ${end})`.as('cleared'),
      sql<string>`count(*) filter (where resolved_at is null or resolved_at >= ${end})`.as('open'),
    ])
    .where('first_found_at', '<', end)
    .executeTakeFirstOrThrow();
  return { cleared: Number(r.cleared), open: Number(r.open) };
}
