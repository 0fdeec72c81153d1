// One-stop completion: an applicant registered elsewhere in the city moves out at the origin and in at the
// destination in one transaction, with no paper migration certificate; an origin outside the city needs the
// origin's move-out confirmation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { upsertDivisionUnits } from '../../../src/db/repositories/registry/divisions.ts';
import { generateUnits } from '../../../src/domain/divisions/units.ts';
import { makeIdNumber } from '../../../src/domain/identity/id-number.ts';
import { createTestApp, type TestApp } from '../../support/app.ts';
import { ENGINES } from '../../support/databases.ts';
import { APPROVE_MISSING, client, rentalApplication } from './support.ts';
import { operatorContext } from '../../support/deps.ts';

describe.each(ENGINES)('one-stop completion on %s', (kind) => {
  let t: TestApp;
  let clerk: ReturnType<typeof client>;
  let county: ReturnType<typeof client>;

  beforeAll(async () => {
    t = await createTestApp(kind);
    await upsertDivisionUnits(t.deps.database.db, [
      ...generateUnits('530602001'),
      ...generateUnits('530621001'),
    ]);
    clerk = client(t, await t.login('clerk'));
    county = client(t, await t.login('county'));
  });
  afterAll(async () => t?.close());

  async function approved(body: ReturnType<typeof rentalApplication>) {
    const created = await clerk.post('/api/v1/applications', body);
    expect(created.statusCode, created.body).toBe(201);
    const { id } = created.json();
    await clerk.post(`/api/v1/applications/${id}/submit`);
    await clerk.post(`/api/v1/applications/${id}/accept`);
    expect((await county.post(`/api/v1/applications/${id}/approve`, APPROVE_MISSING)).json().state).toBe(
      'permit-issued',
    );
    return id as string;
  }

  it('moves a person registered in 鲁甸 out and into 凤凰街道 in one transaction', async () => {
    const registry = (await import('../../../src/app/registry/record-change.ts')).recordChange;
    const sys = operatorContext('seed');
    const headId = makeIdNumber('530621', '1960-03-03', 11);
    const created = await registry(t.deps, sys, 'create-household', {
      kind: 'family',
      address: { divisionCode: '530621001001', detail: '文屏镇1号' },
      from: '出生',
      reason: '测试',
      head: {
        type: 'newcomer',
        person: { idNumber: headId, name: '王父', sex: '1', birthDate: '1960-03-03', ethnicity: '01' },
      },
    });
    const h = created.households[0]!;
    const childId = makeIdNumber('530621', '1990-01-01', 77);
    await registry(t.deps, sys, 'move-in', {
      householdId: h.householdId,
      version: h.version,
      relation: '20',
      from: '测试',
      reason: '测试',
      arrival: {
        type: 'newcomer',
        person: { idNumber: childId, name: '王子', sex: '1', birthDate: '1990-01-01', ethnicity: '01' },
      },
    });
    const body = rentalApplication(77, { origin: '530621' });
    body.applicant.name = '王子';
    body.applicant.hukou = { divisionCode: '530621001001', rural: true, address: '文屏镇1号' };
    const id = await approved(body);
    const reg = await clerk.post(`/api/v1/applications/${id}/register`, {});
    expect(reg.statusCode, reg.body).toBe(200);
    expect(reg.json().moveOutEventId).toBeTruthy();
    const events = await t.database.db
      .selectFrom('registry_event')
      .select(['kind', 'county_code'])
      .orderBy('at')
      .execute();
    expect(events.map((e) => e.kind).slice(-2)).toEqual(['moved-out', 'household-created']);
    const person = await t.database.db
      .selectFrom('person')
      .selectAll()
      .where('id_number', '=', childId)
      .executeTakeFirstOrThrow();
    expect(person.status).toBe('active');
    expect(person.household_id).not.toBe(h.householdId);
    const detail = (await clerk.get(`/api/v1/applications/${id}`)).json();
    expect(detail.events.at(-1).detail).toMatchObject({ oneStop: true });
  });

  it('asks for the origin confirmation when the origin is outside the city, and records it', async () => {
    const body = rentalApplication(88, { origin: '510102' });
    body.applicant.hukou = { divisionCode: '510102', rural: false, address: '成都市锦江区' };
    const id = await approved(body);
    const missing = await clerk.post(`/api/v1/applications/${id}/register`, {});
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.issues[0].path).toBe('originConfirmation');
    const ok = await clerk.post(`/api/v1/applications/${id}/register`, {
      originConfirmation: { reference: 'QC-2017-0042', station: '锦江区督院街派出所' },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const detail = (await clerk.get(`/api/v1/applications/${id}`)).json();
    expect(detail.events.at(-1).detail.originConfirmation).toEqual({
      reference: 'QC-2017-0042',
      station: '锦江区督院街派出所',
    });
  });

  it('writes nothing when the registry refuses (the whole completion rolls back)', async () => {
    const body = rentalApplication(99);
    body.destination = { ...body.destination, address: '龙泉路11号' };
    const first = await approved(body);
    // A second application for the same address: 一址一户 refuses the second household at registration.
    const other = rentalApplication(98);
    other.destination = { ...other.destination, address: '龙泉路11号' };
    const second = await approved(other);
    expect((await clerk.post(`/api/v1/applications/${first}/register`, {})).statusCode).toBe(200);
    const refused = await clerk.post(`/api/v1/applications/${second}/register`, {});
    expect(refused.statusCode).toBeGreaterThanOrEqual(400);
    expect(refused.statusCode).toBeLessThan(500);
    expect((await clerk.get(`/api/v1/applications/${second}`)).json().state).toBe('permit-issued');
    const p = await t.database.db
      .selectFrom('person')
      .select('person_id')
      .where('id_number', '=', other.applicant.idNumber)
      .execute();
    expect(p).toHaveLength(0);
  });
});
