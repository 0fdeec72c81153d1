// Benchmark and quality figures of the registry-quality scan (T12), on PostgreSQL.
//   node --import tsx bench/quality-scan.ts --persons 100000 [--seed 2017] [--db NAME] [--dir DIR] [--reuse]
//   [--import-only] [--reform FILE]
// Generates a synthetic 昭通 with planted problems (hukou generate), imports it into a fresh database, runs the
// whole scan twice (cold, warm) and prints timings plus precision and recall per finding code against the ground
// truth. Figures go to docs/PERFORMANCE.md (Quality).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import pg from 'pg';
import { openDatabase } from '../src/db/connection.ts';
import { migrate } from '../src/db/migrate.ts';
import { importDirectory } from '../src/jobs/import/run.ts';
import { execFileSync } from 'node:child_process';
import { runQualityScan } from '../src/app/quality/run-scan.ts';
import { evaluateFindings, parseGroundTruthCsv } from '../src/domain/quality/evaluate.ts';
import type { RequestContext } from '../src/app/context.ts';
import { loadParameterSet, loadReformFile } from '../src/policy-data/load.ts';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const persons = Number(arg('persons', '100000'));
const seed = arg('seed', '2017');
const admin = arg('url', 'postgres://postgres@127.0.0.1:5432/postgres');
const dbName = arg('db', `hukou_bench_quality_${persons}${seed === '2017' ? '' : `_s${seed}`}`);
const dir = arg('dir', `/tmp/hukou-quality-${persons}${seed === '2017' ? '' : `-s${seed}`}`);
const reuse = process.argv.includes('--reuse');
// --import-only: generate and import, then stop, so a later `--reuse` run times the scan of the code then checked out.
const importOnly = process.argv.includes('--import-only');
// --reform FILE: the scan under parameters a reform file changes (bench/reforms/: what a change would do at a size).
const reform = process.argv.includes('--reform') ? arg('reform', '') : null;

async function main() {
  if (!existsSync(join(dir, 'persons.csv'))) {
    const t = Date.now();
    execFileSync(
      'node',
      [
        '--no-warnings',
        '--import',
        'tsx',
        'src/cli/main.ts',
        'generate',
        '--persons',
        String(persons),
        '--seed',
        seed,
        '--out',
        dir,
      ],
      { stdio: 'inherit' },
    );
    console.error(`generated ${persons} in ${(Date.now() - t) / 1000}s`);
  }
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  if (!reuse) {
    await client.query(`drop database if exists ${dbName} with (force)`);
    await client.query(`create database ${dbName}`);
  }
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${dbName}`;
  const database = await openDatabase({ url: url.toString() });
  try {
    await migrate(database);
    if (!reuse) {
      const t = Date.now();
      const r = await importDirectory(database, { dir, actor: 'bench' });
      console.error(`imported (${r.status}) in ${(Date.now() - t) / 1000}s`, JSON.stringify(r.counts));
      await database.db.executeQuery({ sql: 'vacuum analyze', parameters: [] } as never).catch(() => {});
    }
    if (importOnly) return;
    const deps = {
      database,
      config: {} as never,
      now: () => new Date('2023-01-02T00:00:00Z'),
      policy: {
        parameters: reform ? loadReformFile(reform, loadParameterSet()) : loadParameterSet(),
      },
    };
    const ctx: RequestContext = {
      principal: { kind: 'operator', session: 'bench' },
      requestId: 'bench',
      ip: 'bench',
    };
    const runs = [];
    for (let i = 0; i < 2; i++) {
      const t = Date.now();
      const out = await runQualityScan(deps, ctx, { trigger: 'bench', workMem: '512MB' });
      runs.push({
        seconds: (Date.now() - t) / 1000,
        persons: out.stats.persons,
        names: out.stats.names,
        millis: out.stats.millis,
        comparedPairs: out.stats.comparedPairs,
        grayPairs: out.stats.grayPairs,
        findings: out.findings.length,
        load: loadavg()
          .map((x) => x.toFixed(1))
          .join(' '),
      });
      console.error(JSON.stringify(runs.at(-1)));
      if (i === 1) {
        const planted = parseGroundTruthCsv(readFileSync(join(dir, 'ground-truth.csv'), 'utf8'));
        const evaluation = evaluateFindings(planted, out.findings);
        console.log(JSON.stringify({ persons, runs, ...evaluation }, null, 2));
      }
    }
  } finally {
    await database.close();
  }
}

await main();
