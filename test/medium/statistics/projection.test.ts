// The T1 projection (issue 16) on a small hand-written register, on each engine, checked against figures worked
// out by hand. 昭阳 has 5 registered persons (2 in an urban unit), 彝良 5 (2 urban). Living apart from their
// hukou: 孙海 (昭阳 village → 凤凰街道), 杨春 (→ a 111 community of 布嘎回族乡: a 乡, not a town, so T2 fails on
// a known fact), 陈秀英 (彝良 urban → 凤凰街道), 王兴 (彝良 village → 角奎街道); 马艳 lives in a village (not
// evaluated) and 李梅 at her own unit (not apart). Permit holders from outside the city: K1 in 角奎街道 with a legal
// stable residence among the grounds (eligible: T11.1), K2 in 凤凰街道 on employment only (undetermined), K3's
// permit lapsed (no endorsement: not a valid holder). The register does not know anyone's tenure, so no apart
// person is eligible on its facts alone; each is "undetermined" and counts in the upper bound only.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  projectUrbanization,
  projectUrbanizationWithFile,
} from '../../../src/app/statistics/project-urbanization.ts';
import { makeIdNumber } from '../../../src/domain/identity/id-number.ts';
import type { ProjectionOutput } from '../../../src/domain/statistics/schema.ts';
import { importDirectory } from '../../../src/jobs/import/run.ts';
import { buildApp } from '../../../src/api/app.ts';
import { DEMO_PASSWORD, seedDemoUsers } from '../../../src/app/users/demo-users.ts';
import { projectionOutput } from '../../../src/domain/statistics/schema.ts';
import { TEST_ORIGIN } from '../../support/app.ts';
import { createTestDatabase, ENGINES, type TestDatabase } from '../../support/databases.ts';
import { makeContext, operatorContext, staffContext, testDeps } from '../../support/deps.ts';

const dir = join(import.meta.dirname, 'projection-register');
const NOW = new Date('2023-03-01T04:00:00Z');

async function plantPermit(
  db: TestDatabase['db'],
  p: { n: number; unit: string; grounds: string[]; issuedOn: string; endorsements: string[] },
) {
  const idNumber = makeIdNumber('530102', '1990-01-01', p.n);
  const reg = `00000000-0000-4000-8000-00000000000${p.n}`;
  const county = p.unit.slice(0, 6);
  await sql`insert into residence_registration (id, county_code, station_code, unit_code, address, since, grounds,
      evidence, status, id_number, name, sex, birth_date, hukou_division_code, hukou_rural, created_at, updated_at)
    values (${reg}, ${county}, ${p.unit.slice(0, 9)}, ${p.unit}, '某路1号', '2019-10-01', ${JSON.stringify(p.grounds)},
      '[]', 'active', ${idNumber}, ${`持证人${p.n}`}, '1', '1990-01-01', '530102', true, now(), now())`.execute(
    db,
  );
  await sql`insert into residence_permit (id, county_code, station_code, registration_id, number, id_number,
      holder_name, status, applied_on, issue_by, issued_on, endorsements, eligibility, created_at, updated_at)
    values (${`10000000-0000-4000-8000-00000000000${p.n}`}, ${county}, ${p.unit.slice(0, 9)}, ${reg}, ${`P${p.n}`},
      ${idNumber}, ${`持证人${p.n}`}, 'valid', ${p.issuedOn}, ${p.issuedOn}, ${p.issuedOn},
      ${JSON.stringify(p.endorsements)}, '{}', now(), now())`.execute(db);
}

const county = (o: ProjectionOutput, code: string) => o.counties.find((c) => c.code === code)!;

describe.each(ENGINES)('the T1 projection on %s', (kind) => {
  let database: TestDatabase;
  let today: ProjectionOutput;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    expect((await importDirectory(database, { dir, actor: 'test' })).status).toBe('committed');
    const endorsed = ['2021-04-15', '2022-04-15'];
    await plantPermit(database.db, {
      n: 1,
      unit: '530628001001',
      grounds: ['employment', 'residence'],
      issuedOn: '2020-05-01',
      endorsements: endorsed,
    });
    await plantPermit(database.db, {
      n: 2,
      unit: '530602001001',
      grounds: ['employment'],
      issuedOn: '2020-05-01',
      endorsements: endorsed,
    });
    await plantPermit(database.db, {
      n: 3,
      unit: '530602001001',
      grounds: ['residence'],
      issuedOn: '2019-01-10',
      endorsements: [],
    });
    today = await projectUrbanization(testDeps(database, { now: () => NOW }), operatorContext(), {});
  }, 120_000);
  afterAll(() => database?.dispose());

  it('evaluates the four apart persons and the two valid holders, and counts each outcome where they live', () => {
    expect(today.asOf).toBe('2023-03-01');
    expect(today.policy).toMatchObject({ reform: false });
    expect(today.target).toEqual({ clause: 'T1', registered: 0.45 });
    expect(today.evaluated).toEqual({ apart: 4, permitHolders: 2 });
    expect(today.city).toMatchObject({
      registered: 10,
      eligible: 1,
      undetermined: 4,
      referred: 0,
      ineligible: 1,
    });
    expect(county(today, '530602')).toMatchObject({
      registered: 5,
      eligible: 0,
      undetermined: 3,
      ineligible: 1,
    });
    expect(county(today, '530628')).toMatchObject({
      registered: 5,
      eligible: 1,
      undetermined: 1,
      ineligible: 0,
    });
    expect(today.byClause).toEqual([{ clause: 'T11.1', persons: 1 }]);
  });

  it('projects on register facts alone, and gives the upper bound if every unknown fact held', () => {
    const zhaoyang = county(today, '530602');
    const yiliang = county(today, '530628');
    // 昭阳: nobody known eligible → 2/5. Upper: 孙海 becomes urban, 陈秀英 and K2 arrive urban → 5/7.
    expect(zhaoyang.urbanization).toEqual({ registered: 2 / 5, projected: 2 / 5, upper: 5 / 7 });
    expect(zhaoyang.meetsTarget).toBe(false);
    // 彝良: K1 adds one urban person → 3/6. Upper: 陈秀英 leaves (−1 urban), 王兴 becomes urban, K1 arrives → 3/5.
    expect(yiliang.urbanization).toEqual({ registered: 2 / 5, projected: 3 / 6, upper: 3 / 5 });
    expect(yiliang.meetsTarget).toBe(true);
    expect(today.city.urbanization).toEqual({ registered: 4 / 10, projected: 5 / 11, upper: 8 / 12 });
    expect(county(today, '530627')).toMatchObject({
      registered: 0,
      urbanization: { registered: null },
      meetsTarget: false,
    });
  });

  it('says why people stay: the known failure apart from the facts the register lacks', () => {
    const reasons = Object.fromEntries(today.ineligibleReasons.map((r) => [`${r.code}|${r.unknown}`, r]));
    expect(reasons['destination.urban|false']).toMatchObject({ clause: 'T2', persons: 1 });
    expect(reasons['residence.legal|true']).toMatchObject({ clause: 'T2', persons: 4 });
    expect(reasons['residence.legal|true']!.text).toContain('登记未记载');
    expect(reasons['rental.registered|true']).toMatchObject({ clause: 'T4', persons: 4 });
    expect(reasons['permit.legal-stable-residence|true']).toMatchObject({ clause: 'T11.1', persons: 1 });
    expect(today.ineligibleReasons.every((r) => /[\u4e00-\u9fff]/.test(r.text))).toBe(true);
  });

  it('under a reform file asking three continuous years, K1 (two years) fails on a known fact', async () => {
    const file = join(tmpdir(), `h16p-reform-${kind}.yaml`);
    writeFileSync(
      file,
      `id: three-years\nname: 居住证落户须连续居住满三年\nparameters:\n  t11.settlementMinContinuousYears:\n    values:\n      - { from: '2017-03-10', value: 3, reference: test }\n`,
    );
    const reform = await projectUrbanizationWithFile(
      testDeps(database, { now: () => NOW }),
      operatorContext(),
      file,
    );
    expect(reform.policy).toMatchObject({ reform: true });
    expect(reform.city.eligible).toBe(0);
    expect(county(reform, '530628').urbanization.projected).toBe(2 / 5);
    const years = reform.ineligibleReasons.find((r) => r.code === 'permit.continuous-years');
    expect(years).toMatchObject({ unknown: false, persons: 2 });
  });

  it('a bad reform value is invalid input naming `reform`, never an internal error', async () => {
    const deps = testDeps(database, { now: () => NOW });
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string(), fc.constant('../settlement'), fc.constant('yiliang-restriction.yaml')),
        async (reform) => {
          const r = await projectUrbanization(deps, operatorContext(), { reform }).then(
            () => null,
            (e: unknown) => e,
          );
          expect(r).toMatchObject({ code: 'invalid-input' });
          expect(JSON.stringify((r as { issues: unknown }).issues)).toContain('reform');
        },
      ),
      { numRuns: 25 },
    );
    const unknownField = await projectUrbanization(deps, operatorContext(), { reforms: 'x' }).catch(
      (e: unknown) => e,
    );
    expect(unknownField).toMatchObject({ code: 'invalid-input' });
  });

  it('is refused to a role without statistics.read and to the public', async () => {
    const deps = testDeps(database, { now: () => NOW });
    const clerk = staffContext({ role: 'station-clerk' });
    await expect(projectUrbanization(deps, clerk, {})).rejects.toMatchObject({ code: 'forbidden' });
    await expect(
      projectUrbanization(deps, makeContext({ principal: { kind: 'public' } as never }), {}),
    ).rejects.toMatchObject({ code: 'unauthenticated' });
  });

  it('over HTTP: 200 with the schema for a statistics reader, 400 naming `reform` for any bad value, never 500', async () => {
    const deps = testDeps(database, { now: () => NOW });
    await seedDemoUsers(deps);
    const app = await buildApp(deps, { logger: false, webDir: '/nonexistent' });
    await app.ready();
    try {
      const headers = { origin: TEST_ORIGIN };
      const login = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        headers,
        payload: { username: 'city', password: DEMO_PASSWORD },
      });
      const cookie = `hukou_session=${login.cookies.find((c) => c.name === 'hukou_session')!.value}`;
      const get = (query: string) =>
        app.inject({
          method: 'GET',
          url: `/api/v1/stats/projection${query}`,
          headers: { ...headers, cookie },
        });
      const ok = await get('');
      expect(ok.statusCode).toBe(200);
      expect(projectionOutput.parse(ok.json()).city.eligible).toBe(1);
      expect((await get('?reform=yiliang-restriction')).json()).toMatchObject({ policy: { reform: true } });
      await fc.assert(
        fc.asyncProperty(
          fc.string({ minLength: 1 }).filter((x) => x !== 'yiliang-restriction'),
          async (bad) => {
            const r = await get(`?reform=${encodeURIComponent(bad)}`);
            expect(r.statusCode).toBe(400);
            expect(r.body).toContain('reform');
          },
        ),
        { numRuns: 20 },
      );
      expect((await get('?reform=')).statusCode).toBe(400);
      expect((await app.inject({ method: 'GET', url: '/api/v1/stats/projection', headers })).statusCode).toBe(
        401,
      );
    } finally {
      await app.close();
    }
  });
});
