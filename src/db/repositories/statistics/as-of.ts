// The register as it stood at a moment (migration 1100): current rows already true then, and history rows true
// then and replaced later. An imported row with no valid_from is true from its batch's baseline; rows of a batch
// that never committed were never part of the register.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DB } from '../../schema.ts';

type Table = 'person' | 'household';

/** The condition "this row of `alias` (a current or a history row, joined to its batch as b) was true at `at`". */
function trueAt(alias: string, at: Date, history: boolean): RawBuilder<boolean> {
  const a = sql.ref(alias);
  const since = sql`coalesce(${a}.valid_from, b.baseline_at)`;
  const committed = sql`(${a}.import_batch_id is null or b.status = 'committed')`;
  const until = history ? sql` and ${a}.valid_to > ${at}` : sql``;
  return sql<boolean>`${a}.status = 'active' and ${committed} and ${since} <= ${at}${until}`;
}

/** FROM-clause fragments for the rows of `table` true at `at`, current and history, each aliased `alias`. */
export function rowsTrueAt(
  table: Table,
  alias: string,
  at: Date,
): [RawBuilder<unknown>, RawBuilder<unknown>] {
  const batch = (x: string) => sql`left join import_batch b on b.batch_id = ${sql.ref(x)}.import_batch_id`;
  const current = sql`${sql.table(table)} ${sql.ref(alias)} ${batch(alias)} where ${trueAt(alias, at, false)}`;
  const history = sql`${sql.table(`${table}_history`)} ${sql.ref(alias)} ${batch(alias)} where ${trueAt(alias, at, true)}`;
  return [current, history];
}

export interface AsOfPage {
  /** A division code: 4 digits (the city: everything), 6 (a county) or 9 (a town: by the household's unit). */
  within?: string;
  /** Keyset: rows after this id, in id order. */
  after?: string;
  limit?: number;
}

function withinFilter(table: Table, within: string | undefined): RawBuilder<unknown> {
  if (!within || within.length <= 4) return sql`true`;
  if (within.length === 6) return sql`x.county_code = ${within}`;
  const unit = `${within}%`;
  return table === 'household'
    ? sql`x.division_code like ${unit}`
    : sql`exists (select 1 from household u where u.household_id = x.household_id and u.division_code like ${unit})`;
}

async function rowsAt<T>(db: Kysely<DB>, table: Table, at: Date, page: AsOfPage): Promise<T[]> {
  const key = sql.ref(`x.${table}_id`);
  const filters = [
    withinFilter(table, page.within),
    page.after ? sql`${key} > ${page.after}::uuid` : sql`true`,
  ];
  const [current, history] = rowsTrueAt(table, 'x', at);
  const where = sql.join(filters, sql` and `);
  const limit = page.limit === undefined ? sql`` : sql` limit ${page.limit}`;
  const q = sql<T>`select x.*, null::timestamptz as valid_to from ${current} and ${where}
                   union all
                   select x.* from ${history} and ${where}
                   order by 1${limit}`;
  return (await q.execute(db)).rows;
}

export function personsAt<T>(db: Kysely<DB>, at: Date, page: AsOfPage = {}) {
  return rowsAt<T>(db, 'person', at, page);
}

export function householdsAt<T>(db: Kysely<DB>, at: Date, page: AsOfPage = {}) {
  return rowsAt<T>(db, 'household', at, page);
}

/** How many persons and households were active at `at` (of one county, or all). */
export async function countsAt(db: Kysely<DB>, at: Date, within?: string) {
  const count = async (table: Table) => {
    const [current, history] = rowsTrueAt(table, 'x', at);
    const c = withinFilter(table, within);
    const r = await sql<{ n: string }>`select (select count(*) from ${current} and ${c})
                                            + (select count(*) from ${history} and ${c}) as n`.execute(db);
    return Number(r.rows[0]!.n);
  };
  const [persons, households] = await Promise.all([count('person'), count('household')]);
  return { persons, households };
}
