// Person lookup by ID number through the full API (session cookie + role and jurisdiction check + audit row) beside
// the same lookup through a bare Fastify + pg handler, in the same run, on PostgreSQL, 32 connections each (wrk).
// T13.2 budget: also the same lookup in the same app without authorization, masking and audit ("plain": same Fastify
// app and plugins, same query, no session check, no audit insert), and the full lookup as a department officer
// (masked view) — authorization + masking + audit ≤ 20% over plain.
//   node --import tsx bench/registry-lookup.ts [--households 50000] [--seconds 20] [--connections 32] [--reuse] [--db name]
//     [--rounds 3]  (the T13.2 phases — plain, police, department — repeated in rotation, totals compared)
// Needs wrk (apt-get install wrk) and PostgreSQL at --url. Figures go to docs/PERFORMANCE.md (Registry).
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync, writeFileSync } from 'node:fs';
import Fastify from 'fastify';
import pg from 'pg';
import { buildApp } from '../src/api/app.ts';
import { DEMO_PASSWORD } from '../src/app/users/demo-users.ts';
import { arg, benchDeps, freshDatabase, loadRegister } from './registry-support.ts';
import { sql } from 'kysely';
import { Coalescer } from '../src/db/coalesce.ts';

const households = Number(arg('households', '50000'));
const seconds = Number(arg('seconds', '20'));
const connections = Number(arg('connections', '32'));
const adminUrl = arg('url', 'postgres://postgres@127.0.0.1:5432/postgres');

interface WrkResult {
  requests: number;
  requestsPerSecond: number;
  p99Ms: number;
  non2xx: number;
  /** CPU of this (server) process per request, both servers running here: where the Node side's time goes. */
  nodeCpuMsPerRequest?: number;
}

function toMs(v: string): number {
  const m = /([\d.]+)(us|ms|s)/.exec(v);
  if (!m) return NaN;
  return Number(m[1]) * (m[2] === 'us' ? 0.001 : m[2] === 's' ? 1000 : 1);
}

/** wrk with the Lua script picking a random ID number per request; the path prefix goes to init() after "--". */
async function measure(base: string, cookie: string | null, duration: number): Promise<WrkResult> {
  const args = ['-t2', `-c${connections}`, `-d${duration}s`, '--latency', '-s', '.tmp/lookup.lua'];
  if (cookie) args.push('-H', `Cookie: ${cookie}`);
  // Asynchronous: the servers under test run in this process and must keep serving while wrk runs.
  const cpu = process.cpuUsage();
  const { stdout: out } = await promisify(execFile)('wrk', [...args, new URL(base).origin, '--', base], {
    encoding: 'utf8',
  });
  const used = process.cpuUsage(cpu);
  const requests = Number(/(\d+) requests in/.exec(out)?.[1]);
  return {
    requests,
    nodeCpuMsPerRequest: Number(((used.user + used.system) / 1000 / requests).toFixed(3)),
    requestsPerSecond: Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1]),
    p99Ms: toMs(/\s99%\s+(\S+)/.exec(out)?.[1] ?? ''),
    non2xx: Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(out)?.[1] ?? 0),
  };
}

async function main() {
  const reuse = process.argv.includes('--reuse');
  const { database, url } = await freshDatabase(
    adminUrl,
    arg('db', 'hukou_bench_lookup'),
    connections,
    reuse,
  );
  const deps = benchDeps(database);
  const t0 = Date.now();
  const persons = reuse
    ? await database.db.selectFrom('person').select('id_number as idNumber').execute()
    : (await loadRegister(deps, households, 3)).persons;
  console.error(`${reuse ? 'reused' : 'loaded'} ${persons.length} persons in ${(Date.now() - t0) / 1000}s`);

  // Random ID numbers for wrk's Lua script (one path per request).
  mkdirSync('.tmp', { recursive: true });
  const sample = Array.from({ length: 5000 }, (_, i) => persons[(i * 7919) % persons.length]!.idNumber);
  writeFileSync('.tmp/ids.txt', sample.join('\n'));
  writeFileSync(
    '.tmp/lookup.lua',
    `local ids = {}\nfor line in io.lines(".tmp/ids.txt") do ids[#ids + 1] = line end\nlocal prefix = nil\n` +
      `init = function(args) prefix = args[1] end\n` +
      `request = function() return wrk.format("GET", prefix .. ids[math.random(#ids)]) end\n`,
  );

  const app = await buildApp(deps, { logger: false, webDir: '/nonexistent' });
  // Plain: the same app (plugins, hooks, serializer) and the same grouped select as lookup.ts (groups of ≤ 64, 4 in
  // flight, the clerk's county and town), without the session check, the view and the audit insert.
  const plainLookups = new Coalescer<string, unknown[]>(
    async (ids) => {
      const doc = JSON.stringify(ids.map((id, o) => ({ o, id })));
      const r = await sql<{ o: number }>`
      with q as materialized (select * from jsonb_to_recordset(${doc}::jsonb) as q(o int, id text))
      select q.o, x.* from q cross join lateral (
        select p.*, h.division_code, row_number() over (order by p.status) as rn
        from person p left join household h on h.household_id = p.household_id
        where p.id_number = q.id and p.county_code = '530602' order by rn limit 20
      ) x where starts_with(x.division_code, '530602001') order by o, rn`.execute(database.db);
      const out: unknown[][] = ids.map(() => []);
      for (const row of r.rows) out[row.o]!.push(row);
      return out;
    },
    { maxGroup: 64, maxInFlight: 4 },
  );
  app.get<{ Params: { idNumber: string } }>(
    '/bench/plain/:idNumber',
    { serializerCompiler: () => (data) => JSON.stringify(data) },
    async (request) => ({
      idNumber: request.params.idNumber,
      persons: await plainLookups.submit(request.params.idNumber),
    }),
  );
  const full = await app.listen({ port: 0, host: '127.0.0.1' });
  const loginAs = async (username: string) => {
    const login = await fetch(`${full}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: DEMO_PASSWORD }),
    });
    return (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  };
  const cookie = await loginAs('clerk');
  const deptCookie = await loginAs('edu');

  const pool = new pg.Pool({ connectionString: url, max: connections });
  const bare = Fastify({ logger: false });
  bare.get<{ Params: { idNumber: string } }>('/bare/:idNumber', async (request) => {
    const r = await pool.query(
      'select p.*, h.division_code from person p left join household h on h.household_id = p.household_id where p.id_number = $1',
      [request.params.idNumber],
    );
    return { persons: r.rows };
  });
  const bareUrl = await bare.listen({ port: 0, host: '127.0.0.1' });

  const fullPath = `${full}/api/v1/registry/persons/by-id-number/`;
  const barePath = `${bareUrl}/bare/`;
  const plainPath = `${full}/bench/plain/`;
  // Warm each up, then measure one after the other in the same run.
  await measure(fullPath, cookie, 3);
  await measure(barePath, null, 3);
  await measure(plainPath, null, 3);
  await measure(fullPath, deptCookie, 3);
  const masked = (await (
    await fetch(`${fullPath}${sample[0]}`, { headers: { cookie: deptCookie } })
  ).json()) as { persons: Array<{ name: string }> };
  if (masked.persons.length !== 1 || !masked.persons[0]!.name.includes('*'))
    throw new Error('department lookup not masked');
  const plainProbe = (await (await fetch(`${plainPath}${sample[0]}`)).json()) as { persons: unknown[] };
  if (plainProbe.persons.length !== 1)
    throw new Error(`plain lookup found ${plainProbe.persons.length} persons`);
  // Honesty checks: the full API really finds the person, and writes one audit row per answered lookup.
  const probe = (await (await fetch(`${fullPath}${sample[0]}`, { headers: { cookie } })).json()) as {
    persons: unknown[];
  };
  if (probe.persons.length !== 1)
    throw new Error(`full API found ${probe.persons.length} persons for ${sample[0]}`);
  const auditCount = async () =>
    (await pool.query("select count(*)::int as n from audit_log where action = 'registry.lookup'")).rows[0]
      .n as number;
  const auditBefore = await auditCount();
  const fullResult = await measure(fullPath, cookie, seconds);
  const auditDuringFull = (await auditCount()) - auditBefore;
  const bareResult = await measure(barePath, null, seconds);
  // T13.2 comparison in rounds (plain, police, department, then again): on this shared machine the load drifts within
  // a minute, and interleaving spreads the drift over all three instead of charging it to whichever ran last.
  const rounds = Number(arg('rounds', '1'));
  const totals = { plain: 0, police: 0, department: 0 };
  for (let r = 0; r < rounds; r++) {
    totals.plain += (await measure(plainPath, null, seconds)).requests;
    totals.police += (await measure(fullPath, cookie, seconds)).requests;
    totals.department += (await measure(fullPath, deptCookie, seconds)).requests;
  }
  const perSecond = (n: number) => Number((n / (rounds * seconds)).toFixed(1));

  console.log(
    JSON.stringify(
      {
        households,
        persons: persons.length,
        connections,
        seconds,
        fullApi: fullResult,
        bareHandler: bareResult,
        ratio: Number((fullResult.requestsPerSecond / bareResult.requestsPerSecond).toFixed(3)),
        rounds,
        requestsPerSecond: {
          plainSameApp: perSecond(totals.plain),
          police: perSecond(totals.police),
          department: perSecond(totals.department),
        },
        // T13.2: time per lookup with authorization + masking + audit over the same lookup without them (1.20 = +20%).
        overheadPolice: Number((totals.plain / totals.police).toFixed(3)),
        overheadDepartment: Number((totals.plain / totals.department).toFixed(3)),
        // wrk counts answers received; requests cut off at the end may be audited without being counted (≥, not =).
        auditRowsDuringFull: auditDuringFull,
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
