// Bulk writing for the two engines. PostgreSQL: one COPY … FROM STDIN stream per table on a dedicated connection,
// written with back pressure (the server ingests while the next rows are prepared). PGlite: COPY … FROM
// '/dev/blob' per chunk of rows (PGlite has no COPY protocol stream; the blob is one chunk, so memory stays flat).
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Database } from '../../db/connection.ts';
import { fastBlobReads } from './pglite-blob.ts';
import { fastMissingFiles } from './pglite-fs.ts';

export interface CopyTarget {
  /** Queue CSV text or its UTF-8 bytes (rows in COPY csv format); await only when a promise is returned. */
  write(text: string | Uint8Array<ArrayBuffer>): Promise<void> | undefined;
  /** Flush and finish the COPY. */
  end(): Promise<void>;
}

export interface BulkSink {
  /**
   * A COPY into table. Several may be open at once (memberships beside persons): PGlite writes them in one
   * transaction per chunk, the referenced rows first; PostgreSQL streams each on a connection of its own, each
   * committing when it ends — a killed load leaves its batch to the next import's purge either way (batch.ts).
   */
  copy(table: string, columns: readonly string[]): Promise<CopyTarget>;
  query<R = Record<string, unknown>>(text: string, params?: unknown[]): Promise<R[]>;
  /**
   * Writes of the load itself in one transaction (the purge of a batch, the ID-number claims, an index build), with
   * foreign-key triggers skipped like the COPYs (see below).
   */
  bulkTransaction(statements: Array<[text: string, params: unknown[]]>): Promise<void>;
  /** A read on another connection (PostgreSQL), usable while a COPY is in progress. */
  lookup<R = Record<string, unknown>>(text: string, params?: unknown[]): Promise<R[]>;
  release(): Promise<void>;
}

const copySql = (table: string, columns: readonly string[], source: string) =>
  `copy ${table} (${columns.join(', ')}) from ${source} with (format csv)`;

/**
 * Foreign-key checks are triggers that run one lookup per row; the loader resolves every reference itself (a
 * person's household is one it just wrote or found), so a load skips them the way pg_restore does, with
 * session_replication_role = replica. That needs a superuser on a server: without one the checks simply run.
 */
const SKIP_TRIGGERS = 'set session_replication_role = replica';
/**
 * PGlite's load transactions also create new WAL segments without zero-filling them first (wal_init_zero): a fresh
 * data directory has one segment, so a load wrote 16 MB of zeros for every 16 MB of WAL (about half of all bytes
 * written at 100k persons). Without it a segment is created at its full size with one write; PostgreSQL documents
 * both as safe. Local to the load's own transactions, as PGlite's one session is shared with the server.
 */
const LOAD_SETTINGS_LOCAL = 'set local session_replication_role = replica; set local wal_init_zero = off';

async function postgresSink(pool: pg.Pool): Promise<BulkSink> {
  const client = await pool.connect();
  const skipping = await client.query(SKIP_TRIGGERS).then(
    () => true,
    () => false,
  );
  let streaming = false;
  return {
    async copy(table, columns) {
      // A connection streams one COPY at a time: one opened beside a running one (memberships beside persons) gets a
      // connection of its own, with the same settings, for as long as it runs.
      const beside = streaming ? await pool.connect() : null;
      if (beside && skipping) await beside.query(SKIP_TRIGGERS);
      streaming ||= !beside;
      const on = beside ?? client;
      const stream = on.query(copyFrom(copySql(table, columns, 'stdin')));
      let failure: unknown = null;
      stream.on('error', (e) => (failure = e));
      // One end-of-stream promise for the whole COPY: a fresh finished() at every full buffer added listeners that
      // stayed until the end (Node warned of a leak after ten, and a 6.5 million row load waits thousands of times).
      const done = finished(stream);
      done.catch(() => undefined);
      const close = async (error: unknown) => {
        if (!beside) streaming = false;
        else if (error) beside.release(error as Error);
        else {
          if (skipping) await beside.query('reset session_replication_role');
          beside.release();
        }
      };
      return {
        write(text) {
          if (failure) throw failure;
          return stream.write(text)
            ? undefined
            : Promise.race([once(stream, 'drain').then(() => undefined), done]);
        },
        async end() {
          stream.end();
          // A stream that closed early without an 'error' event rejects `done` only: either way the connection is
          // given back (a failed one discarded) before the failure is thrown.
          const ended = await done.then(
            () => null,
            (e: unknown) => e,
          );
          const error = failure ?? ended;
          await close(error);
          if (error) throw error;
        },
      };
    },
    async query(text, params) {
      return (await client.query(text, params as unknown[])).rows;
    },
    async bulkTransaction(statements) {
      await client.query('begin');
      try {
        for (const [text, params] of statements) await client.query(text, params);
        await client.query('commit');
      } catch (e) {
        await client.query('rollback');
        throw e;
      }
    },
    async lookup(text, params) {
      return (await pool.query(text, params as unknown[])).rows;
    },
    async release() {
      if (skipping) await client.query('reset session_replication_role').catch(() => undefined);
      client.release();
    },
  };
}

export interface ChunkSizes {
  /** Bytes of COPY text written per PGlite transaction once the load is under way. */
  chunkBytes: number;
  /**
   * The first chunk's size after a COPY opens; each next one is twice the last up to chunkBytes. PGlite waits for the
   * parse worker's first chunk of a file doing nothing (and the import's first statements run on cold, not yet
   * optimised WASM code): a small first chunk starts that work while the worker parses the next one.
   */
  firstChunkBytes: number;
}

export const PGLITE_CHUNKS: ChunkSizes = { chunkBytes: 4 << 20, firstChunkBytes: 128 << 10 };

function pgliteSink(database: Database & { native: { kind: 'pglite' } }, chunks: ChunkSizes): BulkSink {
  const client = database.native.client;
  fastMissingFiles(client);
  fastBlobReads(client);
  let limit = chunks.chunkBytes;
  // The COPYs open at one time share a chunk, written in one transaction in the order they were opened: rows that
  // belong together (persons and their memberships) commit together, the referenced ones first, so a killed load
  // never leaves a row whose referent is missing.
  const open: Array<{ sqlText: string; parts: Array<string | Uint8Array<ArrayBuffer>> }> = [];
  let size = 0;
  const flush = async () => {
    if (size === 0) return;
    const copies = open
      .filter((c) => c.parts.length > 0)
      .map((c) => ({ sqlText: c.sqlText, blob: new Blob(c.parts) }));
    for (const c of open) c.parts = [];
    size = 0;
    limit = Math.min(limit * 2, chunks.chunkBytes);
    // One transaction per chunk: SET LOCAL keeps the skipped triggers (and LOAD_SETTINGS_LOCAL's WAL setting) to these
    // statements, as PGlite's one session is shared with whatever else the process runs (the server, during the demo load).
    await client.transaction(async (tx) => {
      await tx.exec(LOAD_SETTINGS_LOCAL);
      for (const { sqlText, blob } of copies) await tx.query(sqlText, [], { blob });
    });
  };
  return {
    async copy(table, columns) {
      const copy = {
        sqlText: copySql(table, columns, `'/dev/blob'`),
        parts: [] as Array<string | Uint8Array<ArrayBuffer>>,
      };
      open.push(copy);
      limit = Math.min(chunks.firstChunkBytes, chunks.chunkBytes);
      return {
        write(text) {
          copy.parts.push(text);
          size += text.length;
          return size >= limit ? flush() : undefined;
        },
        async end() {
          await flush();
          open.splice(open.indexOf(copy), 1);
        },
      };
    },
    async query(text, params) {
      return (await client.query(text, params as unknown[])).rows as never[];
    },
    async bulkTransaction(statements) {
      await client.transaction(async (tx) => {
        await tx.exec(LOAD_SETTINGS_LOCAL);
        for (const [text, params] of statements) await tx.query(text, params);
      });
    },
    async lookup(text, params) {
      return (await client.query(text, params as unknown[])).rows as never[];
    },
    async release() {},
  };
}

/**
 * More connections for the end of a load (finish.ts), each a sink like openSink's: `count` on PostgreSQL, none on
 * PGlite (one session). Released by the caller.
 */
export async function openLanes(database: Database, count: number): Promise<BulkSink[]> {
  if (database.native.kind !== 'postgres') return [];
  const pool = database.native.pool;
  return Promise.all(Array.from({ length: count }, () => postgresSink(pool)));
}

export async function openSink(
  database: Database,
  options: { pgliteChunks?: ChunkSizes } = {},
): Promise<BulkSink> {
  if (database.native.kind === 'postgres') return postgresSink(database.native.pool);
  return pgliteSink(
    database as Database & { native: { kind: 'pglite' } },
    options.pgliteChunks ?? PGLITE_CHUNKS,
  );
}
