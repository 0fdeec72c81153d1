// Statistics at scale (issue 16) on PostgreSQL: a generated city of N persons imported with its baseline, then
//   1. every measure as of a past day (the cells of persons, households and incomers, migration and the reform
//      measures) counted from the register, beside a raw `psql \copy (select …) to /dev/null` of the same person rows
//      (the physical limit of reading them) in the same run;
//   2. the dashboard's queries through the full API (session, permission, snapshot, shaping) one at a time, p50/p95,
//      beside a bare Fastify + pg handler reading the same stored snapshot.
//   node --import tsx bench/stats-dashboard.ts [--persons 1000000] [--db hukou_bench_stats] [--reuse] [--requests 200]
// Figures go to docs/PERFORMANCE.md (Statistics).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import Fastify from 'fastify';
import pg from 'pg';
import { buildApp } from '../src/api/app.ts';
import { DEMO_PASSWORD, seedDemoUsers } from '../src/app/users/demo-users.ts';
import { countFigures, refreshFigures } from '../src/app/statistics/figures.ts';
import { readMigration, readReform } from '../src/app/statistics/read-stats.ts';
import { chinaDay } from '../src/domain/statistics/as-of.ts';
import { ensureCity, hukou, loadAverage, machine } from './import-support.ts';
import { arg, benchDeps, freshDatabase, timeRequests } from './registry-support.ts';

const persons = Number(arg('persons', '1000000'));
const requests = Number(arg('requests', '200'));
const adminUrl = arg('url', 'postgres://postgres@127.0.0.1:5432/postgres');
const PAST_DAY = '2022-12-31';

/** The physical limit of reading the rows the count reads: the same columns of every person, out to nowhere. */
function rawCopySeconds(url: string): number {
  const t0 = performance.now();
  const r = spawnSync(
    'psql',
    [
      url,
      '-qc',
      "\\copy (select household_id, sex, birth_date, ethnicity, residence_division_code, residing_since from person where status = 'active') to '/dev/null'",
    ],
    { encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(r.stderr);
  return (performance.now() - t0) / 1000;
}

async function main() {
  const reuse = process.argv.includes('--reuse');
  const { database, url } = await freshDatabase(adminUrl, arg('db', 'hukou_bench_stats'), 8, reuse);
  const deps = benchDeps(database);
  if (!reuse) {
    const dir = join(tmpdir(), `hukou-city-${persons}`);
    ensureCity(persons, dir);
    const imported = hukou(['import', '--dir', dir, '--baseline', PAST_DAY], { DATABASE_URL: url });
    if (imported.status !== 0) throw new Error(imported.stderr);
    spawnSync('psql', [url, '-qc', 'vacuum analyze']);
  }
  // Also on --reuse of a register imported by `hukou import` (idempotent).
  await seedDemoUsers(deps);
  const copy = rawCopySeconds(url);
  let t0 = performance.now();
  await countFigures(deps, PAST_DAY);
  const cellsSeconds = (performance.now() - t0) / 1000;
  await readMigration(deps, { asOf: PAST_DAY });
  await readReform(deps, { asOf: PAST_DAY });
  const pastDay = (performance.now() - t0) / 1000;
  const copyAgain = rawCopySeconds(url);
  t0 = performance.now();
  const today = chinaDay(deps.now());
  await refreshFigures(deps, today);
  const refresh = (performance.now() - t0) / 1000;

  const app = await buildApp(deps, { logger: false, webDir: '/nonexistent' });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  const login = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'city', password: DEMO_PASSWORD }),
  });
  const city = { cookie: (login.headers.get('set-cookie') ?? '').split(';')[0]! };
  const pool = new pg.Pool({ connectionString: url, max: 8 });
  const bare = Fastify({ logger: false });
  bare.get(
    '/bare/snapshot',
    async () => (await pool.query('select body from stats_snapshot where as_of = $1', [today])).rows[0],
  );
  const bareBase = await bare.listen({ port: 0, host: '127.0.0.1' });
  const queries: Record<string, unknown> = {};
  for (const path of ['summary', 'summary?scope=530628', 'structure', 'structure?scope=530628001', 'trend'])
    queries[path] = await timeRequests(`${base}/api/v1/stats/${path}`, city, requests);
  const bareSnapshot = await timeRequests(`${bareBase}/bare/snapshot`, {}, requests);
  console.log(
    JSON.stringify(
      {
        persons,
        machine: machine(),
        pastDay: {
          seconds: pastDay,
          cellsSeconds,
          rawCopySeconds: [copy, copyAgain],
          ratio: pastDay / Math.min(copy, copyAgain),
        },
        refreshTodaySeconds: refresh,
        dashboard: queries,
        bareSnapshot,
        load: loadAverage(),
      },
      null,
      2,
    ),
  );
  await app.close();
  await bare.close();
  await pool.end();
  await database.close();
}

await main();
