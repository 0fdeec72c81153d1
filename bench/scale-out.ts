// Scale-out (issue 20): the plain schema against the county-partitioned one (HUKOU_PARTITIONED=1), in the same run,
// on the same generated city, with a raw `psql \copy` of the same CSV files as the bulk-load baseline.
// 1. raw: every CSV file into a bare table of text columns, with the two indexes the register looks by (persons by
//    ID number, households by household number), created before the copy;
// 2. `hukou import` (child process) into a fresh plain database, then into a fresh partitioned one;
// 3. --lookup: person lookup by ID number through the full API (city officer: session, jurisdiction, audit row) with
//    wrk, 32 connections, alternating plain / partitioned for --rounds rounds;
// 4. --scan: the whole registry-quality scan on each, alternating;
// 5. --floor: PostgreSQL alone copying the rows the plain import wrote (bench/import-floor.ts).
// Usage: node --import tsx bench/scale-out.ts --persons 1000000 [--city DIR] [--admin postgres://…/test] [--lookup]
//   [--scan] [--floor] [--seconds 15] [--rounds 2] [--keep] [--reuse]
//   (databases h20_raw, h20_plain, h20_partitioned, h20_floor; dropped unless --keep)
import { execFile } from 'node:child_process';
import { closeSync, openSync, readdirSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { buildApp } from '../src/api/app.ts';
import { runQualityScan } from '../src/app/quality/run-scan.ts';
import type { RequestContext } from '../src/app/context.ts';
import { DEMO_PASSWORD, seedDemoUsers } from '../src/app/users/demo-users.ts';
import { openDatabase } from '../src/db/connection.ts';
import {
  arg,
  databaseUrl,
  ensureCity,
  hukou,
  loadAverage,
  machine,
  recreateDatabase,
  timed,
} from './import-support.ts';
import { measureFloor } from './import-floor.ts';
import { benchDeps } from './registry-support.ts';

const persons = Number(arg('persons', '1000000'));
const city = arg('city', `/tmp/hukou-bench/city-${persons}`);
const admin = arg('admin', process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test');
const seconds = Number(arg('seconds', '15'));
const rounds = Number(arg('rounds', '2'));
const MODES = ['plain', 'partitioned'] as const;
type Mode = (typeof MODES)[number];
const dbName = (mode: Mode | 'raw') => `h20_${mode}`;
const log = (what: string, value: unknown) =>
  console.error(`[${new Date().toISOString()} load ${loadAverage()}] ${what} ${JSON.stringify(value)}`);
const round1 = (x: number) => Math.round(x * 10) / 10;

const psql = (url: string, command: string) => {
  const r = timed('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', url, '-c', command]);
  if (r.status !== 0) throw new Error(r.stderr);
  return r.seconds;
};

/** A CSV file's header, read from its first 64 KB (a 6.5 M persons file is larger than a string may be). */
function firstLine(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(65536);
    const n = readSync(fd, buffer, 0, buffer.length, 0);
    return buffer.subarray(0, n).toString('utf8').split('\n')[0]!.trim();
  } finally {
    closeSync(fd);
  }
}

/** The baseline: the CSV files as they are into bare text tables with the register's two lookup indexes. */
async function rawCopy(): Promise<{ seconds: number; perFile: Record<string, number> }> {
  const url = await recreateDatabase(admin, dbName('raw'));
  const perFile: Record<string, number> = {};
  for (const file of readdirSync(city).filter((f) => f.endsWith('.csv') && f !== 'ground-truth.csv')) {
    const table = `raw_${file.replace(/\.csv$/, '').replace(/[^a-z0-9]/g, '_')}`;
    const header = firstLine(join(city, file)).split(',');
    psql(url, `create table ${table} (${header.map((c) => `"${c}" text`).join(', ')})`);
    if (header.includes('id_number') && file.startsWith('persons'))
      psql(url, `create index on ${table} (id_number)`);
    if (header.includes('household_no') && file.startsWith('households'))
      psql(url, `create index on ${table} (household_no)`);
    perFile[file] = round1(
      psql(url, `\\copy ${table} from '${join(city, file)}' with (format csv, header true)`),
    );
  }
  return { seconds: round1(Object.values(perFile).reduce((a, b) => a + b, 0)), perFile };
}

function importInto(mode: Mode) {
  const env = {
    DATABASE_URL: databaseUrl(admin, dbName(mode)),
    HUKOU_PARTITIONED: mode === 'partitioned' ? '1' : '0',
  };
  const m = hukou(['migrate'], env);
  if (m.status !== 0) throw new Error(m.stderr);
  const r = hukou(['import', '--dir', city], env);
  if (r.status !== 0) throw new Error(r.stderr);
  const out = JSON.parse(r.stdout) as {
    seconds: number;
    counts: Record<string, number>;
    phases: Record<string, number>;
  };
  const size = timed('psql', [
    '-X',
    '-At',
    env.DATABASE_URL,
    '-c',
    'select pg_database_size(current_database())',
  ]);
  return {
    importSeconds: out.seconds,
    databaseMiB: Math.round(Number(size.stdout.trim()) / 2 ** 20),
    processSeconds: round1(r.seconds),
    peakMiB: r.peakMiB,
    phases: out.phases,
    counts: out.counts,
  };
}

async function wrk(base: string, cookie: string, duration: number) {
  const args = [
    '-t2',
    '-c32',
    `-d${duration}s`,
    '--latency',
    '-s',
    '.tmp/scale-lookup.lua',
    '-H',
    `Cookie: ${cookie}`,
  ];
  const { stdout } = await promisify(execFile)('wrk', [...args, new URL(base).origin, '--', base], {
    encoding: 'utf8',
  });
  return {
    requestsPerSecond: Number(/Requests\/sec:\s+([\d.]+)/.exec(stdout)?.[1]),
    non2xx: Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(stdout)?.[1] ?? 0),
  };
}

async function lookups(): Promise<Record<Mode, number[]>> {
  const apps = new Map<Mode, { path: string; cookie: string; close: () => Promise<void> }>();
  const sampleDb = new pg.Client({ connectionString: databaseUrl(admin, dbName('plain')) });
  await sampleDb.connect();
  const ids = (
    await sampleDb.query(
      "select id_number from person tablesample system (2) where status = 'active' and legacy_flag is null limit 5000",
    )
  ).rows.map((r) => r.id_number as string);
  await sampleDb.end();
  const { mkdirSync, writeFileSync } = await import('node:fs');
  mkdirSync('.tmp', { recursive: true });
  writeFileSync('.tmp/scale-ids.txt', ids.join('\n'));
  writeFileSync(
    '.tmp/scale-lookup.lua',
    `local ids = {}\nfor line in io.lines(".tmp/scale-ids.txt") do ids[#ids + 1] = line end\nlocal prefix = nil\n` +
      `init = function(args) prefix = args[1] end\n` +
      `request = function() return wrk.format("GET", prefix .. ids[math.random(#ids)]) end\n`,
  );
  for (const mode of MODES) {
    const database = await openDatabase({ url: databaseUrl(admin, dbName(mode)), poolSize: 32 });
    const deps = benchDeps(database);
    await seedDemoUsers(deps);
    const app = await buildApp(deps, { logger: false, webDir: '/nonexistent' });
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    const login = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'city', password: DEMO_PASSWORD }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
    const path = `${base}/api/v1/registry/persons/by-id-number/`;
    const probe = (await (await fetch(`${path}${ids[0]}`, { headers: { cookie } })).json()) as {
      persons: unknown[];
    };
    if (probe.persons?.length !== 1)
      throw new Error(`${mode}: lookup found ${probe.persons?.length} persons`);
    await wrk(path, cookie, 3);
    apps.set(mode, { path, cookie, close: async () => (await app.close(), await database.close()) });
  }
  const result: Record<Mode, number[]> = { plain: [], partitioned: [] };
  for (let r = 0; r < rounds; r++)
    for (const mode of r % 2 ? [...MODES].reverse() : MODES) {
      const a = apps.get(mode)!;
      const w = await wrk(a.path, a.cookie, seconds);
      if (w.non2xx) throw new Error(`${mode}: ${w.non2xx} answers not 2xx`);
      result[mode].push(w.requestsPerSecond);
      log(`lookup ${mode}`, w);
    }
  for (const a of apps.values()) await a.close();
  return result;
}

async function scan(mode: Mode) {
  const database = await openDatabase({ url: databaseUrl(admin, dbName(mode)) });
  try {
    const deps = { ...benchDeps(database), now: () => new Date('2023-01-02T00:00:00Z') };
    const ctx: RequestContext = {
      principal: { kind: 'operator', session: 'bench' },
      requestId: 'bench',
      ip: 'bench',
    };
    const t = Date.now();
    const out = await runQualityScan(deps, ctx, { trigger: 'bench', workMem: '512MB' });
    return { seconds: (Date.now() - t) / 1000, findings: out.findings.length, load: loadAverage() };
  } finally {
    await database.close();
  }
}

ensureCity(persons, city);
log('city', { city, persons });
// --reuse: the databases of a run made with --keep are measured again (lookups, scans); nothing is loaded.
const reuse = process.argv.includes('--reuse');
const raw = reuse ? null : await rawCopy();
log('raw copy', raw);
const imports: Partial<Record<Mode, ReturnType<typeof importInto>>> = {};
for (const mode of reuse ? [] : MODES) {
  await recreateDatabase(admin, dbName(mode));
  imports[mode] = importInto(mode);
  log(`import ${mode}`, imports[mode]);
}
const percent = (part: number | undefined, whole: number | undefined) =>
  part && whole ? Math.round((part / whole) * 100) + '%' : null;
// The floor: PostgreSQL alone copying the rows the plain import wrote (bench/import-floor.ts).
const floor = process.argv.includes('--floor')
  ? await measureFloor(admin, dbName('plain'), 'h20_floor', `/tmp/hukou-bench/floor-${persons}`)
  : null;
if (floor) log('floor', floor);
const lookup = process.argv.includes('--lookup') ? await lookups() : null;
const scans: Partial<Record<Mode, Awaited<ReturnType<typeof scan>>>> = {};
if (process.argv.includes('--scan'))
  for (const mode of MODES) {
    scans[mode] = await scan(mode);
    log(`scan ${mode}`, scans[mode]);
  }
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
console.log(
  JSON.stringify(
    {
      persons,
      rawCopySeconds: raw,
      imports,
      importVsRawCopy: Object.fromEntries(
        MODES.map((m) => [m, percent(raw?.seconds, imports[m]?.importSeconds)]),
      ),
      floor,
      // the import against the floor of its own rows, and the raw copy of the CSV files against that floor
      importVsFloor: percent(floor?.totalSeconds, imports.plain?.importSeconds),
      rawCopyVsFloor: percent(raw?.seconds, floor?.totalSeconds),
      partitionedImportOverPlain: percent(imports.partitioned?.importSeconds, imports.plain?.importSeconds),
      lookupRequestsPerSecond: lookup,
      // time per lookup, partitioned over plain (the budget: ≤ 120 %)
      partitionedLookupOverPlain: lookup
        ? round1((sum(lookup.plain) / sum(lookup.partitioned)) * 100) + '%'
        : null,
      scans,
      partitionedScanOverPlain:
        scans.plain && scans.partitioned
          ? round1((scans.partitioned.seconds / scans.plain.seconds) * 100) + '%'
          : null,
      machine: machine(),
    },
    null,
    2,
  ),
);
if (!process.argv.includes('--keep')) {
  const c = new pg.Client({ connectionString: admin });
  await c.connect();
  for (const name of ['raw', ...MODES] as const)
    await c.query(`drop database if exists ${dbName(name)} with (force)`);
  await c.query('drop database if exists h20_floor with (force)');
  await c.end();
}
