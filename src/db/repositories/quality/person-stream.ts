// The ordered read of every active person for the whole-register quality scan (T12), as rows of text fields in
// SCAN_COLUMNS order. PostgreSQL streams one COPY (select … order by birth date, sex) TO STDOUT and the text is
// split here: at 6.5 million persons, parsing row objects would cost more than the checks. PGlite (an embedded
// register of at most a few hundred thousand persons) reads the same select through a cursor as arrays.
import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { CopyTextRows } from '../../copy-text.ts';
import type { Database } from '../../connection.ts';

/** The columns of a scan row, in order; every value is text or null. */
export const SCAN_COLUMNS = [
  'person_id', 'id_number', 'name', 'sex', 'birth_date', 'ethnicity', 'relation', 'household_id', 'county_code',
  'former_name', 'birth_place', 'native_place',
] as const;
export type ScanColumn = (typeof SCAN_COLUMNS)[number];
export type ScanFields = Array<string | null>;
export const COLUMN: { readonly [K in ScanColumn]: number } = Object.fromEntries(SCAN_COLUMNS.map((c, i) => [c, i])) as never;

const ORDERED_SELECT = `select ${SCAN_COLUMNS.map((c) => `${c}::text`).join(', ')}
  from person where status = 'active' order by birth_date, sex`;

export interface StreamOptions {
  /** PostgreSQL work_mem for the sort of the active persons (letters and digits only). */
  workMem?: string;
  batchSize?: number;
}

/**
 * Every active person ordered by (birth date, sex), so duplicate blocks arrive whole, handed over in batches.
 * Memory stays flat: the server sorts, this side holds one batch.
 */
export async function streamOrderedPersons(
  database: Database,
  onBatch: (rows: ScanFields[]) => void,
  options: StreamOptions = {},
): Promise<number> {
  return database.native.kind === 'postgres'
    ? streamFromPostgres(database.native.pool, onBatch, options)
    : streamFromPglite(database.native.client, onBatch, options);
}

function workMemSetting(workMem: string | undefined): string | null {
  return workMem ? `set local work_mem = '${workMem.replace(/[^0-9A-Za-z]/g, '')}'` : null;
}

async function streamFromPostgres(pool: pg.Pool, onBatch: (rows: ScanFields[]) => void, options: StreamOptions): Promise<number> {
  const client = await pool.connect();
  let total = 0;
  try {
    await client.query('begin read only');
    const setting = workMemSetting(options.workMem);
    if (setting) await client.query(setting);
    const rows = new CopyTextRows();
    const stream = client.query(copyTo(`copy (${ORDERED_SELECT}) to stdout`));
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      const batch = rows.push(chunk);
      total += batch.length;
      if (batch.length) onBatch(batch);
    }
    const last = rows.end();
    total += last.length;
    if (last.length) onBatch(last);
    await client.query('commit');
    return total;
  } catch (e) {
    await client.query('rollback').catch(() => {});
    throw e;
  } finally {
    client.release();
  }
}

async function streamFromPglite(client: PGlite, onBatch: (rows: ScanFields[]) => void, options: StreamOptions): Promise<number> {
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
  return total;
}

