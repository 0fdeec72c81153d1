// Reading the audit hash chains (issue 13) for `hukou audit verify`: the heads and every row in chain order, in one
// snapshot, streamed — PostgreSQL as COPY … TO STDOUT text, PGlite through a cursor (one page in memory). Each row
// comes as its chain_seq, key, hashes and the canonical field texts of src/domain/audit/chain.ts. The texts are
// rendered here, not by the database's own chain functions: whoever can replace those must not be able to make
// verification agree with them.
import { StringDecoder } from 'node:string_decoder';
import { to as copyTo } from 'pg-copy-streams';
import type { Database } from '../connection.ts';
import { copyField } from '../copy-text.ts';
import { CHAINS, type ChainTable, type FieldKind } from '../../domain/audit/chain.ts';
import type { ChainHead, ChainRow } from '../../domain/audit/walk.ts';

const RENDER: Record<FieldKind, (column: string) => string> = {
  text: (c) => `${c}::text`,
  time: (c) => `to_char(${c} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
};

function chainSelect(table: ChainTable): string {
  const { key, fields } = CHAINS[table];
  const values = fields.map((f) => RENDER[f.kind](f.name)).join(', ');
  return (
    `select chain_seq::text, ${key}::text, encode(prev_hash, 'hex'), encode(row_hash, 'hex'), ${values} ` +
    // Qualified: the output columns of the same names are text, and ORDER BY would sort those.
    `from ${table} t order by t.chain_seq, t.${key}`
  );
}

function toRow(fields: ReadonlyArray<string | null>): ChainRow {
  return {
    seq: Number(fields[0]),
    key: fields[1] ?? '',
    prevHash: Buffer.from(fields[2] ?? '', 'hex'),
    rowHash: Buffer.from(fields[3] ?? '', 'hex'),
    values: fields.slice(4),
  };
}

export interface ChainReader {
  /** Rows of each chain as stored in the snapshot, for a progress total. */
  heads: Map<ChainTable, ChainHead>;
  rows(table: ChainTable, onRow: (row: ChainRow) => boolean | void): Promise<void>;
}

const HEADS = `select chain, last_seq::text, encode(last_hash, 'hex') from audit_chain_head`;

function headsOf(rows: ReadonlyArray<ReadonlyArray<string>>): Map<ChainTable, ChainHead> {
  return new Map(
    rows.map(([chain, seq, hash]) => [
      chain as ChainTable,
      { lastSeq: Number(seq), lastHash: Buffer.from(hash!, 'hex') },
    ]),
  );
}

/** Run `work` with a reader over one snapshot (repeatable read): heads and rows agree. onRow returning false stops. */
export async function withChainReader<T>(
  database: Database,
  work: (reader: ChainReader) => Promise<T>,
): Promise<T> {
  const native = database.native;
  if (native.kind === 'postgres') {
    const client = await native.pool.connect();
    // Stopping a COPY midway leaves the connection inside it: it is then closed instead of given back.
    let abandoned = false;
    try {
      await client.query('begin isolation level repeatable read read only');
      const heads = headsOf((await client.query({ text: HEADS, rowMode: 'array' })).rows);
      const result = await work({
        heads,
        async rows(table, onRow) {
          if (abandoned) return;
          const decoder = new StringDecoder('utf8');
          let rest = '';
          for await (const chunk of client.query(
            copyTo(`copy (${chainSelect(table)}) to stdout`),
          ) as unknown as AsyncIterable<Buffer>) {
            const lines = (rest + decoder.write(chunk)).split('\n');
            rest = lines.pop()!;
            for (const line of lines) {
              if (onRow(toRow(line.split('\t').map(copyField))) === false) {
                abandoned = true;
                return;
              }
            }
          }
        },
      });
      if (!abandoned) await client.query('commit');
      return result;
    } catch (e) {
      abandoned = true;
      throw e;
    } finally {
      client.release(abandoned);
    }
  }
  return native.client.transaction(async (tx) => {
    await tx.query('set transaction isolation level repeatable read, read only');
    const heads = headsOf((await tx.query<string[]>(HEADS, [], { rowMode: 'array' })).rows);
    return work({
      heads,
      async rows(table, onRow) {
        await tx.query(`declare chain_cursor no scroll cursor for ${chainSelect(table)}`);
        try {
          for (;;) {
            const page = await tx.query<Array<string | null>>('fetch 10000 from chain_cursor', [], {
              rowMode: 'array',
            });
            if (page.rows.length === 0) return;
            for (const r of page.rows) if (onRow(toRow(r)) === false) return;
          }
        } finally {
          await tx.query('close chain_cursor');
        }
      },
    });
  });
}
