// A killed import that is run again ends with exactly the data of one run: the CLI runs as a child process, is
// killed (SIGKILL) while loading persons, run again and killed in the finish phase (after the last progress line:
// every row in, the batch not yet committed; on PGlite that is while the deferred indexes are rebuilt), and run
// again to the end: the counts are the generated files' and the export equals them, which a clean import
// reproduces exactly (roundtrip.test.ts).
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
    const running =
      dataDir === 'memory://'
        ? []
        : (
            await client.query<{ status: string; persons: number }>(
              `select b.status, (select count(*)::int from person p where p.import_batch_id = b.batch_id) as persons
                 from import_batch b order by b.started_at`,
            )
          ).rows;
    return {
      loadedIndexes: indexes.rows.map((r) => r.indexname),
      deferredBatches: batches[0]?.n ?? 0,
      batches: running,
    };
  } finally {
    await database.close();
  }
}

type Run = ReturnType<typeof cli>;

/** Poll `ready` until it holds, failing if the run ends first. */
async function waitUntil(run: Run, ready: () => boolean | Promise<boolean>, what: string): Promise<void> {
  let ended = false;
  void run.done.then(() => (ended = true));
  while (!(await ready())) {
    if (ended) throw new Error(`import ended ${what}:\n${run.stderr()}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** SIGKILL the run once `ready` holds; resolves when it is dead. */
async function killWhen(run: Run, ready: () => boolean | Promise<boolean>, what: string): Promise<void> {
  await waitUntil(run, ready, `before it could be killed ${what}`);
  run.child.kill('SIGKILL');
  await run.done;
}

/** Rows the progress lines say were loaded, the highest so far. */
const rowsLoaded = (run: Run) =>
  Math.max(0, ...[...run.stderr().matchAll(/: (\d+) 行/g)].map((m) => Number(m[1])));

/**
 * PostgreSQL: end the killed client's sessions (a server ends them once it notices the dropped connection; the rerun
 * must not wait for that) and read the batches as they were left.
 */
async function serverState(url: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(
      'select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
    );
    const r = await c.query<{ status: string; persons: number }>(
      `select b.status, (select count(*)::int from person p where p.import_batch_id = b.batch_id) as persons
         from import_batch b order by b.started_at`,
    );
    return r.rows;
  } finally {
    await c.end();
  }
}

describe.each(ENGINES)('kill and rerun an import on %s', (engine) => {
  let dir: string;
  let db: Awaited<ReturnType<typeof withDatabaseEnv>>;
  let files: Record<string, number> = {};
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hukou-kill-'));
    const g = await generateCity({ persons: 40_000, seed: 'kill', dir: join(dir, 'city') });
    files = g.files;
    db = await withDatabaseEnv(engine, dir);
  }, 120_000);
  afterAll(async () => {
    await db.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  const importCity = () => cli(['import', '--dir', join(dir, 'city')], db.env);
  const persons = () => files['persons.csv']!;
  const allRows = () => FILES.reduce((n, f) => n + (files[f] ?? 0), 0);

  it('ends with the data of one run, killed while loading and while finishing', async () => {
    // 1. Killed while persons are loading (more rows read than divisions + households).
    const loading = importCity();
    await killWhen(
      loading,
      () => rowsLoaded(loading) > files['households.csv']! + 2005 + 3000,
      'while loading',
    );
    if (engine === 'pglite') {
      // The initial load deferred the secondary indexes: the killed batch must say which (deferred-indexes.ts).
      const after = await embeddedState(join(dir, 'data'));
      expect(after.deferredBatches).toBe(1);
    }

    // 2. Killed in the finish phase (index rebuild, statistics, memberships, the batch's commit), which follows the
    // last progress line: every row of the files is in, the batch is not committed.
    const finishing = importCity();
    await killWhen(finishing, () => rowsLoaded(finishing) === allRows(), 'while finishing');
    const batches =
      engine === 'pglite'
        ? (await embeddedState(join(dir, 'data'))).batches
        : await serverState(db.env.DATABASE_URL!);
    expect(batches.map((b) => b.status)).toEqual(['abandoned', 'running']);
    expect(batches[1]!.persons).toBe(persons());

    // 3. Run to the end: the killed batch is purged, the counts are the files', the export equals them.
    const last = importCity();
    expect(await last.done, last.stderr()).toBe(0);
    const result = JSON.parse(last.stdout());
    expect(result.status).toBe('committed');
    expect(result.purgedBatches).toHaveLength(1);
    expect(result.counts).toMatchObject({
      divisions: files['divisions.csv'],
      households: files['households.csv'],
      persons: persons(),
      deaths: files['deaths.csv'],
      enlistments: files['enlistments.csv'],
      rejected: 0,
    });
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
  }, 480_000);
});
