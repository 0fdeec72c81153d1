// Import into PostgreSQL against a raw `psql \copy` of the same rows into the same tables, in the same run.
// 1. ours: `hukou import` of the generated CSV files into a fresh migrated database (child process, peak memory);
// 2. the rows it wrote are dumped in COPY format (`\copy table to file`), table by table;
// 3. baseline: a second fresh migrated database gets the same rows with `psql \copy … from file`, timed per table,
//    once plain and once with session_replication_role=replica (no FK triggers, as our import runs).
// Usage: node --import tsx bench/import-postgres.ts [--persons 6500000] [--city DIR] [--admin postgres://…/test]
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { arg, ensureCity, hukou, machine, recreateDatabase, timed } from './import-support.ts';

const persons = Number(arg('persons', '6500000'));
const city = arg('city', `/tmp/hukou-bench/city-${persons}`);
const admin = arg('admin', process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test');
ensureCity(persons, city);

const TABLES: Array<[table: string, columns: string]> = [
  ['division_unit', 'code, name, urban_rural_code, county_code'],
  ['household', '*'],
  ['person', '*'],
  ['membership', 'person_id, household_id, relation, since, until, county_code'],
  ['quality_feed_record', 'feed, id_number, name, event_date, source'],
];

const psql = (url: string, command: string, env: NodeJS.ProcessEnv = {}) => {
  const r = timed('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', url, '-c', command], env);
  if (r.status !== 0) throw new Error(r.stderr);
  return r.seconds;
};

const oursUrl = await recreateDatabase(admin, 'hukou_bench_import_ours');
const m = hukou(['migrate'], { DATABASE_URL: oursUrl });
if (m.status !== 0) throw new Error(m.stderr);
const ours = hukou(['import', '--dir', city], { DATABASE_URL: oursUrl });
if (ours.status !== 0) throw new Error(ours.stderr);
const result = JSON.parse(ours.stdout);

const dump = join('/tmp/hukou-bench', `copy-${persons}`);
mkdirSync(dump, { recursive: true });
const cols = (c: string) => (c === '*' ? '' : ` (${c})`);
for (const [table, columns] of TABLES)
  psql(oursUrl, `\\copy ${table}${cols(columns)} to '${join(dump, table)}.copy'`);

const baseline: Record<string, Record<string, number>> = {};
for (const variant of ['plain', 'replica'] as const) {
  const url = await recreateDatabase(admin, `hukou_bench_import_raw_${variant}`);
  if (hukou(['migrate'], { DATABASE_URL: url }).status !== 0) throw new Error('migrate failed');
  const env = variant === 'replica' ? { PGOPTIONS: '-c session_replication_role=replica' } : {};
  baseline[variant] = {};
  for (const [table, columns] of TABLES)
    baseline[variant]![table] =
      Math.round(psql(url, `\\copy ${table}${cols(columns)} from '${join(dump, table)}.copy'`, env) * 10) /
      10;
}
const total = (v: Record<string, number>) =>
  Math.round(Object.values(v).reduce((a, b) => a + b, 0) * 10) / 10;
const plain = total(baseline.plain!);
const replica = total(baseline.replica!);
console.log(
  JSON.stringify(
    {
      persons: result.counts.persons,
      households: result.counts.households,
      ours: {
        importSeconds: result.seconds,
        processSeconds: Math.round(ours.seconds * 10) / 10,
        peakMiB: ours.peakMiB,
      },
      baselinePsqlCopySeconds: { plain, replica, perTable: baseline },
      throughputVsPlainCopy: Math.round((plain / result.seconds) * 100) + '%',
      throughputVsReplicaCopy: Math.round((replica / result.seconds) * 100) + '%',
      machine: machine(),
    },
    null,
    2,
  ),
);
