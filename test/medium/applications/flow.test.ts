import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { upsertDivisionUnits } from '../../../src/db/repositories/registry/divisions.ts';
import { generateUnits } from '../../../src/domain/divisions/units.ts';
import { createTestApp, type TestApp } from '../../support/app.ts';
import { ENGINES } from '../../support/databases.ts';
import { APPROVE_MISSING, PDF_BYTES, client, rentalApplication } from './support.ts';

describe.each(ENGINES)('settlement applications end to end on %s', (kind) => {
  let t: TestApp;
  let clerk: ReturnType<typeof client>;
  let county: ReturnType<typeof client>;
  let otherClerk: ReturnType<typeof client>;
  const pub = () => client(t, null);

  beforeAll(async () => {
    t = await createTestApp(kind);
    await upsertDivisionUnits(t.deps.database.db, generateUnits('530602001'));
    clerk = client(t, await t.login('clerk'));
    county = client(t, await t.login('county'));
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: { cookie: await t.login('admin') },
      payload: {
        username: 'clerk2',
        displayName: '其他派出所',
        password: 'long-enough-1',
        role: 'station-clerk',
        jurisdiction: '530602002',
      },
    });
    const r = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'clerk2', password: 'long-enough-1' },
    });
    otherClerk = client(t, `hukou_session=${r.cookies.find((c) => c.name === 'hukou_session')!.value}`);
  });
  afterAll(async () => t?.close());

  it('takes a rental application through evaluation, approval, permit and registration (one transaction)', async () => {
    const body = rentalApplication(11);
    const created = await clerk.post('/api/v1/applications', body, { 'idempotency-key': 'intake-11' });
    expect(created.statusCode, created.body).toBe(201);
    const { id, number } = created.json();
    expect(number).toMatch(/^LH530602\d{4}\d{6}[0-9X]$/);

    // A double submit never makes two applications: replayed with the key, refused without it.
    const replay = await clerk.post('/api/v1/applications', body, { 'idempotency-key': 'intake-11' });
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.json().id).toBe(id);
    const again = await clerk.post('/api/v1/applications', body);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.issues[0].path).toBe('applicant.idNumber');

    // Another station's clerk may not act on it.
    expect((await otherClerk.post(`/api/v1/applications/${id}/submit`)).statusCode).toBe(403);

    const submitted = await clerk.post(`/api/v1/applications/${id}/submit`);
    expect(submitted.json()).toMatchObject({ state: 'submitted' });
    const up = await clerk.post(`/api/v1/applications/${id}/attachments`, {
      materialCode: 'lease-registration',
      fileName: '备案证明.pdf',
      mediaType: 'application/pdf',
      contentBase64: PDF_BYTES.toString('base64'),
    });
    expect(up.statusCode, up.body).toBe(201);
    expect(up.json().sha256).toMatch(/^[0-9a-f]{64}$/);
    expect((await county.post(`/api/v1/applications/${id}/accept`)).statusCode).toBe(403); // the clerk takes it up
    expect((await clerk.post(`/api/v1/applications/${id}/accept`)).json().state).toBe('under-review');
    expect((await clerk.post(`/api/v1/applications/${id}/approve`)).statusCode).toBe(403); // the county approves

    const detail = (await county.get(`/api/v1/applications/${id}`)).json();
    expect(detail.evaluation.decision.outcome).toBe('eligible');
    expect(detail.evaluation.decision.clauses).toEqual(expect.arrayContaining(['T2', 'T4']));
    expect(detail.evaluation.policyVersion).toBe('2017-03-10');
    expect(detail.evaluation.explanation.clauses.map((c: { id: string }) => c.id)).toContain('T4');
    expect(detail.checklist.find((c: { code: string }) => c.code === 'lease-registration').received).toBe(
      true,
    );
    expect(detail.availableActions).toEqual(expect.arrayContaining(['approve', 'reject']));

    const approved = await county.post(`/api/v1/applications/${id}/approve`, APPROVE_MISSING);
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({ state: 'permit-issued' });
    const permitNumber = approved.json().permitNumber;
    const token = (await clerk.get(`/api/v1/applications/${id}`)).json().permit.verifyToken;

    const pdf = await clerk.get(`/api/v1/applications/${id}/permit.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 4).toString()).toBe('%PDF');

    const v = (await pub().get(`/api/v1/verify/${token}`)).json();
    expect(v).toMatchObject({ found: true, status: 'valid', maskedName: '毖***' });
    expect(JSON.stringify(v)).not.toContain('谰');
    // The number is no key to the verification: only the QR code's random token is.
    expect((await pub().get(`/api/v1/verify/${permitNumber}`)).json()).toEqual({ found: false });

    const tracked = await pub().post('/api/v1/public/applications/track', {
      number,
      idNumber: body.applicant.idNumber,
    });
    expect(tracked.json()).toMatchObject({ state: 'permit-issued', permitNumber });
    expect(
      (
        await pub().post('/api/v1/public/applications/track', {
          number,
          idNumber: rentalApplication(12).applicant.idNumber,
        })
      ).statusCode,
    ).toBe(404);

    // Origin 镇雄 is inside the city, but the applicant is not in this register: move-in as a newcomer.
    const reg = await clerk.post(`/api/v1/applications/${id}/register`, {});
    expect(reg.statusCode, reg.body).toBe(200);
    expect(reg.json().state).toBe('registered');
    const person = await clerk.get(`/api/v1/registry/persons/by-id-number/${body.applicant.idNumber}`);
    const p = person.json().persons[0];
    expect(p).toMatchObject({ name: '毖谰耪锨', status: 'active' });
    const household = (await clerk.get(`/api/v1/registry/households/${p.householdId}`)).json();
    expect(household.events.map((e: { kind: string }) => e.kind)).toContain('household-created');
    expect((await pub().get(`/api/v1/verify/${token}`)).json().status).toBe('used');
  });

  it('rejects a lease not registered with the housing authority, citing T4', async () => {
    const body = rentalApplication(21, { rentalRegistered: false });
    const { id } = (await clerk.post('/api/v1/applications', body)).json();
    await clerk.post(`/api/v1/applications/${id}/submit`);
    await clerk.post(`/api/v1/applications/${id}/accept`);
    const detail = (await county.get(`/api/v1/applications/${id}`)).json();
    expect(detail.evaluation.decision.outcome).toBe('ineligible');
    const failed = detail.evaluation.decision.reasons.filter((r: { met: boolean }) => !r.met);
    expect(failed.map((r: { clause: string }) => r.clause)).toContain('T4');
    const approve = await county.post(`/api/v1/applications/${id}/approve`, {});
    expect(approve.statusCode).toBe(409);
    expect(approve.json().error.code).toBe('rule-violation');
    expect((await county.post(`/api/v1/applications/${id}/reject`, {})).statusCode).toBe(400); // a reason is required
    const rejected = await county.post(`/api/v1/applications/${id}/reject`, {
      reason: '租赁住所未办理租赁登记备案（T4）',
    });
    expect(rejected.json().state).toBe('rejected');
    const events = (await county.get(`/api/v1/applications/${id}`)).json().events;
    expect(events.at(-1)).toMatchObject({ action: 'reject', actor: 'county', role: 'county-officer' });
    expect(events.at(-1).detail.clauses).toContain('T4');
  });

  it('lists everything missing in one notice, and re-evaluates on resubmission', async () => {
    const { id } = (await clerk.post('/api/v1/applications', rentalApplication(31))).json();
    await clerk.post(`/api/v1/applications/${id}/submit`);
    await clerk.post(`/api/v1/applications/${id}/accept`);
    const r = await clerk.post(`/api/v1/applications/${id}/request-supplement`, {});
    expect(r.statusCode, r.body).toBe(200);
    const codes = r.json().missing.map((m: { code: string }) => m.code);
    expect(codes).toEqual([
      'id-card',
      'hukou-booklet',
      'lease-contract',
      'lease-registration',
      'owner-consent',
    ]);
    const resub = await clerk.post(`/api/v1/applications/${id}/resubmit`, {});
    expect(resub.json().state).toBe('resubmitted');
    const d = (await clerk.get(`/api/v1/applications/${id}`)).json();
    expect(d.evaluations).toHaveLength(2);
  });

  it('refuses a condition that takes rural rights (T14.5) and an application without consent (P2)', async () => {
    const withCondition = { ...rentalApplication(41), conditions: ['surrender-land-contract'] };
    const r = await clerk.post('/api/v1/applications', withCondition);
    expect(r.statusCode).toBe(400);
    expect(r.json().error.issues[0]).toMatchObject({ path: 'conditions' });
    expect(r.json().error.issues[0].message).toContain('T14.5');
    const noConsent = await clerk.post('/api/v1/applications', { ...rentalApplication(42), consent: false });
    expect(noConsent.statusCode).toBe(400);
    expect(noConsent.json().error.issues[0].message).toContain('P2');
  });

  it('names bad facts by their path, and refuses a file whose content is not its type', async () => {
    const bad = rentalApplication(51) as Record<string, unknown>;
    (bad.residence as Record<string, unknown>).rentalRegistered = 'yes';
    const r = await clerk.post('/api/v1/applications', bad);
    expect(r.statusCode).toBe(400);
    expect(r.json().error.issues.map((i: { path: string }) => i.path)).toContain(
      'residence.rentalRegistered',
    );
    const { id } = (await clerk.post('/api/v1/applications', rentalApplication(52))).json();
    const up = await clerk.post(`/api/v1/applications/${id}/attachments`, {
      materialCode: 'id-card',
      fileName: 'x.png',
      mediaType: 'image/png',
      contentBase64: PDF_BYTES.toString('base64'),
    });
    expect(up.statusCode).toBe(400);
    expect(up.json().error.issues[0].path).toBe('content');
  });

  it('answers an unknown permit as not found, never an error; a permit past its validity shows as expired', async () => {
    const unknown = await pub().get('/verify/AAAAAAAAAAAAAAAAAAAAAA');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.body).toContain('未找到该证明');
    expect((await pub().get('/api/v1/verify/nonsense')).json()).toEqual({ found: false });

    const { id } = (await clerk.post('/api/v1/applications', rentalApplication(61))).json();
    await clerk.post(`/api/v1/applications/${id}/submit`);
    await clerk.post(`/api/v1/applications/${id}/accept`);
    await county.post(`/api/v1/applications/${id}/approve`, APPROVE_MISSING);
    const token = (await clerk.get(`/api/v1/applications/${id}`)).json().permit.verifyToken;
    t.clock.advance(41 * 86_400_000);
    const page = await pub().get(`/verify/${token}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('已过期');
    const lateClerk = client(t, await t.login('clerk')); // the morning session ended long ago
    expect((await lateClerk.post(`/api/v1/applications/${id}/register`, {})).json().error.code).toBe(
      'rule-violation',
    );
    // The server's sweep (a background task) expires it; nudged here instead of waiting for its interval.
    const { startExpirySweep } = await import('../../../src/jobs/schedulers/expiry-sweep.ts');
    const logged: string[] = [];
    const sweep = startExpirySweep(t.deps, {
      info: (m) => logged.push(m),
      error: (m) => logged.push(`ERROR ${m}`),
    });
    sweep.nudge();
    await sweep.stop(); // waits for the pass in flight
    expect(logged.join('\n')).toMatch(/expiry sweep: \d+ application\(s\) expired/);
    expect((await lateClerk.get(`/api/v1/applications/${id}`)).json().state).toBe('expired');
    t.clock.advance(-41 * 86_400_000);
    clerk = client(t, await t.login('clerk'));
  });

  it('puts the nearest deadline first in the work queue and flags overdue', async () => {
    const q = (await clerk.get('/api/v1/applications/queue')).json().items;
    expect(q.length).toBeGreaterThan(0);
    const deadlines = q.map((i: { deadline: string | null }) => i.deadline).filter(Boolean);
    expect([...deadlines].sort()).toEqual(deadlines);
    expect(q.every((i: { stationCode: string }) => i.stationCode === '530602001')).toBe(true);
  });
});
