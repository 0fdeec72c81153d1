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

/** Apply every pending migration; returns the ids applied by this call. */
export async function migrate(database: Database, dir = MIGRATIONS_DIR): Promise<string[]> {
  // Migrations create and alter tables: the owner's work (the application's role owns nothing, 0602).
  return database.asOwner((owner) => migrateAsOwner(owner, dir));
}

async function migrateAsOwner(database: Database, dir: string): Promise<string[]> {
  const { db } = database;
  await sql`create table if not exists schema_migrations (
    id text primary key,
    applied_at timestamptz not null default now()
  )`.execute(db);
  const applied: string[] = [];
  for (const file of listMigrations(dir)) {
    const done = await db.transaction().execute(async (trx) => {
      await sql`select pg_advisory_xact_lock(${LOCK_KEY})`.execute(trx);
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

export async function currentMigrationId(database: Database): Promise<string> {
  const r = await sql<{ id: string }>`select id from schema_migrations order by id desc limit 1`.execute(
    database.db,
  );
  return r.rows[0]?.id ?? 'none';
}
