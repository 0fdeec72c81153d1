// The projection (issue 16, T1) over every person living apart from their hukou, on PostgreSQL, against the
// physical limit of reading the same rows: `psql \copy (select …) to /dev/null` of the apart persons' select,
// measured in the same run (baseline, ours, baseline, ours). Budget: ≤ 30 s at 6.5 million persons.
//   node --import tsx bench/stats-projection.ts [--url postgres://root@127.0.0.1:5432/stats_6m5] [--runs 2]
// Reads only: the database is used as it is (the lead's stats_6m5, or one made with bench/import-postgres.ts).
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { runProjection } from '../src/app/statistics/project-urbanization.ts';
import { openDatabase } from '../src/db/connection.ts';
import { APART_SELECT } from '../src/db/repositories/statistics/projection.ts';
import { loadPolicy } from '../src/policy-data/load.ts';
import { arg } from './import-support.ts';

const url = arg('url', 'postgres://root@127.0.0.1:5432/stats_6m5');
const runs = Number(arg('runs', '2'));
const load = () =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');

function baseline(): number {
  const t = performance.now();
  execFileSync('psql', [
    '-X',
    '-q',
    '-v',
    'ON_ERROR_STOP=1',
    url,
    '-c',
    `\\copy (${APART_SELECT.trim()}) to '/dev/null'`,
  ]);
  return (performance.now() - t) / 1000;
}

const database = await openDatabase({ url });
try {
  const persons = await database.db
    .selectFrom('person')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  const deps = { database, now: () => new Date() };
  const parameters = loadPolicy().parameters;
  const results = [];
  for (let i = 0; i < runs; i++) {
    const copySeconds = baseline();
    const t = performance.now();
    const out = await runProjection(deps, parameters);
    const seconds = (performance.now() - t) / 1000;
    results.push({
      seconds: Math.round(seconds * 10) / 10,
      copySeconds: Math.round(copySeconds * 10) / 10,
      ratio: Math.round((seconds / copySeconds) * 100) / 100,
      evaluated: out.evaluated,
      city: out.city,
      load: load(),
    });
    console.error(JSON.stringify(results.at(-1)));
  }
  console.log(
    JSON.stringify(
      {
        url: url.replace(/\/\/[^@]*@/, '//'),
        persons: Number(persons.n),
        runs: results,
        node: process.version,
        at: new Date().toISOString(),
      },
      null,
      2,
    ),
  );
} finally {
  await database.close();
}
