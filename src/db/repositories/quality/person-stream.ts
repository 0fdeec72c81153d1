// The ordered read of every active person for the whole-register quality scan (T12), as rows of text fields in
// SCAN_COLUMNS order. PostgreSQL streams COPY (select … order by birth date, sex) TO STDOUT in slices merged on this
// side (ordered-slices.ts) and the text is split here: at 6.5 million persons, parsing row objects would cost more
// than the checks. PGlite (an embedded register of at most a few hundred thousand persons) reads the same select
// through a cursor as arrays.
import type { PGlite } from '@electric-sql/pglite';
import type { Database } from '../../connection.ts';
import { streamSlicesMerged } from './ordered-slices.ts';

/** The columns of a scan row, in order; every value is text, empty where the register holds NULL. */
export const SCAN_COLUMNS = [
  'person_id', 'id_number', 'name', 'sex', 'birth_date', 'ethnicity', 'relation', 'household_id', 'county_code',
  'former_name', 'birth_place', 'native_place',
] as const;
export type ScanColumn = (typeof SCAN_COLUMNS)[number];
export type ScanFields = Array<string | null>;
export const COLUMN: { readonly [K in ScanColumn]: number } = Object.fromEntries(SCAN_COLUMNS.map((c, i) => [c, i])) as never;

// The optional texts as empty text instead of NULL: the detectors treat both as "not there", and lines without \N
// need no unescaping. (Every other column is set on an active person; casts to text would only cost the server.)
const OPTIONAL = new Set<string>(['former_name', 'birth_place', 'native_place']);
const SELECT_ACTIVE = `select ${SCAN_COLUMNS.map((c) => (OPTIONAL.has(c) ? `coalesce(${c}, '')` : c)).join(', ')} from person where status = 'active'`;
// Bytewise order of sex (collate "C"), the order in which the slices' streams are merged as JavaScript strings.
const ORDER_BY = `order by birth_date, sex collate "C"`;
export const ORDERED_SELECT = `${SELECT_ACTIVE} ${ORDER_BY}`;

export interface StreamOptions {
  /** PostgreSQL work_mem for the sorts of the slices (letters and digits only). */
  workMem?: string;
  batchSize?: number;
  /** About how many persons one slice of the table holds on PostgreSQL (at most MAX_SLICES slices). */
  partitionRows?: number;
}

/** More slices sort on more connections at once; past the cores there is nothing to gain and memory to lose. */
const MAX_SLICES = 4;

/**
 * Every active person ordered by (birth date, sex), so duplicate blocks arrive whole, handed over in batches.
 * Memory stays flat: the server sorts, this side holds a batch per slice.
 */
export async function streamOrderedPersons(
  database: Database,
  onBatch: (rows: ScanFields[]) => void,
  options: StreamOptions = {},
): Promise<{ persons: number; ranges: number }> {
  if (database.native.kind === 'pglite') return streamFromPglite(database.native.client, onBatch, options);
  const estimate = await database.native.pool.query<{ n: number }>(`select reltuples::float8 as n from pg_class where relname = 'person'`);
  const slices = Math.min(MAX_SLICES, Math.max(1, Math.ceil((estimate.rows[0]?.n ?? 0) / (options.partitionRows ?? 1_000_000))));
  return streamSlicesMerged(database.native.pool, onBatch, {
    select: SELECT_ACTIVE, orderBy: ORDER_BY, keyFields: [COLUMN.birth_date, COLUMN.sex], slices,
    setting: workMemSetting(options.workMem), batchSize: options.batchSize ?? 5_000,
  });
}

/** `set local work_mem` for a transaction, the value reduced to letters and digits (it is spliced into SQL). */
export function workMemSetting(workMem: string | undefined): string | null {
  return workMem ? `set local work_mem = '${workMem.replace(/[^0-9A-Za-z]/g, '')}'` : null;
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

