// Forward-only SQL migrations: src/db/migrations/NNNN_name.sql, applied in name order, each in its own
// transaction together with its row in schema_migrations. An advisory lock makes concurrent starters wait
// instead of applying the same file twice. Applied files are never edited; a fix is a new file.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import type { Database } from './connection.ts';

const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));
const LOCK_KEY = 5306_2017;

export interface MigrationFile {
  id: string;
  sql: string;
}

export function listMigrations(dir = MIGRATIONS_DIR): MigrationFile[] {
  return readdirSync(dir)
    .filter((f) => /^\d{4}_[a-z0-9_-]+\.sql$/.test(f))
    .sort()
    .map((f) => ({ id: f.replace(/\.sql$/, ''), sql: readFileSync(dir + f, 'utf8') }));
}

export function latestMigrationId(dir = MIGRATIONS_DIR): string {
  const all = listMigrations(dir);
  return all.length ? all[all.length - 1]!.id : 'none';
}

/**
 * Plain tables, or tables hash-partitioned by county code (issue 20, docs/SCALING.md). A database's mode is chosen
 * at its first migration and recorded in schema_mode; every later run follows the recorded mode, so one schema never
 * mixes the two. HUKOU_PARTITIONED=1 asks for partitioned (PostgreSQL only), 0 for plain; unset follows the record.
 */
export type SchemaMode = 'plain' | 'partitioned';

export function requestedSchemaMode(env: NodeJS.ProcessEnv = process.env): SchemaMode | null {
  const v = env.HUKOU_PARTITIONED;
  if (v === undefined || v === '') return null;
  if (v === '1') return 'partitioned';
  if (v === '0') return 'plain';
  throw new Error(`HUKOU_PARTITIONED must be 1 or 0, not "${v}"`);
}

/** Apply every pending migration; returns the ids applied by this call. */
export async function migrate(
  database: Database,
  dir = MIGRATIONS_DIR,
  requested: SchemaMode | null = requestedSchemaMode(),
): Promise<string[]> {
  if (requested === 'partitioned' && database.kind === 'pglite')
    throw new Error(
      'HUKOU_PARTITIONED=1 needs PostgreSQL (set DATABASE_URL): the embedded PGlite register is one node and stays plain',
    );
  // Migrations create and alter tables: the owner's work (the application's role owns nothing, 0602).
  return database.asOwner((owner) => migrateAsOwner(owner, dir, requested));
}

/** The recorded mode, chosen now (as requested, plain by default) when the database has none yet. */
async function settleMode(db: Database['db'], requested: SchemaMode | null): Promise<SchemaMode> {
  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${LOCK_KEY})`.execute(trx);
    await sql`create table if not exists schema_mode (
      singleton boolean primary key default true check (singleton),
      mode text not null check (mode in ('plain', 'partitioned')),
      chosen_at timestamptz not null default now()
    )`.execute(trx);
    const recorded = (await sql<{ mode: SchemaMode }>`select mode from schema_mode`.execute(trx)).rows[0]
      ?.mode;
    if (recorded) {
      if (requested && requested !== recorded)
        throw new Error(
          `this database's schema is ${recorded}, chosen at its first migration; HUKOU_PARTITIONED asks for ${requested}: build a new database for that`,
        );
      return recorded;
    }
    const fresh = (await sql<{ n: number }>`select count(*)::int as n from schema_migrations`.execute(trx))
      .rows[0]!;
    if (requested === 'partitioned' && fresh.n > 0)
      throw new Error(
        'HUKOU_PARTITIONED=1 needs a fresh database: this one was migrated before with plain tables',
      );
    const mode = requested ?? 'plain';
    await sql`insert into schema_mode (mode) values (${mode})`.execute(trx);
    return mode;
  });
}

async function migrateAsOwner(
  database: Database,
  dir: string,
  requested: SchemaMode | null,
): Promise<string[]> {
  const { db } = database;
  await sql`create table if not exists schema_migrations (
    id text primary key,
    applied_at timestamptz not null default now()
  )`.execute(db);
  const mode = await settleMode(db, requested);
  const applied: string[] = [];
  for (const file of listMigrations(dir)) {
    const done = await db.transaction().execute(async (trx) => {
      await sql`select pg_advisory_xact_lock(${LOCK_KEY})`.execute(trx);
      // The mode, for the scripts that build differently in it (2000_scale_out.sql); local to this transaction.
      await sql`select set_config('hukou.partitioned', ${mode === 'partitioned' ? 'on' : 'off'}, true)`.execute(
        trx,
      );
      const seen = await sql<{ id: string }>`select id from schema_migrations where id = ${file.id}`.execute(
        trx,
      );
      if (seen.rows.length > 0) return false;
      await database.execScript(trx, file.sql);
      await sql`insert into schema_migrations (id) values (${file.id})`.execute(trx);
      return true;
    });
    if (done) applied.push(file.id);
  }
  return applied;
}

export async function currentSchemaMode(database: Database): Promise<SchemaMode> {
  const r = await sql<{ mode: SchemaMode }>`select mode from schema_mode`.execute(database.db);
  return r.rows[0]?.mode ?? 'plain';
}

export async function currentMigrationId(database: Database): Promise<string> {
  const r = await sql<{ id: string }>`select id from schema_migrations order by id desc limit 1`.execute(
    database.db,
  );
  return r.rows[0]?.id ?? 'none';
}
