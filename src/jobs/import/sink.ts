// Bulk writing for the two engines. PostgreSQL: one COPY … FROM STDIN stream per table on a dedicated connection,
// written with back pressure (the server ingests while the next rows are prepared). PGlite: COPY … FROM
// '/dev/blob' per chunk of rows (PGlite has no COPY protocol stream; the blob is one chunk, so memory stays flat).
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Database } from '../../db/connection.ts';

export interface CopyTarget {
  /** Queue CSV text (rows in COPY csv format); await only when a promise is returned. */
  write(text: string): Promise<void> | undefined;
  /** Flush and finish the COPY. */
  end(): Promise<void>;
}

export interface BulkSink {
  copy(table: string, columns: readonly string[]): Promise<CopyTarget>;
  query<R = Record<string, unknown>>(text: string, params?: unknown[]): Promise<R[]>;
  /** A write of the load itself (memberships), with foreign-key triggers skipped like the COPYs (see below). */
  bulkQuery(text: string, params?: unknown[]): Promise<void>;
  /** Several such writes in one transaction (the purge of a batch). */
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

async function postgresSink(pool: pg.Pool): Promise<BulkSink> {
  const client = await pool.connect();
  const skipping = await client.query(SKIP_TRIGGERS).then(() => true, () => false);
  return {
    async copy(table, columns) {
      const stream = client.query(copyFrom(copySql(table, columns, 'stdin')));
      let failure: unknown = null;
      stream.on('error', (e) => (failure = e));
      return {
        write(text) {
          if (failure) throw failure;
          return stream.write(text) ? undefined : Promise.race([once(stream, 'drain').then(() => undefined), finished(stream)]);
        },
        async end() {
          stream.end();
          await finished(stream);
          if (failure) throw failure;
        },
      };
    },
    async query(text, params) {
      return (await client.query(text, params as unknown[])).rows;
    },
    async bulkQuery(text, params) {
      await client.query(text, params as unknown[]);
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

function pgliteSink(database: Database & { native: { kind: 'pglite' } }, chunkBytes: number): BulkSink {
  const client = database.native.client;
  return {
    async copy(table, columns) {
      const sqlText = copySql(table, columns, `'/dev/blob'`);
      let parts: string[] = [];
      let size = 0;
      const flush = async () => {
        if (size === 0) return;
        const blob = new Blob(parts);
        parts = [];
        size = 0;
        // One transaction per chunk: SET LOCAL keeps the skipped triggers to these statements, as PGlite's one
        // session is shared with whatever else the process runs (the server, during the demo load).
        await client.transaction(async (tx) => {
          await tx.query(`${SKIP_TRIGGERS.replace('set ', 'set local ')}`);
          await tx.query(sqlText, [], { blob });
        });
      };
      return {
        write(text) {
          parts.push(text);
          size += text.length;
          return size >= chunkBytes ? flush() : undefined;
        },
        end: flush,
      };
    },
    async query(text, params) {
      return (await client.query(text, params as unknown[])).rows as never[];
    },
    async bulkQuery(text, params) {
      await this.bulkTransaction([[text, params ?? []]]);
    },
    async bulkTransaction(statements) {
      await client.transaction(async (tx) => {
        await tx.query(`${SKIP_TRIGGERS.replace('set ', 'set local ')}`);
        for (const [text, params] of statements) await tx.query(text, params);
      });
    },
    async lookup(text, params) {
      return (await client.query(text, params as unknown[])).rows as never[];
    },
    async release() {},
  };
}

export async function openSink(database: Database, options: { pgliteChunkBytes?: number } = {}): Promise<BulkSink> {
  if (database.native.kind === 'postgres') return postgresSink(database.native.pool);
  return pgliteSink(database as Database & { native: { kind: 'pglite' } }, options.pgliteChunkBytes ?? 4 << 20);
}
