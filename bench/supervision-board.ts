// The supervision board (issue 19) with a long history: GET /api/v1/tasks and the XLSX export on PostgreSQL.
// Run: node --import tsx bench/supervision-board.ts [reports=20000] [requests=200] [url=postgres://root@127.0.0.1:5432/test]
// Creates its own database (hukou_bench_supervision), migrates it, writes `reports` reports spread over the 41
// leaves with 3 events each (file, accept, rate) in one statement, then times the board sequentially through the
// whole app (app.inject: auth, the three folded reads, the status derivation, serialization).
import { loadavg } from 'node:os';
import { sql } from 'kysely';
import { recreateDatabase } from './import-support.ts';
import { buildApp } from '../src/api/app.ts';
import { seedDemoUsers, DEMO_PASSWORD } from '../src/app/users/demo-users.ts';
import { openDatabase } from '../src/db/connection.ts';
import { migrate } from '../src/db/migrate.ts';
import { loadConfig } from '../src/config.ts';
import { loadPolicy } from '../src/policy-data/load.ts';
import { LEAF_IDS } from '../src/domain/supervision/tasks.ts';

const reports = Number(process.argv[2] ?? 20_000);
const requests = Number(process.argv[3] ?? 200);
const adminUrl = process.argv[4] ?? 'postgres://root@127.0.0.1:5432/test';

const url = await recreateDatabase(adminUrl, 'hukou_bench_supervision');
const database = await openDatabase({ url, poolSize: 4 });
await migrate(database);
const deps = {
  database,
  config: { ...loadConfig({ ...process.env, DATABASE_URL: url }), logLevel: 'warn' },
  now: () => new Date(),
  policy: loadPolicy(),
};
await seedDemoUsers(deps);
const leaves = sql.val(LEAF_IDS);
await sql`
  insert into supervision_report (item_id, task_id, unit_code, state, percent, text, attachments, indicators, filed_at, updated_at)
  select l.id, split_part(l.id, '.', 1), 'psb', 'accepted', (n % 101), 'bench', '[]'::jsonb, '{}', now() - (n || ' minutes')::interval, now()
  from generate_series(1, ${reports}) n, lateral (select (${leaves}::text[])[1 + n % ${LEAF_IDS.length}] as id) l`.execute(
  database.db,
);
await sql`
  insert into supervision_report_event (report_id, item_id, seq, action, to_state, unit_code, detail, at)
  select r.report_id, r.item_id, s.seq, s.action, s.state, 'psb', jsonb_build_object('percent', r.percent), r.filed_at + (s.seq || ' seconds')::interval
  from supervision_report r, (values (1, 'file', 'filed'), (2, 'accept', 'accepted'), (3, 'rate', 'accepted')) s(seq, action, state)`.execute(
  database.db,
);
await sql`analyze`.execute(database.db);

const app = await buildApp(deps, { logger: false, webDir: '/nonexistent' });
const login = await app.inject({
  method: 'POST',
  url: '/api/v1/auth/login',
  payload: { username: 'clerk', password: DEMO_PASSWORD },
});
const cookie = `hukou_session=${login.cookies.find((c) => c.name === 'hukou_session')!.value}`;

async function time(path: string, n: number) {
  const ms: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    const r = await app.inject({ method: 'GET', url: path, headers: { cookie } });
    if (r.statusCode !== 200) throw new Error(`${path}: ${r.statusCode} ${r.body.slice(0, 200)}`);
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  const at = (q: number) => ms[Math.min(ms.length - 1, Math.floor(q * ms.length))]!.toFixed(1);
  return `p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, p99 ${at(0.99)} ms`;
}

const load = loadavg()[0]!.toFixed(1);
await time('/api/v1/tasks', 10); // warm-up
console.log(`${reports} reports (${reports * 3} events), load ${load}`);
console.log(`GET /api/v1/tasks × ${requests}: ${await time('/api/v1/tasks', requests)}`);
console.log(
  `GET /api/v1/tasks?asOf (a past day) × ${requests}: ${await time('/api/v1/tasks?asOf=2025-01-01', requests)}`,
);
const year = new Date().toISOString().slice(0, 4);
console.log(
  `export xlsx × 10: ${await time(`/api/v1/supervision/export?from=${year}-01-01&to=${year}-12-31&format=xlsx`, 10)}`,
);
console.log(
  `export pdf × 5: ${await time(`/api/v1/supervision/export?from=${year}-01-01&to=${year}-12-31&format=pdf`, 5)}`,
);
console.log(`load after ${loadavg()[0]!.toFixed(1)}`);
await app.close();
await database.close();
