// The endorsement work lists (issue 15): a station's and the whole city's permits due in the next 30 days and
// overdue, over N residence permits on PostgreSQL, through the full API (session, jurisdiction, the use case) beside
// the same two queries in a bare Fastify + pg handler, in the same run. Requests one at a time (a clerk opening the
// list), p50/p95 of each; the budget is p95 ≤ 100 ms.
//   node --import tsx bench/permits-due.ts [--permits 500000] [--requests 300] [--db hukou_bench_due] [--reuse]
// Figures go to docs/PERFORMANCE.md (Residence permits).
import Fastify from 'fastify';
import pg from 'pg';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../src/db/schema.ts';
import { buildApp } from '../src/api/app.ts';
import { DEMO_PASSWORD, seedDemoUsers } from '../src/app/users/demo-users.ts';
import { addDays, localDate } from '../src/domain/applications/deadlines.ts';
import { TOWNS } from '../src/domain/divisions/index.ts';
import { loadAverage, machine } from './import-support.ts';
import { arg, benchDeps, freshDatabase, timeRequests } from './registry-support.ts';

const permits = Number(arg('permits', '500000'));
const requests = Number(arg('requests', '300'));
const adminUrl = arg('url', 'postgres://postgres@127.0.0.1:5432/postgres');

/** N registrations and permits spread over every town of the city (the demo station 凤凰街道 gets its share). */
async function load(db: Kysely<DB>, today: string) {
  const towns = [...TOWNS.keys()];
  await sql`
    with t as (select ord, code from unnest(${towns}::text[]) with ordinality as t(code, ord)),
    n as (select g, (select code from t where ord = 1 + g % ${towns.length}) as station from generate_series(1, ${permits}) g)
    insert into residence_registration (id, county_code, station_code, unit_code, address, since, grounds, evidence,
      status, id_number, name, sex, birth_date, hukou_division_code, hukou_rural, created_at, updated_at)
    select gen_random_uuid(), left(station, 6), station, station || '001', '路' || g || '号', date '2016-01-01',
      '["employment"]', '[]', 'active', 'B' || lpad(g::text, 17, '0'), '持证' || g, '1', date '1985-01-01',
      '532101', true, now(), now()
    from n`.execute(db);
  // Anniversaries spread over a year around today: about 8 % due within 30 days, 5 % overdue (suspended).
  await sql`
    insert into residence_permit (id, county_code, station_code, registration_id, number, id_number, holder_name,
      status, applied_on, issue_by, issued_on, endorsements, card_edition, verify_token, due_on, eligibility,
      created_at, updated_at)
    select gen_random_uuid(), r.county_code, r.station_code, r.id, 'JZ' || lpad(g::text, 17, '0'), r.id_number,
      r.name, case when k % 20 = 7 then 'suspended' when k % 50 = 1 then 'cancelled' else 'valid' end,
      date '2017-01-01', date '2017-01-16', date '2017-01-10', '[]', 1, md5('t' || g),
      case when k % 50 = 1 then null when k % 20 = 7 then ${today}::date - 1 - (k % 300)::int
        else ${today}::date + (k % 365)::int end,
      '{}', now(), now()
    from (select r.*, r.g / ${towns.length} as k from (select row_number() over () as g, * from residence_registration) r) r
  `.execute(db);
  // What autovacuum does on a running server soon after a load: statistics and the visibility map (index-only counts).
  await sql`vacuum analyze residence_permit`.execute(db);
}

async function main() {
  const reuse = process.argv.includes('--reuse');
  const { database, url } = await freshDatabase(adminUrl, arg('db', 'hukou_bench_due'), 8, reuse);
  const deps = benchDeps(database);
  const today = localDate(deps.now());
  const t0 = Date.now();
  if (!reuse) {
    await seedDemoUsers(deps);
    await load(database.db, today);
  }
  const loadSeconds = (Date.now() - t0) / 1000;

  const app = await buildApp(deps, { logger: false, webDir: '/nonexistent' });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  const cookieOf = async (username: string) => {
    const r = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: DEMO_PASSWORD }),
    });
    return (r.headers.get('set-cookie') ?? '').split(';')[0]!;
  };
  const clerk = { cookie: await cookieOf('clerk') };
  const city = { cookie: await cookieOf('city') };

  // The bare handler: the same two lists (page of 100 + total) straight from pg, no session, no use case.
  const pool = new pg.Pool({ connectionString: url, max: 8 });
  const bare = Fastify({ logger: false });
  bare.get<{ Querystring: { division?: string } }>('/bare/due', async (request) => {
    const division = request.query.division;
    const list = (overdue: boolean) => {
      const params: string[] = overdue ? [today] : [today, addDays(today, 30)];
      const range = overdue ? 'due_on < $1' : 'due_on >= $1 and due_on <= $2';
      if (division) params.push(division);
      const where = division ? `station_code = $${params.length} and` : '';
      const filter = `from residence_permit where ${where} ${range} and status in ('valid','suspended')`;
      return Promise.all([
        pool.query(
          `select id, number, holder_name, station_code, status, due_on ${filter} order by due_on, id limit 100`,
          params,
        ),
        pool.query(`select count(*)::int as n ${filter}`, params),
      ]);
    };
    const [due, overdue] = await Promise.all([list(false), list(true)]);
    return {
      due: { total: due[1].rows[0].n, items: due[0].rows },
      overdue: { total: overdue[1].rows[0].n, items: overdue[0].rows },
    };
  });
  const bareBase = await bare.listen({ port: 0, host: '127.0.0.1' });

  const probe = (await (await fetch(`${base}/api/v1/residence-permits/due`, { headers: clerk })).json()) as {
    due: { total: number };
    overdue: { total: number };
  };
  const cityProbe = (await (
    await fetch(`${base}/api/v1/residence-permits/due`, { headers: city })
  ).json()) as typeof probe;
  const station = await timeRequests(`${base}/api/v1/residence-permits/due`, clerk, requests);
  const bareStation = await timeRequests(`${bareBase}/bare/due?division=530602001`, {}, requests);
  const cityList = await timeRequests(`${base}/api/v1/residence-permits/due`, city, requests);
  const bareCity = await timeRequests(`${bareBase}/bare/due`, {}, requests);
  console.log(
    JSON.stringify(
      {
        permits,
        loadSeconds,
        machine: machine(),
        load: loadAverage(),
        station: {
          dueTotal: probe.due.total,
          overdueTotal: probe.overdue.total,
          api: station,
          bare: bareStation,
          p95Ratio: Number((station.p95Ms / bareStation.p95Ms).toFixed(2)),
        },
        city: {
          dueTotal: cityProbe.due.total,
          overdueTotal: cityProbe.overdue.total,
          api: cityList,
          bare: bareCity,
          p95Ratio: Number((cityList.p95Ms / bareCity.p95Ms).toFixed(2)),
        },
      },
      null,
      2,
    ),
  );
  await Promise.all([app.close(), bare.close(), pool.end()]);
  await database.close();
}

await main();
