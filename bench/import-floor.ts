// The floor of an import: PostgreSQL alone writing the rows our import wrote, with nothing of ours in the way. The
// loaded tables of an imported database are dumped in COPY format and copied by `psql \copy` into a fresh migrated
// database in the state an initial load writes into (secondary indexes dropped, foreign-key triggers off), then the
// dropped indexes are built one after another. No import, however its parsing and overlap are arranged, can load the
// same register in less than this on the same server: it is the yardstick for "how far is the import from the
// physical limit of its own rows", beside the raw copy of the CSV files (bench/scale-out.ts).
import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { LOADED_TABLES } from '../src/jobs/import/deferred-indexes.ts';
import { databaseUrl, hukou, recreateDatabase, timed } from './import-support.ts';

/** The tables an initial load fills (LOADED_TABLES) and the columns it writes (membership's identity is generated). */
const TABLES: Array<[table: string, columns: string]> = [
  ['household', ''],
  ['person', ''],
  ['membership', '(person_id, household_id, relation, since, county_code)'],
  ['id_number_claim', ''],
];

const SECONDARY = `select pg_get_indexdef(i.indexrelid) || ';' from pg_index i
   where i.indrelid = any(array[${LOADED_TABLES.map((t) => `'${t}'`).join(', ')}]::regclass[])
     and not i.indisunique and not i.indisprimary
     and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)`;

const round1 = (x: number) => Math.round(x * 10) / 10;

function psql(url: string, command: string, env: NodeJS.ProcessEnv = {}) {
  const r = timed('psql', ['-X', '-q', '-At', '-v', 'ON_ERROR_STOP=1', url, '-c', command], env);
  if (r.status !== 0) throw new Error(r.stderr);
  return r;
}

export interface Floor {
  /** Seconds of each table's `\copy`, with the unique indexes and primary keys in place. */
  copySeconds: Record<string, number>;
  /** The secondary indexes built after, one at a time. */
  indexSeconds: number;
  totalSeconds: number;
  copyMiB: number;
}

/** Measure the floor of the register loaded in database `source` (on the server of admin), in database `name`. */
export async function measureFloor(
  admin: string,
  source: string,
  name: string,
  dumpDir: string,
  env: NodeJS.ProcessEnv = {},
): Promise<Floor> {
  mkdirSync(dumpDir, { recursive: true });
  const from = databaseUrl(admin, source);
  let bytes = 0;
  for (const [table, columns] of TABLES) {
    psql(from, `\\copy ${table} ${columns} to '${join(dumpDir, table)}.copy'`);
    bytes += Number(timed('stat', ['-c', '%s', join(dumpDir, `${table}.copy`)]).stdout.trim());
  }
  const url = await recreateDatabase(admin, name);
  const m = hukou(['migrate'], { ...env, DATABASE_URL: url });
  if (m.status !== 0) throw new Error(m.stderr);
  const definitions = psql(url, SECONDARY).stdout.trim().split('\n').filter(Boolean);
  for (const d of definitions) psql(url, `drop index ${/^CREATE INDEX (\S+)/.exec(d)![1]}`);
  const replica = { PGOPTIONS: '-c session_replication_role=replica' };
  const copySeconds: Record<string, number> = {};
  for (const [table, columns] of TABLES)
    copySeconds[table] = round1(
      psql(url, `\\copy ${table} ${columns} from '${join(dumpDir, table)}.copy'`, replica).seconds,
    );
  const t = Date.now();
  for (const d of definitions) psql(url, d.replace(/ ON ONLY /, ' ON '));
  const indexSeconds = round1((Date.now() - t) / 1000);
  const copies = Object.values(copySeconds).reduce((a, b) => a + b, 0);
  return {
    copySeconds,
    indexSeconds,
    totalSeconds: round1(copies + indexSeconds),
    copyMiB: Math.round(bytes / 2 ** 20),
  };
}
