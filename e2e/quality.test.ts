// End to end through the real server (HTTP over a socket, demo users): a person registered twice under two numbers
// is found by the city-wide scan, a clerk merges the pair, and the merged person's history shows the cancellation
// (T12). The web pages of the work queue are not built yet, so this test drives the API the pages would use.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeIdNumber } from '../src/domain/identity/id-number.ts';
import { startTestServer, type TestServer } from './support/server.ts';

describe('registry quality: merge a probable duplicate', () => {
  let server: TestServer;
  const cookies: Record<string, string> = {};
  const original = makeIdNumber('530602', '1968-07-15', 211);
  const copy = makeIdNumber('530602', '1968-07-15', 213);

  async function call(user: string, method: string, path: string, body?: unknown) {
    const r = await fetch(`${server.url}${path}`, {
      method,
      headers: { cookie: cookies[user] ?? '', ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    const text = await r.text();
    return { status: r.status, body: text ? JSON.parse(text) : null };
  }

  beforeAll(async () => {
    server = await startTestServer();
    for (const user of ['clerk', 'city']) {
      const r = await fetch(`${server.url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: user, password: 'hukou-demo' }) });
      expect(r.status).toBe(200);
      cookies[user] = r.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    }
  });
  afterAll(async () => server?.close());

  it('finds, compares and merges; the history keeps both registrations', async () => {
    const person = (idNumber: string, name: string) => ({ type: 'newcomer', person: { idNumber, name, sex: '1', birthDate: '1968-07-15', ethnicity: '01' } });
    const a = await call('clerk', 'POST', '/api/v1/registry/households', { kind: 'family', address: { divisionCode: '530602001001', detail: 'e2e路8号' }, from: '本市', reason: 'e2e', head: person(original, '王建国') });
    expect(a.status, JSON.stringify(a.body)).toBe(201);
    const b = await call('clerk', 'POST', '/api/v1/registry/households', { kind: 'family', address: { divisionCode: '530602001002', detail: 'e2e路9号' }, from: '本市', reason: 'e2e', head: { type: 'newcomer', person: { idNumber: makeIdNumber('530602', '1940-01-01', 31), name: '赵老四', sex: '1', birthDate: '1940-01-01', ethnicity: '01' } } });
    expect(b.status, JSON.stringify(b.body)).toBe(201);
    const hh = b.body.households[0];
    const m = await call('clerk', 'POST', '/api/v1/registry/move-ins', { householdId: hh.householdId, version: hh.version, relation: '97', from: '本市', reason: 'e2e', arrival: person(copy, '王建囯') });
    expect(m.status, JSON.stringify(m.body)).toBe(201);

    const scan = await call('city', 'POST', '/api/v1/quality/scans');
    expect(scan.status, JSON.stringify(scan.body)).toBe(201);
    const queue = await call('clerk', 'GET', '/api/v1/quality/findings?code=probable-duplicate');
    const finding = queue.body.items.find((f: { idNumbers: string[] }) => f.idNumbers.includes(copy));
    expect(finding, JSON.stringify(queue.body)).toBeTruthy();
    const view = await call('clerk', 'GET', `/api/v1/quality/findings/${finding.findingId}`);
    const dup = view.body.persons.find((p: { idNumber: string }) => p.idNumber === copy);
    const keep = view.body.persons.find((p: { idNumber: string }) => p.idNumber === original);
    const r = await call('clerk', 'POST', `/api/v1/quality/findings/${finding.findingId}/resolution`, {
      action: 'merge', version: finding.version, cancelPersonId: dup.personId, cancelPersonVersion: dup.version, keepPersonId: keep.personId, reason: '同一人两个号码',
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const history = await call('clerk', 'GET', `/api/v1/registry/persons/${dup.personId}`);
    expect(history.body.person.cancelledReason).toBe('duplicate');
    expect(history.body.events.map((e: { kind: string }) => e.kind)).toContain('hukou-cancelled');
    const rescan = await call('city', 'POST', '/api/v1/quality/scans');
    expect(rescan.body.findings.filter((f: { idNumbers: string[] }) => f.idNumbers.includes(copy))).toEqual([]);
  });
});
