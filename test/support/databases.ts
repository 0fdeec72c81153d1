// Medium tests run on real databases: PGlite always, and PostgreSQL too when TEST_DATABASE_URL is set — with plain
// tables, and again with the tables hash-partitioned by county code (issue 20; HUKOU_TEST_PARTITIONED=0 leaves that
// third engine out). Every test file gets its own freshly migrated database (a new in-memory PGlite, or a new PostgreSQL
// database created from TEST_DATABASE_URL and dropped afterwards), so files never share state.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database, type EngineKind } from '../../src/db/connection.ts';
import { migrate } from '../../src/db/migrate.ts';
import { APP_ROLE, enterAppRole } from '../../src/db/app-role.ts';

/** An engine the medium tests run on: PGlite, or PostgreSQL with plain or with county-partitioned tables. */
export type TestEngine = EngineKind | 'postgres-partitioned';

function enginesFromEnvironment(): TestEngine[] {
  if (!process.env.TEST_DATABASE_URL) return ['pglite'];
  if (process.env.HUKOU_TEST_PARTITIONED === '0') return ['pglite', 'postgres'];
  return ['pglite', 'postgres', 'postgres-partitioned'];
}

export const ENGINES: TestEngine[] = enginesFromEnvironment();

/** The engine a test engine runs on, as Database.kind names it (partitioned or not, PostgreSQL is 'postgres'). */
export function engineKind(engine: TestEngine): EngineKind {
  return engine === 'postgres-partitioned' ? 'postgres' : engine;
}

export interface TestDatabase extends Database {
  /** Drop the database (PostgreSQL) and close connections. */
  dispose(): Promise<void>;
}

function withDatabaseName(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export async function createTestDatabase(
  kind: TestEngine,
  options: { poolSize?: number } = {},
): Promise<TestDatabase> {
  if (kind === 'pglite') {
    const database = await openDatabase({ dataDir: 'memory://' });
    await migrate(database);
    await enterAppRole(database);
    return { ...database, dispose: () => database.close() };
  }
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set');
  const name = `hukou_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  // Migrated by the superuser (the owner); the application's Database connects as a LOGIN member of hukou_app, so
  // every medium test runs with the application's real privileges, and asOwner uses the superuser's connection.
  const ownerUrl = withDatabaseName(adminUrl, name);
  const owner = await openDatabase({ url: ownerUrl, poolSize: 2 });
  await migrate(owner, undefined, kind === 'postgres-partitioned' ? 'partitioned' : 'plain');
  await owner.close();
  await ensureLoginRole(adminUrl);
  const appUrl = new URL(ownerUrl);
  appUrl.username = TEST_LOGIN_ROLE;
  appUrl.password = '';
  const database = await openDatabase({ url: appUrl.toString(), ownerUrl, poolSize: options.poolSize ?? 10 });
  return {
    ...database,
    async dispose() {
      await database.close();
      const a = new pg.Client({ connectionString: adminUrl });
      await a.connect();
      // pool.end() resolves before its clients' sockets have closed; dropping WITH (FORCE) at once would terminate
      // those backends and the closing clients, no longer in any pool, would throw 57P01 as an uncaught error.
      // Wait (briefly) for them to go, and force only what is left after that.
      for (let i = 0; i < 50; i++) {
        const r = await a.query('select count(*)::int as n from pg_stat_activity where datname = $1', [name]);
        if (r.rows[0].n === 0) break;
        await new Promise((done) => setTimeout(done, 100));
      }
      await a.query(`drop database if exists ${name} with (force)`);
      await a.end();
    },
  };
}

/** The login role the tests' application connects as (trust authentication on the test server). */
export const TEST_LOGIN_ROLE = 'hukou_app_login';

async function ensureLoginRole(adminUrl: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    // Roles are cluster-wide and test files run in parallel: a concurrent creator is fine.
    await admin.query(`do $$ begin create role ${TEST_LOGIN_ROLE} login in role ${APP_ROLE};
      exception when duplicate_object or unique_violation then null; end $$`);
  } finally {
    await admin.end();
  }
}
