// The policy engine over HTTP, on each database engine: the public decisions (same JSON as the CLI),
// bad input named by path, the clause registry, the T3 trigger from real registry events, simulations.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../support/app.ts';
import { ENGINES } from '../../support/databases.ts';

const settlementCase = {
  asOf: '2017-06-01',
  basis: 'residence',
  applicant: { birthDate: '1990-01-01', hukou: { divisionCode: '530627', rural: true } },
  destination: { divisionCode: '530628001', kind: 'county-town' },
  residence: { tenure: 'owned', legal: true, actuallyResiding: true },
};

describe.each(ENGINES)('policy engine over HTTP on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(() => t.close());

  it('decides a settlement case without login, with the trace on ?explain=1 and a shipped reform on ?reform=', async () => {
    const plain = await t.app.inject({
      method: 'POST',
      url: '/api/v1/eligibility/settlement',
      payload: settlementCase,
    });
    expect(plain.statusCode).toBe(200);
    expect(plain.json()).toMatchObject({ outcome: 'eligible', clauses: ['T2'] });
    expect(plain.json().trace).toBeUndefined();
    const explained = await t.app.inject({
      method: 'POST',
      url: '/api/v1/eligibility/settlement?explain=1',
      payload: settlementCase,
    });
    expect(explained.json().trace.length).toBeGreaterThan(3);
    const reform = await t.app.inject({
      method: 'POST',
      url: '/api/v1/eligibility/settlement?reform=yiliang-restriction',
      payload: settlementCase,
    });
    expect(reform.json()).toMatchObject({ outcome: 'refer', clauses: ['T3'] });
  });

  it('answers bad input with 400 naming every bad field, unknown ones included', async () => {
    const r = await t.app.inject({
      method: 'POST',
      url: '/api/v1/eligibility/settlement',
      payload: { ...settlementCase, applicant: { birthDate: 'not a date', nickname: 'x' }, typo: true },
    });
    expect(r.statusCode).toBe(400);
    expect(r.json().error.code).toBe('invalid-input');
    expect(
      r
        .json()
        .error.issues.map((i: { path: string }) => i.path)
        .sort(),
    ).toEqual(['applicant.birthDate', 'applicant.nickname', 'typo']);
    const q = await t.app.inject({
      method: 'POST',
      url: '/api/v1/eligibility/settlement?explain=maybe',
      payload: settlementCase,
    });
    expect(q.json().error.issues).toEqual([{ path: 'query.explain', message: expect.any(String) }]);
  });

  it('serves the residence-permit decisions', async () => {
    const rp = await t.app.inject({
      method: 'POST',
      url: '/api/v1/eligibility/residence-permit',
      payload: {
        asOf: '2017-06-01',
        applicant: { birthDate: '1985-05-05', hukou: { divisionCode: '530627', rural: true } },
        residence: { divisionCode: '530602', since: '2016-09-01' },
        grounds: ['employment'],
      },
    });
    expect(rp.json()).toMatchObject({ eligible: true, clauses: ['T11.1'] });
    const ent = await t.app.inject({
      method: 'POST',
      url: '/api/v1/entitlements',
      payload: {
        asOf: '2020-06-01',
        permit: { issuedOn: '2017-01-10', endorsements: ['2017-12-20', '2018-12-28', '2019-12-30'] },
        socialInsuranceYears: 3,
      },
    });
    expect(ent.json()).toMatchObject({ permitStatus: 'valid', continuousResidenceYears: 3 });
  });

  it('lists the clauses with the plan’s text in simplified and original characters', async () => {
    const r = await t.app.inject({ url: '/api/v1/policy/clauses' });
    const t4 = r.json().clauses.find((c: { id: string }) => c.id === 'T4');
    expect(t4.text).toContain('租赁登记备案');
    expect(t4.textOriginal).toContain('租賃登記備案');
  });

  it('reports the T3 trigger from registry events of the 彝良 county town', async () => {
    const db = t.database.db;
    const unit = '530628001001';
    await sql`insert into division_unit (code, name, urban_rural_code, county_code) values (${unit}, '测试社区', '111', '530628') on conflict do nothing`.execute(
      db,
    );
    const household = randomUUID();
    await sql`insert into household (household_id, household_no, kind, division_code, address_detail, address_key, county_code, status, created_on, version)
              values (${household}, ${'T3-' + household.slice(0, 8)}, 'family', ${unit}, '测试路1号', ${unit + '|测试路1号'}, '530628', 'active', '2018-01-01', 1)`.execute(
      db,
    );
    const event = (kind: string, at: string, body: object) =>
      sql`insert into registry_event (event_id, kind, county_code, at, actor, legal_basis, reason, person_ids, household_ids, body)
          values (${randomUUID()}, ${kind}, '530628', ${at}::timestamptz, 'test', 'T3', 'test', ${sql`array[]::uuid[]`}, ${sql`array[${household}]::uuid[]`}, ${JSON.stringify(body)}::jsonb)`.execute(
        db,
      );
    await event('moved-in', '2018-02-01T00:00:00Z', {
      householdId: household,
      from: '530627',
      relation: '10',
      arrival: { existing: randomUUID() },
    });
    await event('moved-in', '2018-03-01T00:00:00Z', {
      householdId: household,
      from: '530602',
      relation: '20',
      arrival: { existing: randomUUID() },
    });
    await event('moved-out', '2018-04-01T00:00:00Z', {
      householdId: household,
      to: '530602',
      personId: randomUUID(),
      newHeadPersonId: null,
    });
    const r = await t.app.inject({ url: '/api/v1/policy/triggers?from=2018-01-01&to=2019-01-01' });
    expect(r.statusCode).toBe(200);
    expect(r.json().triggers[0]).toMatchObject({
      clause: 'T3',
      inMigrants: 2,
      outMigrants: 1,
      inExceedsOut: true,
      source: 'registry_event',
    });
    const bad = await t.app.inject({ url: '/api/v1/policy/triggers?from=2018-02-30' });
    expect(bad.statusCode).toBe(400);
  });

  it('runs a small simulation at once and a large one as a job with progress', async () => {
    const small = await t.app.inject({
      method: 'POST',
      url: '/api/v1/simulations',
      payload: { reform: 'yiliang-restriction', size: 20_000 },
    });
    expect(small.statusCode).toBe(200);
    const yiliang = small.json().result.difference.find((d: { county: string }) => d.county === '530628');
    expect(yiliang.refer).toBeGreaterThan(0);
    expect(yiliang.refer + yiliang.eligible).toBe(0);
    const large = await t.app.inject({
      method: 'POST',
      url: '/api/v1/simulations',
      payload: { reform: 'yiliang-restriction', size: 300_000 },
    });
    expect(large.statusCode).toBe(202);
    let job = large.json();
    while (job.status !== 'done' && job.status !== 'failed') {
      await new Promise((r) => setTimeout(r, 100));
      job = (await t.app.inject({ url: `/api/v1/simulations/${job.id}` })).json();
    }
    expect(job).toMatchObject({ status: 'done', progress: { percent: 100 } });
    expect(job.result.baseline.total).toBe(300_000);
  });
});
