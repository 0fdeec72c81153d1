import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { upsertDivisionUnits } from '../../../src/db/repositories/registry/divisions.ts';
import { generateUnits } from '../../../src/domain/divisions/units.ts';
import { makeIdNumber } from '../../../src/domain/identity/id-number.ts';
import { createTestApp, type TestApp } from '../../support/app.ts';
import { ENGINES } from '../../support/databases.ts';

describe.each(ENGINES)('registry API on %s', (kind) => {
  let t: TestApp;
  let cookie: string;
  let household: { householdId: string; version: number };
  const headId = makeIdNumber('530602', '1980-02-22', 131);

  const post = (path: string, payload: object, headers: Record<string, string> = {}) =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/registry/${path}`,
      payload: { reason: '测试', ...payload },
      headers: { cookie, ...headers },
    });
  const get = (url: string) => t.app.inject({ method: 'GET', url, headers: { cookie } });

  beforeAll(async () => {
    t = await createTestApp(kind);
    await upsertDivisionUnits(t.deps.database.db, [
      ...generateUnits('530602001'),
      ...generateUnits('530602002'),
    ]);
    cookie = await t.login('clerk');
  });
  afterAll(async () => t?.close());

  it('refuses anonymous callers', async () => {
    const r = await t.app.inject({ method: 'GET', url: `/api/v1/registry/persons/by-id-number/${headId}` });
    expect(r.statusCode).toBe(401);
  });

  it('creates a household, then finds its head by ID number, name and pinyin', async () => {
    const r = await post('households', {
      kind: 'family',
      address: { divisionCode: '530602001001', detail: '凤凰路1号' },
      from: '四川省',
      head: {
        type: 'newcomer',
        person: { idNumber: headId, name: '张三', sex: '1', birthDate: '1980-02-22', ethnicity: '01' },
      },
    });
    expect(r.statusCode, r.body).toBe(201);
    const h = r.json().households[0];
    household = { householdId: h.householdId, version: h.version };
    const lookup = await get(`/api/v1/registry/persons/by-id-number/${headId}`);
    expect(lookup.statusCode).toBe(200);
    expect(lookup.json().persons[0]).toMatchObject({ name: '张三', relation: '02', status: 'active' });
    for (const q of ['zhangsan', 'zs', '张', encodeURIComponent('张三')]) {
      const s = await get(`/api/v1/registry/persons?q=${q}`);
      expect(
        s.json().persons.map((p: { name: string }) => p.name),
        q,
      ).toContain('张三');
    }
  });

  it('registers a birth once for a retried Idempotency-Key and shows it in the household history', async () => {
    const body = {
      householdId: household.householdId,
      version: household.version,
      relation: '20',
      person: { name: '张小明', sex: '1', birthDate: '2017-06-01', ethnicity: '01' },
    };
    const first = await post('births', body, { 'idempotency-key': 'birth-1' });
    expect(first.statusCode, first.body).toBe(201);
    const again = await post('births', body, { 'idempotency-key': 'birth-1' });
    expect(again.statusCode).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    const view = await get(`/api/v1/registry/households/${household.householdId}`);
    const v = view.json();
    expect(v.members.map((m: { name: string }) => m.name)).toEqual(['张三', '张小明']);
    expect(v.events.map((e: { kind: string }) => e.kind)).toEqual(['household-created', 'birth-registered']);
    household.version = v.household.version;
  });

  it('answers a stale version with 409 and writes nothing', async () => {
    const body = {
      householdId: household.householdId,
      version: household.version - 1,
      relation: '30',
      person: { name: '张小红', sex: '2', birthDate: '2017-07-01', ethnicity: '01' },
    };
    const r = await post('births', body);
    expect(r.statusCode).toBe(409);
    expect(r.json().error.code).toBe('stale-version');
    const view = await get(`/api/v1/registry/households/${household.householdId}`);
    expect(view.json().events).toHaveLength(2);
  });

  it('answers bad input with 400 naming the field, and a second head with 400 on relation', async () => {
    const future = await post('births', {
      householdId: household.householdId,
      version: household.version,
      relation: '20',
      person: { name: '甲', sex: '1', birthDate: '2999-01-01', ethnicity: '01' },
    });
    expect(future.statusCode).toBe(400);
    expect(future.json().error.issues[0].path).toBe('person.birthDate');
    const badId = await post('move-ins', {
      householdId: household.householdId,
      version: household.version,
      relation: '10',
      from: 'x',
      arrival: {
        type: 'newcomer',
        person: {
          idNumber: '110105194912310021',
          name: '乙',
          sex: '2',
          birthDate: '1949-12-31',
          ethnicity: '01',
        },
      },
    });
    expect(badId.statusCode).toBe(400);
    expect(badId.json().error.issues.map((i: { path: string }) => i.path)).toContain(
      'arrival.person.idNumber',
    );
    const secondHead = await post('move-ins', {
      householdId: household.householdId,
      version: household.version,
      relation: '02',
      from: 'x',
      arrival: {
        type: 'newcomer',
        person: {
          idNumber: makeIdNumber('530602', '1982-01-01', 2),
          name: '丙',
          sex: '2',
          birthDate: '1982-01-01',
          ethnicity: '01',
        },
      },
    });
    expect(secondHead.statusCode).toBe(400);
    expect(secondHead.json().error.issues[0].path).toBe('relation');
  });

  it('refuses a change outside the clerk’s jurisdiction', async () => {
    const r = await post('households', {
      kind: 'family',
      address: { divisionCode: '530602002001', detail: '龙泉路1号' },
      from: 'x',
      head: {
        type: 'newcomer',
        person: {
          idNumber: makeIdNumber('530602', '1970-01-01', 5),
          name: '李四',
          sex: '1',
          birthDate: '1970-01-01',
          ethnicity: '01',
        },
      },
    });
    expect(r.statusCode).toBe(403);
  });
});
