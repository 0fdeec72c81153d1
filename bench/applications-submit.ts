// 100 concurrent settlement submissions with evaluation on PostgreSQL (budget: p99 ≤ 500 ms).
// Run: node --import tsx bench/applications-submit.ts [concurrency=100] [rounds=5] [url=postgres://postgres@127.0.0.1:5432/test]
// BENCH_POOL=N sets the pg pool size (default 20, the server's default). Prints the load average before and after
// and the Node process's CPU time per submission, so a figure can be read against what else ran on the machine.
// Creates its own database (hukou_bench_applications), migrates it, starts the real server on a free port and
// sends each round's submissions at once over HTTP: a clerk's intake (POST /api/v1/applications) followed by the
// submission that runs the policy engine (POST …/submit); the timed figure is intake + submit per application,
// each with its own Idempotency-Key, through auth, validation, the row lock, evaluation, the event and audit rows.
import { loadavg } from 'node:os';
import { recreateDatabase } from './import-support.ts';
import { buildApp } from '../src/api/app.ts';
import { seedDemoUsers, DEMO_PASSWORD } from '../src/app/users/demo-users.ts';
import { openDatabase } from '../src/db/connection.ts';
import { migrate } from '../src/db/migrate.ts';
import { makeIdNumber } from '../src/domain/identity/id-number.ts';
import { loadConfig } from '../src/config.ts';
import { loadPolicy } from '../src/policy-data/load.ts';

const concurrency = Number(process.argv[2] ?? 100);
const rounds = Number(process.argv[3] ?? 5);
const adminUrl = process.argv[4] ?? 'postgres://postgres@127.0.0.1:5432/test';
const NAME = 'hukou_bench_applications';

const url = await recreateDatabase(adminUrl, NAME);
const poolSize = Number(process.env.BENCH_POOL ?? 20);
const database = await openDatabase({ url, poolSize });
await migrate(database);
const deps = {
  database,
  config: { ...loadConfig({ ...process.env, DATABASE_URL: url }), logLevel: 'warn' },
  now: () => new Date(),
  policy: loadPolicy(),
};
await seedDemoUsers(deps);
const app = await buildApp(deps, { logger: false, webDir: '/nonexistent' });
const base = await app.listen({ port: 0, host: '127.0.0.1' });

const login = await fetch(`${base}/api/v1/auth/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ username: 'clerk', password: DEMO_PASSWORD }),
});
const cookie = login.headers.get('set-cookie')!.split(';')[0]!;

function body(n: number) {
  // Unique ID numbers: one birth date per application (1960-01-01 + n days).
  const birthDate = new Date(Date.UTC(1960, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
  const seq = 100 + (n % 800);
  return {
    channel: 'counter',
    basis: 'residence',
    consent: true,
    applicant: {
      name: '测试申请人',
      idNumber: makeIdNumber('530627', birthDate, seq),
      sex: seq % 2 ? '1' : '2',
      ethnicity: '01',
      birthDate,
      hukou: { divisionCode: '530627', rural: true },
      ruralRights: ['land-contract'],
    },
    destination: { divisionCode: '530602001003', kind: 'central-city', address: `龙泉路${n}号` },
    residence: {
      tenure: 'rented',
      legal: true,
      actuallyResiding: true,
      rentalRegistered: n % 5 !== 0,
      ownerConsent: true,
      otherHouseholdAtAddress: false,
      sharedOrSublet: false,
    },
  };
}

async function post(path: string, payload: unknown, key: string) {
  const r = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/json', 'idempotency-key': key },
    body: JSON.stringify(payload),
  });
  if (r.status >= 300) throw new Error(`${path}: ${r.status} ${await r.text()}`);
  return r.json() as Promise<{ id: string }>;
}

async function timed<T>(f: () => Promise<T>): Promise<[number, T]> {
  const t = performance.now();
  const r = await f();
  return [performance.now() - t, r];
}

function report(label: string, xs: number[], wall: number) {
  xs.sort((a, b) => a - b);
  const q = (p: number) => xs[Math.min(xs.length - 1, Math.ceil(p * xs.length) - 1)]!.toFixed(0);
  console.log(
    `${label}: p50 ${q(0.5)} ms, p90 ${q(0.9)} ms, p99 ${q(0.99)} ms, max ${q(1)} ms; ${((xs.length / wall) * 1000).toFixed(0)}/s`,
  );
}

// Warm-up (JIT, pool): 20 intakes and submissions.
await Promise.all(
  Array.from({ length: 20 }, async (_, i) => {
    const { id } = await post('/api/v1/applications', body(10_000 + i), `w-${i}`);
    await post(`/api/v1/applications/${id}/submit`, {}, `ws-${i}`);
  }),
);
const intake: number[] = [];
const submit: number[] = [];
let intakeWall = 0;
let submitWall = 0;
let submitCpu = 0;
const loadBefore = loadavg()
  .map((x) => x.toFixed(2))
  .join(' ');
for (let r = 0; r < rounds; r++) {
  let t = performance.now();
  const made = await Promise.all(
    Array.from({ length: concurrency }, (_, i) =>
      timed(() => post('/api/v1/applications', body(r * concurrency + i), `b-${r}-${i}`)),
    ),
  );
  intakeWall += performance.now() - t;
  intake.push(...made.map(([ms]) => ms));
  t = performance.now();
  const cpu = process.cpuUsage();
  const done = await Promise.all(
    made.map(([, { id }], i) => timed(() => post(`/api/v1/applications/${id}/submit`, {}, `s-${r}-${i}`))),
  );
  submitWall += performance.now() - t;
  const used = process.cpuUsage(cpu);
  submitCpu += (used.user + used.system) / 1000;
  submit.push(...done.map(([ms]) => ms));
}
console.log(
  `${rounds} rounds of ${concurrency} concurrent requests, PostgreSQL, HTTP on ${base}, pg pool ${poolSize}`,
);
console.log(
  `load average before ${loadBefore}, after ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}`,
);
console.log(`server + client Node CPU per submission: ${(submitCpu / submit.length).toFixed(1)} ms`);
report('submit with evaluation (POST …/submit)', submit, submitWall);
report('intake (POST /api/v1/applications)  ', intake, intakeWall);
await app.close();
await database.close();
