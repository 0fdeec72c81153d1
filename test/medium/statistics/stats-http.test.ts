// /api/v1/stats and /api/v1/registry/as-of over HTTP on an imported city: who may read, what a bad query is told
// (400 naming the field, never a 500), and that the answers are the register's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sql } from 'kysely';
import { importRegister } from '../../../src/app/imports/exchange-files.ts';
import { recordChange } from '../../../src/app/registry/record-change.ts';
import { chinaDay, endOfDay } from '../../../src/domain/statistics/as-of.ts';
import { refreshFigures } from '../../../src/app/statistics/figures.ts';
import { createTestApp, type TestApp } from '../../support/app.ts';
import { ENGINES } from '../../support/databases.ts';
import { operatorContext } from '../../support/deps.ts';
import { BASELINE_DAY, generatedCity } from './support.ts';

let city: Awaited<ReturnType<typeof generatedCity>>;
beforeAll(async () => {
  city = await generatedCity(2000, 'stats-http');
}, 120_000);
afterAll(() => city?.dispose());

describe.each(ENGINES)('statistics over HTTP on %s', (engine) => {
  let t: TestApp;
  let cityCookie: string;
  const get = async (url: string, cookie = cityCookie) =>
    t.app.inject({ method: 'GET', url, headers: { cookie } });
  beforeAll(async () => {
    t = await createTestApp(engine);
    await importRegister(t.deps, { dir: city.dir, actor: 'test', baseline: endOfDay(BASELINE_DAY) });
    cityCookie = await t.login('city');
  }, 180_000);
  afterAll(async () => t?.close());

  it('answers the city with its 11 counties, and a county with its towns, net migration and the T3 county town', async () => {
    const summary = await get('/api/v1/stats/summary');
    expect(summary.statusCode, summary.body).toBe(200);
    const s = summary.json();
    expect(s.counties).toHaveLength(11);
    expect(s.registered.persons).toBe(city.summary.activePersons);
    expect(s.target).toEqual({ clause: 'T1', resident: 0.45, by: '2020-12-31' });
    // One 彝良县 person moves out of the city today: the county's migration shows it.
    const mover = await sql<{ person_id: string; version: number }>`
      select p.person_id, p.version from person p join household h on h.household_id = p.household_id
       where h.county_code = '530628' and p.status = 'active' and p.relation <> '02' and p.legacy_flag is null
       order by p.person_id limit 1`.execute(t.database.db);
    await recordChange(t.deps, operatorContext(), 'move-out', {
      personId: mover.rows[0]!.person_id,
      version: mover.rows[0]!.version,
      to: '四川省成都市',
      reason: '迁往外省',
    });
    const county = (await get('/api/v1/stats/summary?scope=530628')).json();
    expect(county.name).toBe('彝良县');
    expect(county.towns.length).toBeGreaterThan(5);
    const migration = await get('/api/v1/stats/migration?scope=530628&months=3');
    expect(migration.statusCode, migration.body).toBe(200);
    const m = migration.json();
    expect(m.months).toHaveLength(3);
    expect(m.months[2]).toMatchObject({ in: 0, out: 1, net: -1 });
    expect(m.countyTown.clause).toBe('T3');
    for (const path of ['structure', 'reform', 'trend'])
      expect((await get(`/api/v1/stats/${path}?scope=530628`)).statusCode).toBe(200);
    // Today's figures are a snapshot (stats.refreshMinutes): the move shows once it is refreshed.
    const persons = async () =>
      (await get('/api/v1/stats/structure'))
        .json()
        .pyramid.reduce((a: number, b: { male: number; female: number }) => a + b.male + b.female, 0);
    expect(await persons()).toBe(s.registered.persons);
    await refreshFigures(t.deps, chinaDay(t.clock.now()));
    expect(await persons()).toBe(s.registered.persons - 1);
  });

  it('exports a spreadsheet and a CSV that opens in one', async () => {
    const csv = await get('/api/v1/stats/export?format=csv');
    expect(csv.statusCode).toBe(200);
    expect(csv.body.startsWith('\ufeff级别,代码,名称,户籍人口')).toBe(true);
    expect(csv.body.split('\n').length).toBeGreaterThan(150);
    const xlsx = await get('/api/v1/stats/export?format=xlsx');
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('refuses a station clerk, and names the field of a bad query (never a 500)', async () => {
    const clerk = await t.login('clerk');
    expect((await get('/api/v1/stats/summary', clerk)).statusCode).toBe(403);
    const named = async (url: string, field: string) => {
      const r = await get(url);
      expect(r.statusCode, r.body).toBe(400);
      expect(JSON.stringify(r.json().error.issues)).toContain(field);
    };
    await named('/api/v1/stats/summary?scope=5307', 'scope');
    await named('/api/v1/stats/summary?scope=530699', 'scope');
    await named('/api/v1/stats/summary?asOf=2999-01-01', 'asOf');
    await named('/api/v1/stats/migration?months=0', 'months');
    await fc.assert(
      fc.asyncProperty(fc.string(), fc.string(), async (scope, asOf) => {
        const r = await get(
          `/api/v1/stats/summary?scope=${encodeURIComponent(scope)}&asOf=${encodeURIComponent(asOf)}`,
        );
        expect([200, 400]).toContain(r.statusCode);
      }),
      { numRuns: 40 },
    );
  });

  it("reads the register as of a day, within the reader's jurisdiction, a page at a time", async () => {
    const county = await t.login('county');
    const first = await get(`/api/v1/registry/as-of?at=${BASELINE_DAY}&limit=5`, county);
    expect(first.statusCode, first.body).toBe(200);
    const body = first.json();
    const direct = await sql<{ n: number }>`select count(*)::int as n from person
                                             where county_code = '530602' and status = 'active'`.execute(
      t.database.db,
    );
    expect(body.within).toBe('530602');
    expect(body.totals.persons).toBe(direct.rows[0]!.n);
    expect(body.items).toHaveLength(5);
    const second = (
      await get(`/api/v1/registry/as-of?at=${BASELINE_DAY}&limit=5&after=${body.next}`, county)
    ).json();
    expect(second.items[0].personId > body.items[4].personId).toBe(true);
    const outside = (await get(`/api/v1/registry/as-of?at=${BASELINE_DAY}&within=530628`, county)).json();
    expect(outside.totals).toEqual({ persons: 0, households: 0 });
    expect((await get('/api/v1/registry/as-of?at=yesterday', county)).statusCode).toBe(400);
  });
});
