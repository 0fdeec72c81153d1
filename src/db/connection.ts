// One SQL dialect, two engines: embedded PGlite (PostgreSQL in WASM) by default, a PostgreSQL server with
// DATABASE_URL. Both sit behind Kysely; raw multi-statement scripts (migrations) go through execScript
// because the two drivers take them differently.
import { mkdirSync } from 'node:fs';
import { Kysely, PostgresDialect, sql } from 'kysely';
import { PGlite } from '@electric-sql/pglite';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import type { DB } from './schema.ts';

export type EngineKind = 'pglite' | 'postgres';

export interface Database {
  db: Kysely<DB>;
  kind: EngineKind;
  /**
   * Run a script of several statements (a migration) on the given executor, which may be a transaction:
   * Kysely prepares statements, and a prepared statement holds one command only.
   */
  execScript(executor: Kysely<DB>, script: string): Promise<void>;
  /** The driver underneath, for bulk paths Kysely does not offer (COPY in src/jobs/import). */
  native: { kind: 'pglite'; client: PGlite } | { kind: 'postgres'; pool: pg.Pool };
  /**
   * Run owner's work (migrations, the bulk import's index drop and restore, its trigger switch): on PostgreSQL over
   * the owner's connection (HUKOU_MIGRATION_DATABASE_URL) when one is configured, on PGlite as the session's own
   * superuser, leaving the application's role (src/db/app-role.ts) for that time.
   */
  asOwner<T>(work: (owner: Database) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** postgres://… selects a server; otherwise PGlite. */
  url?: string | undefined;
  /** PGlite data directory; "memory://" (the default when absent) keeps nothing on disk. */
  dataDir?: string | undefined;
  poolSize?: number;
  /** PostgreSQL: the owner's connection for asOwner; absent or equal to url, asOwner uses this connection. */
  ownerUrl?: string | undefined;
}

// PostgreSQL returns int8 and numeric as strings by default; counts and ids in this system fit in a double.
pg.types.setTypeParser(20, (v) => Number(v));
pg.types.setTypeParser(1700, (v) => Number(v));
// Dates (not timestamps) stay 'YYYY-MM-DD' strings: a birth date has no time zone.
pg.types.setTypeParser(1082, (v) => v);

export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.url) {
    const app = await openPostgres(options.url, options.poolSize ?? 20);
    return options.ownerUrl && options.ownerUrl !== options.url
      ? withOwnerConnection(app, options.ownerUrl)
      : app;
  }
  return openPglite(options.dataDir ?? 'memory://');
}

async function openPostgres(url: string, poolSize: number): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle connection the server ends (restart, failover, an administrator) must not crash the process: the pool
  // drops it and opens another on the next checkout. Without a listener node-postgres throws it as uncaught.
  pool.on('error', (err) => process.emitWarning(`PostgreSQL idle connection lost: ${err.message}`));
  // Fail fast with a clear message rather than on the first request.
  const client = await pool.connect();
  client.release();
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  const database: Database = {
    db,
    kind: 'postgres',
    native: { kind: 'postgres', pool },
    asOwner(work) {
      return work(database);
    },
    async execScript(executor, script) {
      // No parameters → node-postgres uses the simple query protocol, which accepts several statements.
      await sql.raw(script).execute(executor);
    },
    async close() {
      await db.destroy();
    },
  };
  return database;
}

async function openPglite(dataDir: string): Promise<Database> {
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create(dataDir, {
    parsers: { 1082: (v: string) => v, 20: (v: string) => Number(v), 1700: (v: string) => Number(v) },
  });
  const db = new Kysely<DB>({ dialect: new PGliteDialect(client) });
  let closed = false;
  let ownerDepth = 0;
  const database: Database = {
    db,
    kind: 'pglite',
    native: { kind: 'pglite', client },
    async execScript(_executor, script) {
      // PGlite has one session: a transaction Kysely opened on it is the one exec() runs in.
      await client.exec(script);
    },
    // One session: the role is the session's. While owner's work runs (the import, migrations), the server's
    // interleaved statements run as the owner too — a limit of the embedded engine (ARCHITECTURE.md, Audit).
    async asOwner(work) {
      let restore: string | null = null;
      if (ownerDepth++ === 0) {
        const who = (
          await client.query<{ r: string; s: string }>('select current_user as r, session_user as s')
        ).rows[0]!;
        if (who.r !== who.s) restore = who.r;
      }
      try {
        if (restore !== null) await client.query('reset role');
        return await work(database);
      } finally {
        if (--ownerDepth === 0 && restore !== null && !closed)
          await client.query(`set role ${quoteIdent(restore)}`);
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      // Closing cleanly matters: an unclean PGlite stop has lost sequence state (STACK.md).
      await db.destroy();
    },
  };
  return database;
}

/** The application's database with a separate owner's pool, opened on first use (migrations, imports). */
function withOwnerConnection(app: Database, ownerUrl: string): Database {
  let owner: Promise<Database> | null = null;
  return {
    ...app,
    async asOwner(work) {
      owner ??= openPostgres(ownerUrl, 8);
      return work(await owner);
    },
    async close() {
      await app.close();
      if (owner) await (await owner).close();
    },
  };
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
