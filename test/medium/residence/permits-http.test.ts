// Issue 15 through HTTP as the demo clerk (凤凰街道): a residence registration of a 镇雄县 person, a permit
// application, issue, the card, the entitlements; bad identity facts named by field; endorsement a year later on the
// test clock, a lapse, and the years restarting after a late endorsement (Decree 663 art. 10).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { upsertDivisionUnits } from '../../../src/db/repositories/registry/divisions.ts';
import { generateUnits } from '../../../src/domain/divisions/units.ts';
import { IMMEDIATE } from '../../../src/domain/permits/entitlements.ts';
import { sweepLapsedPermits } from '../../../src/app/residence/sweep.ts';
import { createTestApp, type TestApp } from '../../support/app.ts';
import { ENGINES } from '../../support/databases.ts';
import { client } from '../applications/support.ts';
import { clerkAt, residenceRegistration } from './support.ts';

describe.each(ENGINES)('residence permits over HTTP on %s', (kind) => {
  let t: TestApp;
  let clerk: ReturnType<typeof client>;

  beforeAll(async () => {
    t = await createTestApp(kind);
    t.clock.set('2020-03-02T02:00:00Z');
    await upsertDivisionUnits(t.deps.database.db, generateUnits('530602001'));
    clerk = client(t, await t.login('clerk'));
  });
  afterAll(async () => t?.close());

  it('registers, applies, issues: status valid, the card PDF and the six immediate rights', async () => {
    const reg = await clerk.post(
      '/api/v1/residence-registrations',
      residenceRegistration(1, { since: '2019-06-01' }),
      {
        'idempotency-key': 'reg-1',
      },
    );
    expect(reg.statusCode, reg.body).toBe(201);
    const { id: registrationId, personId } = reg.json();
    expect(personId).toBeNull();

    const applied = await clerk.post('/api/v1/residence-permits', { registrationId });
    expect(applied.statusCode, applied.body).toBe(201);
    expect(applied.json()).toMatchObject({ status: 'applied', issueBy: '2020-03-17' });
    expect(applied.json().number).toMatch(/^JZ530602\d{10}[0-9X]$/);
    const { id } = applied.json();

    const again = await clerk.post('/api/v1/residence-permits', { registrationId });
    expect(again.statusCode).toBe(409);

    const issued = await clerk.post(`/api/v1/residence-permits/${id}/issue`, {});
    expect(issued.statusCode, issued.body).toBe(200);
    expect(issued.json()).toMatchObject({ status: 'valid', continuousResidenceYears: 0, cardEdition: 1 });
    expect(issued.json().nextEndorsement).toEqual({ opens: '2021-02-02', closes: '2021-03-02' });

    const card = await clerk.get(`/api/v1/residence-permits/${id}/card.pdf`);
    expect(card.statusCode).toBe(200);
    expect(card.headers['content-type']).toBe('application/pdf');
    expect(card.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    const view = await clerk.get(`/api/v1/residence-permits/${id}`);
    expect(view.statusCode, view.body).toBe(200);
    const permit = view.json();
    expect(permit.status).toBe('valid');
    const granted = permit.entitlements
      .filter((e: { granted: boolean }) => e.granted)
      .map((e: { code: string }) => e.code);
    expect(granted.sort()).toEqual([...IMMEDIATE].sort());
    expect(
      permit.entitlements.find((e: { code: string }) => e.code === 'housing-security').needs,
    ).toBeDefined();
    expect(permit.actions).toEqual(expect.arrayContaining(['endorse', 'renew', 'replace', 'cancel']));
  });

  it('names the field of a future start, a bad ID number, and an ID that disagrees with sex or birth date', async () => {
    const future = residenceRegistration(2, { since: '2020-03-05' });
    const r1 = await clerk.post('/api/v1/residence-registrations', future);
    expect(r1.statusCode).toBe(400);
    expect(r1.json().error.issues.map((i: { path: string }) => i.path)).toContain('residence.since');

    const bad = residenceRegistration(3);
    bad.person.idNumber = `${bad.person.idNumber.slice(0, 17)}${bad.person.idNumber.endsWith('0') ? '1' : '0'}`;
    const r2 = await clerk.post('/api/v1/residence-registrations', bad);
    expect(r2.statusCode).toBe(400);
    expect(r2.json().error.issues.map((i: { path: string }) => i.path)).toContain('person.idNumber');

    const sex = residenceRegistration(4);
    sex.person.sex = sex.person.sex === '1' ? '2' : '1';
    const r3 = await clerk.post('/api/v1/residence-registrations', sex);
    expect(r3.statusCode).toBe(400);
    expect(r3.json().error.issues.map((i: { path: string }) => i.path)).toContain('person.sex');

    const birth = residenceRegistration(5);
    birth.person.birthDate = '1990-01-02';
    const r4 = await clerk.post('/api/v1/residence-registrations', birth);
    expect(r4.statusCode).toBe(400);
    expect(r4.json().error.issues.map((i: { path: string }) => i.path)).toContain('person.birthDate');
  });

  it('refuses with 422 and the failed reason when the person has lived here under six months', async () => {
    const reg = await clerk.post(
      '/api/v1/residence-registrations',
      residenceRegistration(6, { since: '2020-01-01' }),
    );
    expect(reg.statusCode, reg.body).toBe(201);
    const r = await clerk.post('/api/v1/residence-permits', { registrationId: reg.json().id });
    expect(r.statusCode).toBe(422);
    expect(r.json().error.code).toBe('not-eligible');
    expect(r.json().error.issues[0].path).toBe('eligibility.rp.months-resided');
    const history = (await clerk.get(`/api/v1/residence-registrations/${reg.json().id}`)).json();
    expect(history.events.map((e: { action: string }) => e.action)).toEqual(['register', 'refuse-permit']);
  });

  it('endorses in the window a year later, lapses the next year, and restarts the years on a late endorsement', async () => {
    const reg = await clerk.post(
      '/api/v1/residence-registrations',
      residenceRegistration(7, { since: '2019-01-01' }),
    );
    const { id } = (await clerk.post('/api/v1/residence-permits', { registrationId: reg.json().id })).json();
    await clerk.post(`/api/v1/residence-permits/${id}/issue`, {});

    const early = await clerk.post(`/api/v1/residence-permits/${id}/endorsements`, {});
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toContain('2021-02-02');

    clerk = await clerkAt(t, '2021-02-20T02:00:00Z');
    const onTime = await clerk.post(`/api/v1/residence-permits/${id}/endorsements`, {});
    expect(onTime.statusCode, onTime.body).toBe(201);
    expect(onTime.json()).toMatchObject({ status: 'valid', timing: 'on-time' });
    clerk = await clerkAt(t, '2021-03-03T02:00:00Z');
    expect((await clerk.get(`/api/v1/residence-permits/${id}`)).json().continuousResidenceYears).toBe(1);

    // No endorsement before 2022-03-02: the sweep suspends it, the due list shows it overdue, rights are withheld.
    clerk = await clerkAt(t, '2022-03-10T02:00:00Z');
    const swept = await sweepLapsedPermits(t.deps);
    expect(swept.suspended).toBeGreaterThanOrEqual(1);
    const suspended = (await clerk.get(`/api/v1/residence-permits/${id}`)).json();
    expect(suspended.status).toBe('suspended');
    expect(suspended.entitlements.every((e: { granted: boolean }) => !e.granted)).toBe(true);
    const due = (await clerk.get('/api/v1/residence-permits/due')).json();
    expect(due.overdue.items.map((i: { id: string }) => i.id)).toContain(id);

    const late = await clerk.post(`/api/v1/residence-permits/${id}/endorsements`, {});
    expect(late.json()).toMatchObject({ status: 'valid', timing: 'late', continuousResidenceYears: 0 });
    // The next anniversary counts from the late endorsement: valid on 2023-03-09, the years since 2022-03-10.
    clerk = await clerkAt(t, '2023-03-09T02:00:00Z');
    const after = (await clerk.get(`/api/v1/residence-permits/${id}`)).json();
    expect(after).toMatchObject({ status: 'valid', continuousResidenceSince: '2022-03-10' });
    expect(after.nextEndorsement).toEqual({ opens: '2023-02-10', closes: '2023-03-10' });
    clerk = await clerkAt(t, '2020-03-02T02:00:00Z');
  });
});
