// The ordered read of the active persons on PostgreSQL, in slices of the table merged here. The table is cut into
// contiguous page ranges (TID range scans, so every page is read once), each slice is sorted by (birth date, sex) by
// the server on its own connection — on two cores the sorts run side by side — and the sorted streams are merged
// into one order on this side. All slices read one exported snapshot: together they are the register at one moment.
// (Cutting by birth-date ranges instead was measured to read the whole table once per range: the rows of one birth
// year are spread over every page.)
import type pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { copyRows } from '../../copy-text.ts';

type Fields = Array<string | null>;

export interface SliceOptions {
  /** The select of the scan columns, ending in `where <filter>` so a page range can be added. */
  select: string;
  /** Its order by clause; the merge compares the key fields as JavaScript strings, so it must order bytewise. */
  orderBy: string;
  /** Index of the birth-date and the sex field in a row, the merge key. */
  keyFields: [number, number];
  slices: number;
  /** A `set local …` statement for each slice's transaction (work_mem for its sort), or null. */
  setting: string | null;
  batchSize: number;
}

/** Page ranges [from, to) covering the table in about equal parts. */
function pageRanges(pages: number, slices: number): Array<[number, number | null]> {
  const per = Math.max(1, Math.ceil(pages / slices));
  const out: Array<[number, number | null]> = [];
  for (let from = 0; from < pages; from += per) out.push([from, from + per < pages ? from + per : null]);
  return out.length ? out : [[0, null]];
}

export async function streamSlicesMerged(pool: pg.Pool, onBatch: (rows: Fields[]) => void, options: SliceOptions): Promise<{ persons: number; ranges: number }> {
  const lead = await pool.connect();
  const opened: pg.PoolClient[] = [lead];
  let failed = false;
  try {
    await lead.query('begin isolation level repeatable read read only');
    const { rows: [size] } = await lead.query<{ pages: string }>(`select pg_relation_size('person') / current_setting('block_size')::int as pages`);
    const { rows: [snap] } = await lead.query<{ id: string }>('select pg_export_snapshot() as id');
    const ranges = pageRanges(Number(size?.pages ?? 0), options.slices);
    const streams: Array<AsyncGenerator<Fields[]>> = [];
    for (const [i, [from, to]] of ranges.entries()) {
      const client = i === 0 ? lead : await pool.connect();
      if (i > 0) {
        opened.push(client);
        await client.query('begin isolation level repeatable read read only');
        await client.query(`set transaction snapshot '${snap!.id.replace(/[^0-9A-Za-z-]/g, '')}'`);
      }
      if (options.setting) await client.query(options.setting);
      const pages = `and ctid >= '(${from},0)'::tid${to === null ? '' : ` and ctid < '(${to},0)'::tid`}`;
      const sql = `copy (${options.select} ${pages} ${options.orderBy}) to stdout`;
      streams.push(copyRows(client.query(copyTo(sql)) as unknown as AsyncIterable<Buffer>));
    }
    const persons = await mergeSorted(streams, options.keyFields, options.batchSize, onBatch);
    for (const client of opened) await client.query('rollback');
    return { persons, ranges: ranges.length };
  } catch (e) {
    failed = true;
    throw e;
  } finally {
    // A connection left inside a COPY is not given back to the pool for reuse: it is closed.
    for (const client of opened) client.release(failed);
  }
}

interface Head {
  rows: Fields[];
  at: number;
  source: AsyncGenerator<Fields[]>;
}

/** K-way merge of streams sorted by (birth date, sex); K is a handful, so the smallest head is found by a look at each. */
async function mergeSorted(sources: Array<AsyncGenerator<Fields[]>>, [dateField, sexField]: [number, number], batchSize: number, onBatch: (rows: Fields[]) => void): Promise<number> {
  const heads: Head[] = [];
  for (const source of sources) {
    const first = await source.next();
    if (!first.done) heads.push({ rows: first.value, at: 0, source });
  }
  let out: Fields[] = [];
  let total = 0;
  while (heads.length) {
    let min = 0;
    for (let h = 1; h < heads.length; h++) {
      const a = heads[h]!.rows[heads[h]!.at]!;
      const b = heads[min]!.rows[heads[min]!.at]!;
      const byDate = a[dateField]! < b[dateField]! ? -1 : a[dateField]! > b[dateField]! ? 1 : 0;
      if (byDate < 0 || (byDate === 0 && a[sexField]! < b[sexField]!)) min = h;
    }
    const head = heads[min]!;
    out.push(head.rows[head.at++]!);
    total++;
    if (out.length >= batchSize) {
      onBatch(out);
      out = [];
    }
    if (head.at === head.rows.length) {
      const next = await head.source.next();
      if (next.done) heads.splice(min, 1);
      else {
        head.rows = next.value;
        head.at = 0;
      }
    }
  }
  if (out.length) onBatch(out);
  return total;
}
