// The ordered read of every active person for the whole-register quality scan (T12), as rows of text fields in
// SCAN_COLUMNS order. PostgreSQL streams one COPY (select … order by birth date, sex) TO STDOUT and the text is
// split here: at 6.5 million persons, parsing row objects would cost more than the checks. PGlite (an embedded
// register of at most a few hundred thousand persons) reads the same select through a cursor as arrays.
import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { CopyTextRows } from '../../copy-text.ts';
import type { Database } from '../../connection.ts';

/** The columns of a scan row, in order; every value is text, empty where the register holds NULL. */
export const SCAN_COLUMNS = [
  'person_id', 'id_number', 'name', 'sex', 'birth_date', 'ethnicity', 'relation', 'household_id', 'county_code',
  'former_name', 'birth_place', 'native_place',
] as const;
export type ScanColumn = (typeof SCAN_COLUMNS)[number];
export type ScanFields = Array<string | null>;
export const COLUMN: { readonly [K in ScanColumn]: number } = Object.fromEntries(SCAN_COLUMNS.map((c, i) => [c, i])) as never;

// Empty text for NULL: the detectors treat both as "not there", and lines without \N need no unescaping.
export const ORDERED_SELECT = `select ${SCAN_COLUMNS.map((c) => `coalesce(${c}::text, '')`).join(', ')}
  from person where status = 'active' order by birth_date, sex`;

export interface StreamOptions {
  /** PostgreSQL work_mem for the sort of the active persons (letters and digits only). */
  workMem?: string;
  batchSize?: number;
  /** About how many persons one birth-date range holds (PostgreSQL); the ranges are read one after another. */
  partitionRows?: number;
}

/**
 * Every active person ordered by (birth date, sex), so duplicate blocks arrive whole, handed over in batches.
 * Memory stays flat: the server sorts, this side holds one batch.
 */
export async function streamOrderedPersons(
  database: Database,
  onBatch: (rows: ScanFields[]) => void,
  options: StreamOptions = {},
): Promise<{ persons: number; ranges: number }> {
  return database.native.kind === 'postgres'
    ? streamFromPostgres(database.native.pool, onBatch, options)
    : streamFromPglite(database.native.client, onBatch, options);
}

/** `set local work_mem` for a transaction, the value reduced to letters and digits (it is spliced into SQL). */
export function workMemSetting(workMem: string | undefined): string | null {
  return workMem ? `set local work_mem = '${workMem.replace(/[^0-9A-Za-z]/g, '')}'` : null;
}

/** Birth dates splitting the active persons into about equal parts, read from the planner's histogram (no scan). */
async function birthDateBounds(client: pg.PoolClient, parts: number): Promise<string[]> {
  if (parts <= 1) return [];
  const { rows } = await client.query<{ bounds: string[] | null }>(
    `select histogram_bounds::text::date[]::text[] as bounds from pg_stats where tablename = 'person' and attname = 'birth_date'`,
  );
  const bounds = rows[0]?.bounds ?? [];
  const cuts = new Set<string>();
  for (let i = 1; i < parts; i++) {
    const b = bounds[Math.round((i * (bounds.length - 1)) / parts)];
    if (b) cuts.add(b);
  }
  return [...cuts].sort();
}

const partitionSelect = (from: string | undefined, to: string | undefined) =>
  ORDERED_SELECT.replace('order by', `${from ? `and birth_date >= '${from}'::date ` : ''}${to ? `and birth_date < '${to}'::date ` : ''}order by`);

/**
 * The ordered read in birth-date ranges, each one COPY on its own connection, all in one exported snapshot (the
 * ranges together are exactly the register at one moment). The next range is sorted by the server while this side
 * checks the current one: on two cores the sort and the checks overlap instead of taking turns.
 */
async function streamFromPostgres(pool: pg.Pool, onBatch: (rows: ScanFields[]) => void, options: StreamOptions): Promise<{ persons: number; ranges: number }> {
  const lead = await pool.connect();
  const opened: pg.PoolClient[] = [lead];
  let total = 0;
  let failed = false;
  try {
    await lead.query('begin isolation level repeatable read read only');
    const { rows: [count] } = await lead.query<{ n: number }>(`select reltuples::float8 as n from pg_class where relname = 'person'`);
    const cuts = await birthDateBounds(lead, Math.ceil((count?.n ?? 0) / (options.partitionRows ?? 1_000_000)));
    const { rows: [snap] } = await lead.query<{ id: string }>('select pg_export_snapshot() as id');
    const ranges = [undefined, ...cuts].map((from, i) => partitionSelect(from, cuts[i]));
    const start = async (select: string, first: boolean) => {
      const client = first ? lead : await pool.connect();
      if (!first) {
        opened.push(client);
        await client.query('begin isolation level repeatable read read only');
        await client.query(`set transaction snapshot '${snap!.id.replace(/[^0-9A-Za-z-]/g, '')}'`);
      }
      const setting = workMemSetting(options.workMem);
      if (setting) await client.query(setting);
      return client.query(copyTo(`copy (${select}) to stdout`));
    };
    let next = start(ranges[0]!, true);
    for (let i = 0; i < ranges.length; i++) {
      const stream = await next;
      if (i + 1 < ranges.length) {
        next = start(ranges[i + 1]!, false);
        next.catch(() => {}); // awaited next round; this only keeps a failure there from going unhandled meanwhile
      }
      total += await drain(stream, onBatch);
    }
    for (const client of opened) await client.query('rollback');
    return { persons: total, ranges: ranges.length };
  } catch (e) {
    failed = true;
    throw e;
  } finally {
    // A connection left inside a COPY is not given back to the pool for reuse: it is closed.
    for (const client of opened) client.release(failed);
  }
}

async function drain(stream: AsyncIterable<Buffer>, onBatch: (rows: ScanFields[]) => void): Promise<number> {
  const rows = new CopyTextRows();
  let total = 0;
  for await (const chunk of stream) {
    const batch = rows.push(chunk);
    total += batch.length;
    if (batch.length) onBatch(batch);
  }
  const last = rows.end();
  if (last.length) onBatch(last);
  return total + last.length;
}

async function streamFromPglite(client: PGlite, onBatch: (rows: ScanFields[]) => void, options: StreamOptions): Promise<{ persons: number; ranges: number }> {
  let total = 0;
  await client.transaction(async (tx) => {
    await tx.query(`declare quality_persons no scroll cursor for ${ORDERED_SELECT}`);
    for (;;) {
      const { rows } = await tx.query<ScanFields>(`fetch forward ${Math.floor(options.batchSize ?? 20_000)} from quality_persons`, [], { rowMode: 'array' });
      if (!rows.length) break;
      total += rows.length;
      onBatch(rows);
    }
    await tx.query('close quality_persons');
  });
  return { persons: total, ranges: 1 };
}

