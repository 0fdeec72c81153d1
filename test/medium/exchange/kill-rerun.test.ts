// A killed import that is run again ends with exactly the data of one run: the CLI runs as a child process, is
// killed (SIGKILL) while loading persons, is run again, and the export equals the generated files, which a clean
// import reproduces exactly (roundtrip.test.ts).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { ENGINES } from '../../support/databases.ts';
import { generateCity } from '../../../src/jobs/generate/run.ts';
import { EXCHANGE_FILES } from '../../../src/domain/exchange/columns.ts';
import { openDatabase } from '../../../src/db/connection.ts';
import { migrate } from '../../../src/db/migrate.ts';
import { cli } from '../../support/cli.ts';

const FILES = Object.values(EXCHANGE_FILES).map((f) => f.file);

async function withDatabaseEnv(
  engine: string,
  dir: string,
): Promise<{ env: NodeJS.ProcessEnv; drop(): Promise<void> }> {
  if (engine === 'pglite')
    return { env: { HUKOU_DATA_DIR: join(dir, 'data'), DATABASE_URL: '' }, drop: async () => {} };
  const admin = process.env.TEST_DATABASE_URL!;
  const name = `hukou_kill_${Date.now().toString(36)}`;
  const c = new pg.Client({ connectionString: admin });
  await c.connect();
  await c.query(`create database ${name}`);
  await c.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString() },
    async drop() {
      const d = new pg.Client({ connectionString: admin });
      await d.connect();
      await d.query(`drop database if exists ${name} with (force)`);
      await d.end();
    },
  };
}

async function embeddedState(dataDir: string) {
  const database = await openDatabase({ dataDir });
  try {
    if (dataDir === 'memory://') await migrate(database);
    const client = (database.native as { client: { query<R>(q: string): Promise<{ rows: R[] }> } }).client;
    // The tables whose secondary indexes an initial load defers (deferred-indexes.ts).
    const indexes = await client.query<{ indexname: string }>(
      "select indexname from pg_indexes where tablename in ('household', 'person', 'membership') order by 1",
    );
    const batches =
      dataDir === 'memory://'
        ? []
        : (
            await client.query<{ n: number }>(
              'select count(*)::int as n from import_batch where deferred_indexes is not null',
            )
          ).rows;
    return { loadedIndexes: indexes.rows.map((r) => r.indexname), deferredBatches: batches[0]?.n ?? 0 };
  } finally {
    await database.close();
  }
}

describe.each(ENGINES)('kill and rerun an import on %s', (engine) => {
  let dir: string;
  let db: Awaited<ReturnType<typeof withDatabaseEnv>>;
  let households = 0;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hukou-kill-'));
    const g = await generateCity({ persons: 40_000, seed: 'kill', dir: join(dir, 'city') });
    households = g.files['households.csv']!;
    db = await withDatabaseEnv(engine, dir);
  }, 120_000);
  afterAll(async () => {
    await db.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('ends with the data of one run', async () => {
    const first = cli(['import', '--dir', join(dir, 'city')], db.env);
    // Wait until persons are loading (more rows read than divisions + households), then kill.
    const threshold = households + 2005 + 3000;
    await new Promise<void>((resolve, reject) => {
      const timer = setInterval(() => {
        const counts = [...first.stderr().matchAll(/: (\d+) 行/g)].map((m) => Number(m[1]));
        if (counts.some((n) => n > threshold)) {
          clearInterval(timer);
          first.child.kill('SIGKILL');
          resolve();
        }
      }, 20);
      void first.done.then(() => {
        clearInterval(timer);
        reject(new Error(`import ended before it could be killed:\n${first.stderr()}`));
      });
    });
    await first.done;
    if (engine === 'pglite') {
      // The initial load deferred the secondary indexes: the killed batch must say which (deferred-indexes.ts).
      const after = await embeddedState(join(dir, 'data'));
      expect(after.deferredBatches).toBe(1);
    }
    const second = cli(['import', '--dir', join(dir, 'city')], db.env);
    expect(await second.done, second.stderr()).toBe(0);
    const result = JSON.parse(second.stdout());
    expect(result.status).toBe('committed');
    expect(result.purgedBatches).toHaveLength(1);
    const exported = cli(['export', '--dir', join(dir, 'exported')], db.env);
    expect(await exported.done, exported.stderr()).toBe(0);
    for (const f of FILES) {
      expect(readFileSync(join(dir, 'exported', f), 'utf8'), f).toBe(
        readFileSync(join(dir, 'city', f), 'utf8'),
      );
    }
    if (engine === 'pglite') {
      // Every index the migrations create is back, and no batch still lists dropped ones.
      const fresh = await embeddedState('memory://');
      const after = await embeddedState(join(dir, 'data'));
      expect(after.deferredBatches).toBe(0);
      expect(after.loadedIndexes).toEqual(fresh.loadedIndexes);
    }
  }, 240_000);
});
