// Stored figure tables (1100 stats_snapshot): one per day; a final one (its day had ended) never changes.
import { sql, type Kysely } from 'kysely';
import type { DayFigures } from '../../../domain/statistics/cells.ts';
import type { DB } from '../../schema.ts';

export interface StoredFigures {
  figures: DayFigures;
  at: Date;
  computedAt: Date;
  final: boolean;
}

export async function readSnapshot(db: Kysely<DB>, day: string): Promise<StoredFigures | null> {
  const r = await db.selectFrom('stats_snapshot').selectAll().where('as_of', '=', day).executeTakeFirst();
  if (!r) return null;
  const body = typeof r.body === 'string' ? (JSON.parse(r.body) as DayFigures) : (r.body as DayFigures);
  return { figures: body, at: new Date(r.at), computedAt: new Date(r.computed_at), final: r.final };
}

/** Store a day's figures; a final snapshot already there is kept (two computations of a past day agree). */
export async function writeSnapshot(db: Kysely<DB>, s: StoredFigures): Promise<void> {
  await sql`insert into stats_snapshot (as_of, at, computed_at, final, body)
            values (${s.figures.asOf}, ${s.at}, ${s.computedAt}, ${s.final}, ${JSON.stringify(s.figures)}::jsonb)
            on conflict (as_of) do update set at = excluded.at, computed_at = excluded.computed_at,
                                              final = excluded.final, body = excluded.body
            where not stats_snapshot.final`.execute(db);
}

/** The stored days between two days (inclusive), for the trend. */
export async function snapshotsBetween(db: Kysely<DB>, from: string, to: string): Promise<StoredFigures[]> {
  const rows = await db
    .selectFrom('stats_snapshot')
    .selectAll()
    .where('as_of', '>=', from)
    .where('as_of', '<=', to)
    .orderBy('as_of')
    .execute();
  return rows.map((r) => ({
    figures: (typeof r.body === 'string' ? JSON.parse(r.body) : r.body) as DayFigures,
    at: new Date(r.at),
    computedAt: new Date(r.computed_at),
    final: r.final,
  }));
}
