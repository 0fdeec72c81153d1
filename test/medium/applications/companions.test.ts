// Companions (随迁): captured with their identity and GB/T 4761 relation to the head at intake, printed on the
// permit when eligible, and registered with the applicant at completion in the same transaction; an ineligible
// companion is neither printed nor registered. Also the `hukou applications` CLI use cases (queue, show, track).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { upsertDivisionUnits } from '../../../src/db/repositories/registry/divisions.ts';
import { generateUnits } from '../../../src/domain/divisions/units.ts';
import { makeIdNumber } from '../../../src/domain/identity/id-number.ts';
import {
  contextAsUser,
  getApplication,
  resolveApplicationId,
  trackApplication,
  workQueue,
} from '../../../src/app/applications/queries.ts';
import { createTestApp, type TestApp } from '../../support/app.ts';
import { ENGINES } from '../../support/databases.ts';
import { APPROVE_MISSING, client, rentalApplication } from './support.ts';

describe.each(ENGINES)('companions on %s', (kind) => {
  let t: TestApp;
  let clerk: ReturnType<typeof client>;
  let county: ReturnType<typeof client>;

  beforeAll(async () => {
    t = await createTestApp(kind);
    await upsertDivisionUnits(t.deps.database.db, generateUnits('530602001'));
    clerk = client(t, await t.login('clerk'));
    county = client(t, await t.login('county'));
  });
  afterAll(async () => t?.close());

  const spouse = {
    name: '王妻',
    idNumber: makeIdNumber('530627', '1991-03-02', 22),
    sex: '2',
    ethnicity: '01',
    relation: 'spouse',
    headRelation: '10',
    birthDate: '1991-03-02',
    coResiding: true,
  };
  const child = {
    name: '王女',
    idNumber: makeIdNumber('530627', '2015-06-01', 24),
    sex: '2',
    ethnicity: '01',
    relation: 'child',
    headRelation: '30',
    birthDate: '2015-06-01',
    coResiding: true,
  };
  const apart = {
    name: '王兄',
    idNumber: makeIdNumber('530627', '1985-01-01', 31),
    sex: '1',
    ethnicity: '01',
    relation: 'sibling',
    headRelation: '71',
    birthDate: '1985-01-01',
    coResiding: false,
  };

  it('refuses a companion without relation to the head or identity, naming the fields', async () => {
    const body = {
      ...rentalApplication(301),
      companions: [{ name: '某', relation: 'spouse', birthDate: '1991-03-02', coResiding: true }],
    };
    const r = await clerk.post('/api/v1/applications', body);
    expect(r.statusCode).toBe(400);
    const paths = r.json().error.issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'companions.0.idNumber',
        'companions.0.headRelation',
        'companions.0.sex',
        'companions.0.ethnicity',
      ]),
    );
  });

  it('registers the eligible companions with the applicant in one transaction', async () => {
    const body = { ...rentalApplication(303), companions: [spouse, child, apart] };
    const created = await clerk.post('/api/v1/applications', body);
    expect(created.statusCode, created.body).toBe(201);
    const { id, number } = created.json();
    await clerk.post(`/api/v1/applications/${id}/submit`);
    await clerk.post(`/api/v1/applications/${id}/accept`);
    const detail = (await clerk.get(`/api/v1/applications/${id}`)).json();
    expect(detail.evaluation.decision.companions.map((c: { eligible: boolean }) => c.eligible)).toEqual([
      true,
      true,
      false,
    ]);
    const approved = await county.post(`/api/v1/applications/${id}/approve`, APPROVE_MISSING);
    expect(approved.statusCode, approved.body).toBe(200);
    const permit = await t.database.db
      .selectFrom('move_permit')
      .select('companions')
      .where('application_id', '=', id)
      .executeTakeFirstOrThrow();
    expect((permit.companions as { name: string }[]).map((c) => c.name)).toEqual(['王妻', '王女']);

    const reg = await clerk.post(`/api/v1/applications/${id}/register`, {});
    expect(reg.statusCode, reg.body).toBe(200);
    expect(reg.json().companions.map((c: { index: number }) => c.index)).toEqual([0, 1]);
    const members = await t.database.db
      .selectFrom('person')
      .select(['id_number', 'relation', 'household_id', 'status'])
      .where('id_number', 'in', [body.applicant.idNumber, spouse.idNumber, child.idNumber, apart.idNumber])
      .execute();
    const by = new Map(members.map((m) => [m.id_number, m]));
    expect(by.get(body.applicant.idNumber)?.relation).toBe('02');
    expect(by.get(spouse.idNumber)).toMatchObject({
      relation: '10',
      household_id: reg.json().householdId,
      status: 'active',
    });
    expect(by.get(child.idNumber)).toMatchObject({ relation: '30', household_id: reg.json().householdId });
    expect(by.has(apart.idNumber)).toBe(false);
    const events = await t.database.db.selectFrom('registry_event').select('kind').orderBy('at').execute();
    expect(events.map((e) => e.kind).slice(-3)).toEqual(['household-created', 'moved-in', 'moved-in']);

    // The CLI's use cases: the queue as the clerk, the application by its number, public tracking.
    const asClerk = await contextAsUser(t.deps, 'clerk', 'test');
    expect(await resolveApplicationId(t.deps, number)).toBe(id);
    expect((await getApplication(t.deps, asClerk, id)).state).toBe('registered');
    expect((await trackApplication(t.deps, { number, idNumber: body.applicant.idNumber })).state).toBe(
      'registered',
    );
    expect((await workQueue(t.deps, asClerk)).some((i) => i.id === id)).toBe(false);
  });

  it('rolls back the whole completion when a companion cannot be registered', async () => {
    const dup = {
      ...spouse,
      idNumber: makeIdNumber('530627', '1991-03-02', 26),
      name: '李妻',
      headRelation: '10',
    };
    const body = { ...rentalApplication(305), companions: [dup] };
    const { id } = (await clerk.post('/api/v1/applications', body)).json();
    await clerk.post(`/api/v1/applications/${id}/submit`);
    await clerk.post(`/api/v1/applications/${id}/accept`);
    await county.post(`/api/v1/applications/${id}/approve`, APPROVE_MISSING);
    // A stored relation the registry refuses (02: a second head): the registry's own check fails the completion.
    await t.database.db
      .updateTable('settlement_application')
      .set({ input: JSON.stringify({ ...body, companions: [{ ...dup, headRelation: '02' }] }) as never })
      .where('id', '=', id)
      .execute();
    const before = await t.database.db
      .selectFrom('registry_event')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    const reg = await clerk.post(`/api/v1/applications/${id}/register`, {});
    expect(reg.statusCode).toBeGreaterThanOrEqual(400);
    expect(reg.statusCode).toBeLessThan(500);
    const after = await t.database.db
      .selectFrom('registry_event')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
    expect((await clerk.get(`/api/v1/applications/${id}`)).json().state).toBe('permit-issued');
  });
});
