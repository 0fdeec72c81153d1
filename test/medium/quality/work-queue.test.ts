// The T12 work queue end to end over HTTP on both engines: a near-duplicate registered through registry events is
// found by the scan, side by side; merging cancels one hukou as a duplicate through the registry, and both histories
// stay. "Not a duplicate" is remembered and never asked again. Feeds are reconciled on arrival.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { upsertDivisionUnits } from '../../../src/db/repositories/registry/divisions.ts';
import { generateUnits } from '../../../src/domain/divisions/units.ts';
import { makeIdNumber } from '../../../src/domain/identity/id-number.ts';
import { createTestApp, type TestApp } from '../../support/app.ts';
import { ENGINES } from '../../support/databases.ts';
import { scanToTheEnd } from '../../support/scan.ts';

describe.each(ENGINES)('quality work queue on %s', (kind) => {
  let t: TestApp;
  const cookies: Record<string, string> = {};
  const original = makeIdNumber('530602', '1975-01-01', 11);
  const copy = makeIdNumber('530602', '1975-01-01', 13);
  const call = (user: string, method: 'GET' | 'POST', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: { cookie: cookies[user]! }, ...(payload ? { payload } : {}) });
  const cityCall = async (method: 'GET' | 'POST', url: string) => {
    const r = await call('city', method, url);
    return { status: r.statusCode, body: r.json() as unknown };
  };
  const newcomer = (idNumber: string, name: string) => ({
    type: 'newcomer',
    person: { idNumber, name, sex: '1', birthDate: '1975-01-01', ethnicity: '01' },
  });

  beforeAll(async () => {
    t = await createTestApp(kind);
    await upsertDivisionUnits(t.deps.database.db, generateUnits('530602001'));
    for (const u of ['clerk', 'city', 'edu', 'county', 'health', 'army']) cookies[u] = await t.login(u);
    const a = await call('clerk', 'POST', '/api/v1/registry/households', {
      kind: 'family',
      address: { divisionCode: '530602001001', detail: '凤凰路1号' },
      from: '本市',
      reason: '测试',
      head: newcomer(original, '张伟'),
    });
    expect(a.statusCode, a.body).toBe(201);
    const b = await call('clerk', 'POST', '/api/v1/registry/households', {
      kind: 'family',
      address: { divisionCode: '530602001002', detail: '凤凰路2号' },
      from: '本市',
      reason: '测试',
      head: {
        type: 'newcomer',
        person: {
          idNumber: makeIdNumber('530602', '1950-03-03', 21),
          name: '李四',
          sex: '1',
          birthDate: '1950-03-03',
          ethnicity: '01',
        },
      },
    });
    expect(b.statusCode, b.body).toBe(201);
    const hh = b.json().households[0];
    const m = await call('clerk', 'POST', '/api/v1/registry/move-ins', {
      householdId: hh.householdId,
      version: hh.version,
      relation: '97',
      from: '本市',
      reason: '测试',
      arrival: newcomer(copy, '張偉'),
    });
    expect(m.statusCode, m.body).toBe(201);
  });
  afterAll(async () => t?.close());

  it('a city-wide scan finds the near-duplicate and cites T12; a clerk may not start one', async () => {
    expect((await call('clerk', 'POST', '/api/v1/quality/scans')).statusCode).toBe(403);
    const r = await scanToTheEnd(cityCall);
    const dup = r.findings.filter((f) => f.code === 'probable-duplicate');
    expect(dup).toHaveLength(1);
    expect(dup[0]!.idNumbers).toEqual([original, copy].sort());
    expect(dup[0]!.detail.clauses).toEqual(['T12']);
  });

  it('merging cancels one hukou as a duplicate through the registry; both histories stay', async () => {
    const list = await call('clerk', 'GET', '/api/v1/quality/findings?code=probable-duplicate');
    expect(list.statusCode, list.body).toBe(200);
    const [finding] = list.json().items;
    const view = (await call('clerk', 'GET', `/api/v1/quality/findings/${finding.findingId}`)).json();
    expect(view.persons.map((p: { name: string }) => p.name).sort()).toEqual(['张伟', '張偉'].sort());
    const dupPerson = view.persons.find((p: { idNumber: string }) => p.idNumber === copy);
    const keep = view.persons.find((p: { idNumber: string }) => p.idNumber === original);
    const r = await call('clerk', 'POST', `/api/v1/quality/findings/${finding.findingId}/resolution`, {
      action: 'merge',
      version: finding.version,
      cancelPersonId: dupPerson.personId,
      cancelPersonVersion: dupPerson.version,
      keepPersonId: keep.personId,
      reason: '同一人重复登记',
    });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().status).toBe('resolved');
    const history = (await call('clerk', 'GET', `/api/v1/registry/persons/${dupPerson.personId}`)).json();
    expect(history.person).toMatchObject({ status: 'cancelled', cancelledReason: 'duplicate' });
    expect(history.events.map((e: { kind: string }) => e.kind)).toEqual(['moved-in', 'hukou-cancelled']);
    expect(history.events[1].legalBasis).toBe('T12');
    const kept = (await call('clerk', 'GET', `/api/v1/registry/persons/${keep.personId}`)).json();
    expect(kept.person.status).toBe('active');
    const again = await call('clerk', 'POST', `/api/v1/quality/findings/${finding.findingId}/resolution`, {
      action: 'dismiss',
      version: finding.version,
      reason: 'x',
    });
    expect(again.statusCode).toBe(409);
  });

  it('the deaths feed is reconciled on arrival (应销未销); only the health commission may send it', async () => {
    const death = { records: [{ idNumber: original, name: '张伟', date: '2022-01-01' }] };
    expect((await call('clerk', 'POST', '/api/v1/quality/feeds/deaths', death)).statusCode).toBe(403);
    const school = await call('edu', 'POST', '/api/v1/quality/feeds/deaths', death);
    expect(school.statusCode).toBe(403);
    expect(school.body).toContain('卫计委');
    expect((await call('army', 'POST', '/api/v1/quality/feeds/deaths', death)).statusCode).toBe(403);
    const bad = await call('health', 'POST', '/api/v1/quality/feeds/deaths', {
      records: [{ idNumber: 'x', name: '', date: '2022-13-01' }],
    });
    expect(bad.statusCode).toBe(400);
    const r = await call('health', 'POST', '/api/v1/quality/feeds/deaths', death);
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json()).toMatchObject({ received: 1, findings: 1, created: 1 });
    const q = (await call('county', 'GET', '/api/v1/quality/findings?code=deceased-not-cancelled')).json();
    // A death is cancelled under national law (户口登记条例 art. 8), not the plan's T12.
    expect(q.items[0]).toMatchObject({
      idNumbers: [original],
      status: 'open',
      clauses: ['户口登记条例 第八条'],
    });
  });
});
