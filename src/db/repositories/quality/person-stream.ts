// The read of every active person for the whole-register quality scan (T12): one COPY (select …) TO STDOUT of the
// scan columns, in the table's own order, handed over as the server's text. The scan holds the text and groups the
// rows by birth date and sex itself (a counting sort on its side is linear; the server's sort of 6.5 million rows
// cost more than every check). PostgreSQL streams the text; PGlite (an embedded register of at most a few hundred
// thousand persons) writes it to its /dev/blob device in one piece.
import type { Database } from '../../connection.ts';
import { to as copyTo } from 'pg-copy-streams';
import { copyToPgliteBlob } from '../../app-role.ts';

/** The columns of a scan row, in order; every value is text, empty where the register holds NULL. */
export const SCAN_COLUMNS = [
  'person_id',
  'id_number',
  'name',
  'sex',
  'birth_date',
  'ethnicity',
  'relation',
  'household_id',
  'county_code',
  'former_name',
  'birth_place',
  'native_place',
  'household_kind',
  'former_type',
] as const;
export type ScanColumn = (typeof SCAN_COLUMNS)[number];
export type ScanFields = Array<string | null>;
export const COLUMN: { readonly [K in ScanColumn]: number } = Object.fromEntries(
  SCAN_COLUMNS.map((c, i) => [c, i]),
) as never;

// The optional texts as empty text instead of NULL: the detectors treat both as "not there", and lines without \N
// need no unescaping. (Every other column is set on an active person; casts to text would only cost the server.)
// The household's kind comes by a hash join, about 1.4 s of the server's time at 6.5 million, beside this side's work.
const EXPRESSION: Partial<Record<ScanColumn, string>> = {
  former_name: "coalesce(p.former_name, '')",
  birth_place: "coalesce(p.birth_place, '')",
  native_place: "coalesce(p.native_place, '')",
  household_kind: "coalesce(h.kind, '')",
  former_type: "coalesce(p.former_type, '')",
};
export const ACTIVE_PERSONS_SELECT =
  `select ${SCAN_COLUMNS.map((c) => EXPRESSION[c] ?? `p.${c}`).join(', ')} ` +
  `from person p left join household h on h.household_id = p.household_id where p.status = 'active'`;

const PIECE_BYTES = 1 << 20;

/** Every active person as COPY text, chunk by chunk; one statement, so one snapshot of the register. */
export async function streamActivePersons(
  database: Database,
  onChunk: (chunk: Uint8Array) => void,
): Promise<void> {
  const copy = `copy (${ACTIVE_PERSONS_SELECT}) to`;
  if (database.native.kind === 'pglite') {
    const result = await copyToPgliteBlob(database.native.client, `${copy} '/dev/blob'`);
    if (!result.blob) return;
    // Handed over in pieces with a turn of the event loop between them, as a stream would: the server that runs
    // the scan keeps answering.
    const text = new Uint8Array(await result.blob.arrayBuffer());
    for (let at = 0; at < text.length; at += PIECE_BYTES) {
      onChunk(text.subarray(at, at + PIECE_BYTES));
      await new Promise((resolve) => setImmediate(resolve));
    }
    return;
  }
  const client = await database.native.pool.connect();
  let failed = false;
  try {
    for await (const chunk of client.query(copyTo(`${copy} stdout`)) as unknown as AsyncIterable<Buffer>)
      onChunk(chunk);
  } catch (e) {
    failed = true;
    throw e;
  } finally {
    // A connection left inside a COPY is not given back to the pool for reuse: it is closed.
    client.release(failed);
  }
}
