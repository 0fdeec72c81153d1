// The settlement journey without dead ends (issue 17): a household head of 镇雄 with family members settles in
// 凤凰街道 with the spouse; the origin household is read across the city for the hand-over (audited, not a 404), the
// registration names the new head in the same transaction, every refusal says what to do next once. Approval with
// missing materials keeps its reason; the permit verifies by a random token only and is signed by the approver's
// bureau; the intake receipt lists every missing material.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { upsertDivisionUnits } from '../../../src/db/repositories/registry/divisions.ts';
import { generateUnits } from '../../../src/domain/divisions/units.ts';
import { makeIdNumber } from '../../../src/domain/identity/id-number.ts';
import { recordChange } from '../../../src/app/registry/record-change.ts';
import { receiptFacts } from '../../../src/app/applications/receipt.ts';
import { createTestApp, type TestApp } from '../../support/app.ts';
import { ENGINES } from '../../support/databases.ts';
import { operatorContext } from '../../support/deps.ts';
import { APPROVE_MISSING, PDF_BYTES, client, rentalApplication } from './support.ts';

describe.each(ENGINES)('the settlement journey of a household head on %s', (kind) => {
  let t: TestApp;
  let clerk: ReturnType<typeof client>;
  let county: ReturnType<typeof client>;
  let city: ReturnType<typeof client>;
  const pub = () => client(t, null);

  beforeAll(async () => {
    t = await createTestApp(kind);
    await upsertDivisionUnits(t.deps.database.db, [
      ...generateUnits('530602001'),
      ...generateUnits('530627001'),
    ]);
    clerk = client(t, await t.login('clerk'));
    county = client(t, await t.login('county'));
    city = client(t, await t.login('city'));
  });
  afterAll(async () => t?.close());

  const person = (seq: number, name: string, sex: '1' | '2', birthDate: string) => ({
    idNumber: makeIdNumber('530627', birthDate, seq),
    name,
    sex,
    birthDate,
    ethnicity: '01',
  });

  /** A 镇雄 household: the head, a spouse and a son; returns the household and person ids by name. */
  async function originHousehold(seq: number) {
    const sys = operatorContext('seed');
    const head = person(seq, '张伟', '1', '1980-05-05');
    const wife = person(seq + 1, '李芳', '2', '1982-06-06');
    const son = person(seq + 2, '张强', '1', '2004-07-07');
    const created = await recordChange(t.deps, sys, 'create-household', {
      kind: 'family',
      address: { divisionCode: '530627001001', detail: `乌峰街道${seq}号` },
      from: '出生',
      reason: '测试',
      head: { type: 'newcomer', person: head },
    });
    let h = created.households[0]!;
    for (const [p, relation] of [
      [wife, '10'],
      [son, '20'],
    ] as const) {
      const r = await recordChange(t.deps, sys, 'move-in', {
        householdId: h.householdId,
        version: h.version,
        relation,
        from: '测试',
        reason: '测试',
        arrival: { type: 'newcomer', person: p },
      });
      h = r.households[0]!;
    }
    const ids = await t.database.db
      .selectFrom('person')
      .select(['person_id', 'name'])
      .where('household_id', '=', h.householdId)
      .execute();
    const byName = Object.fromEntries(ids.map((r) => [r.name, r.person_id]));
    return { householdId: h.householdId, head, wife, son, byName };
  }

  async function approvedFor(o: Awaited<ReturnType<typeof originHousehold>>, seq: number) {
    const body = {
      ...rentalApplication(seq),
      applicant: {
        ...rentalApplication(seq).applicant,
        ...o.head,
        hukou: { divisionCode: '530627001001', rural: true, address: '乌峰街道' },
      },
      companions: [
        {
          ...o.wife,
          relation: 'spouse',
          headRelation: '10',
          coResiding: true,
        },
      ],
    };
    const created = await clerk.post('/api/v1/applications', body);
    expect(created.statusCode, created.body).toBe(201);
    const { id } = created.json();
    await clerk.post(`/api/v1/applications/${id}/submit`);
    await clerk.post(`/api/v1/applications/${id}/accept`);
    const approved = await county.post(`/api/v1/applications/${id}/approve`, APPROVE_MISSING);
    expect(approved.statusCode, approved.body).toBe(200);
    return id as string;
  }

  it('reads the origin household across the city, audited, where the register answers not found', async () => {
    const o = await originHousehold(501);
    const id = await approvedFor(o, 501);
    // The destination station's clerk may not read a 镇雄 household through the register …
    expect((await clerk.get(`/api/v1/registry/households/${o.householdId}`)).statusCode).toBe(404);
    // … but the application's case worker reads it for the hand-over.
    const r = await clerk.get(`/api/v1/applications/${id}/origin-household`);
    expect(r.statusCode, r.body).toBe(200);
    const origin = r.json();
    expect(origin.household.householdId).toBe(o.householdId);
    expect(origin.household.members.map((m: { name: string }) => m.name).sort()).toEqual(
      ['张伟', '张强', '李芳'].sort(),
    );
    expect(origin.mustNameNewHead).toBe(true);
    expect(origin.candidates).toEqual([o.byName['张强']]); // the spouse moves along: only the son stays
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select(['purpose', 'person_ids'])
      .where('action', '=', 'applications.read-origin-household')
      .where('resource_id', '=', id)
      .executeTakeFirstOrThrow();
    expect(audit.purpose).toContain('新户主');
    expect(audit.person_ids).toHaveLength(3);
    // A department officer has no case here.
    const edu = client(t, await t.login('edu'));
    expect((await edu.get(`/api/v1/applications/${id}/origin-household`)).statusCode).toBe(403);
  });

  it('registers naming the new head in one transaction, after refusals that say what to do, once', async () => {
    const o = await originHousehold(521);
    const id = await approvedFor(o, 521);
    const url = `/api/v1/applications/${id}/register`;

    const none = (await clerk.post(url, {})).json().error;
    expect(none.issues[0].path).toBe('newHeadPersonId');
    expect(none.issues[0].message).toContain('张强');
    expect(none.issues[0].message).toMatch(/请在「原户新户主」中选定/);
    expect(none.issues).toHaveLength(1);

    const moving = (await clerk.post(url, { newHeadPersonId: o.byName['李芳'] })).json().error;
    expect(moving.issues[0]).toMatchObject({ path: 'newHeadPersonId' });
    expect(moving.issues[0].message).toMatch(/请从 张强 中选定/);
    const bad = await clerk.post(url, { newHeadPersonId: 'not-a-uuid' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.issues[0].path).toBe('newHeadPersonId');
    // Nothing was written by the refusals.
    expect((await clerk.get(`/api/v1/applications/${id}`)).json().state).toBe('permit-issued');

    const ok = await clerk.post(url, { newHeadPersonId: o.byName['张强'] });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().companions).toHaveLength(1);
    const rows = await t.database.db
      .selectFrom('person')
      .select(['name', 'status', 'household_id', 'relation'])
      .where('name', 'in', ['张伟', '李芳', '张强'])
      .where('status', '=', 'active')
      .execute();
    const at = Object.fromEntries(rows.map((r) => [r.name, r]));
    expect(at['张强']).toMatchObject({ household_id: o.householdId, relation: '02' });
    expect(at['张伟']).toMatchObject({ household_id: ok.json().householdId, relation: '02' });
    expect(at['李芳']).toMatchObject({ household_id: ok.json().householdId, relation: '10' });
    const last = (await clerk.get(`/api/v1/applications/${id}`)).json().events.at(-1);
    expect(last.detail).toMatchObject({ newHeadPersonId: o.byName['张强'], oneStop: true });
  });

  it('refuses a new head when none is needed, saying so', async () => {
    const body = rentalApplication(541);
    const { id } = (await clerk.post('/api/v1/applications', body)).json();
    await clerk.post(`/api/v1/applications/${id}/submit`);
    await clerk.post(`/api/v1/applications/${id}/accept`);
    await county.post(`/api/v1/applications/${id}/approve`, APPROVE_MISSING);
    const r = await clerk.post(`/api/v1/applications/${id}/register`, {
      newHeadPersonId: '00000000-0000-4000-8000-000000000000',
    });
    expect(r.statusCode).toBe(400);
    expect(r.json().error.issues[0].message).toMatch(/无须指定原户新户主/);
  });

  it('approves with missing materials only with a reason, which the event and the audit keep', async () => {
    const { id } = (await clerk.post('/api/v1/applications', rentalApplication(561))).json();
    await clerk.post(`/api/v1/applications/${id}/submit`);
    await clerk.post(`/api/v1/applications/${id}/attachments`, {
      materialCode: 'id-card',
      fileName: '身份证.pdf',
      mediaType: 'application/pdf',
      contentBase64: PDF_BYTES.toString('base64'),
    });
    await clerk.post(`/api/v1/applications/${id}/accept`);
    const detail = (await county.get(`/api/v1/applications/${id}`)).json();
    const missing = detail.checklist.filter((c: { received: boolean }) => !c.received);
    expect(missing.length).toBeGreaterThan(0);
    // The clerk may not approve at all: the table's refusal, not a question about materials.
    expect((await clerk.post(`/api/v1/applications/${id}/approve`, {})).statusCode).toBe(403);
    const refused = await county.post(`/api/v1/applications/${id}/approve`, {});
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.issues[0].path).toBe('missingMaterialsReason');
    expect(refused.json().error.issues[0].message).toContain(missing[0].name);
    const blank = await county.post(`/api/v1/applications/${id}/approve`, { missingMaterialsReason: '  ' });
    expect(blank.statusCode).toBe(400);
    const ok = await county.post(`/api/v1/applications/${id}/approve`, {
      missingMaterialsReason: '原件已当场核验',
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const event = (await county.get(`/api/v1/applications/${id}`))
      .json()
      .events.find((e: { action: string }) => e.action === 'approve');
    expect(event.detail.missingMaterialsReason).toBe('原件已当场核验');
    expect(event.detail.missingMaterials.map((m: { code: string }) => m.code)).toEqual(
      missing.map((m: { code: string }) => m.code),
    );
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select('detail')
      .where('action', '=', 'applications.approve')
      .where('resource_id', '=', id)
      .executeTakeFirstOrThrow();
    expect(audit.detail).toMatchObject({ missingMaterialsReason: '原件已当场核验' });
  });

  it('signs the permit with the approving bureau and verifies it by its token only', async () => {
    const byCounty = (await clerk.post('/api/v1/applications', rentalApplication(581))).json().id;
    const byCity = (await clerk.post('/api/v1/applications', rentalApplication(583))).json().id;
    for (const id of [byCounty, byCity]) {
      await clerk.post(`/api/v1/applications/${id}/submit`);
      await clerk.post(`/api/v1/applications/${id}/accept`);
    }
    expect((await county.post(`/api/v1/applications/${byCounty}/approve`, APPROVE_MISSING)).statusCode).toBe(
      200,
    );
    expect((await city.post(`/api/v1/applications/${byCity}/approve`, APPROVE_MISSING)).statusCode).toBe(200);
    const permitOf = async (id: string) => (await clerk.get(`/api/v1/applications/${id}`)).json().permit;
    const p1 = await permitOf(byCounty);
    const p2 = await permitOf(byCity);
    expect(p1.issuingAuthority).toBe('昭通市昭阳区公安局');
    expect(p2.issuingAuthority).toBe('昭通市公安局');
    expect(p1.verifyToken).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(p1.verifyToken).not.toBe(p2.verifyToken);

    const v = (await pub().get(`/api/v1/verify/${p1.verifyToken}`)).json();
    expect(v).toEqual({
      found: true,
      status: 'valid',
      statusName: '有效',
      maskedName: '毖***',
      issuedOn: expect.any(String),
      validUntil: expect.any(String),
    });
    expect((await pub().get(`/api/v1/verify/${p1.number}`)).json()).toEqual({ found: false });
    const page = await pub().get(`/verify/${p1.verifyToken}`);
    expect(page.body).toContain('毖***');
    expect(page.body).not.toContain(p1.number);

    // A permit issued before tokens gets one when it is printed, and keeps it.
    await t.database.db
      .updateTable('move_permit')
      .set({ verify_token: null })
      .where('number', '=', p2.number)
      .execute();
    const pdf = await clerk.get(`/api/v1/applications/${byCity}/permit.pdf`);
    expect(pdf.statusCode).toBe(200);
    const token = (await permitOf(byCity)).verifyToken;
    expect(token).toMatch(/^[A-Za-z0-9_-]{22}$/);
    await clerk.get(`/api/v1/applications/${byCity}/permit.pdf`);
    expect((await permitOf(byCity)).verifyToken).toBe(token);
  });

  it('prints the intake receipt with the time limit and every missing material in one notice', async () => {
    const { id, number } = (await clerk.post('/api/v1/applications', rentalApplication(601))).json();
    expect((await clerk.get(`/api/v1/applications/${id}/receipt.pdf`)).statusCode).toBe(409); // a draft
    await clerk.post(`/api/v1/applications/${id}/submit`);
    const pdf = await clerk.get(`/api/v1/applications/${id}/receipt.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 4).toString()).toBe('%PDF');
    const { facts } = await receiptFacts(t.deps, operatorContext('receipt'), id, 'http://x/public/track');
    const checklist = (await clerk.get(`/api/v1/applications/${id}`)).json().checklist;
    expect(facts.number).toBe(number);
    expect(facts.missing.map((m) => m.code)).toEqual(checklist.map((c: { code: string }) => c.code));
    expect(facts.deadline).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(facts.limits.acceptDays).toBeGreaterThan(0);
    expect(facts.basis.join()).toContain('T4');
  });
});
