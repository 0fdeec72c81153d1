// Issue 15 beyond the first issue: jurisdiction, the department feeds, a new card that voids the old one's QR
// code, ending a residence (the permit is cancelled with it), a move within the city carrying the permit, and the
// road to hukou: a settlement application prefilled from the permit whose registration closes the permit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { upsertDivisionUnits } from '../../../src/db/repositories/registry/divisions.ts';
import { generateUnits } from '../../../src/domain/divisions/units.ts';
import { createTestApp, type TestApp } from '../../support/app.ts';
import { ENGINES } from '../../support/databases.ts';
import { client } from '../applications/support.ts';
import { residenceRegistration } from './support.ts';

describe.each(ENGINES)('residence permits: jurisdiction, feeds, cards, moves, settlement on %s', (kind) => {
  let t: TestApp;
  let clerk: ReturnType<typeof client>;
  let other: ReturnType<typeof client>;
  let county: ReturnType<typeof client>;

  /** A registration and a valid permit for person `seq`. */
  async function validPermit(seq: number, o: Parameters<typeof residenceRegistration>[1] = {}) {
    const reg = await clerk.post('/api/v1/residence-registrations', residenceRegistration(seq, o));
    expect(reg.statusCode, reg.body).toBe(201);
    const applied = await clerk.post('/api/v1/residence-permits', { registrationId: reg.json().id });
    expect(applied.statusCode, applied.body).toBe(201);
    const issued = await clerk.post(`/api/v1/residence-permits/${applied.json().id}/issue`, {});
    expect(issued.statusCode, issued.body).toBe(200);
    return {
      registrationId: reg.json().id as string,
      id: applied.json().id as string,
      idNumber: residenceRegistration(seq, o).person.idNumber,
    };
  }

  beforeAll(async () => {
    t = await createTestApp(kind);
    t.clock.set('2020-03-02T02:00:00Z');
    const db = t.deps.database.db;
    await upsertDivisionUnits(db, [...generateUnits('530602001'), ...generateUnits('530602002')]);
    const admin = await t.login('admin');
    const made = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: { cookie: admin },
      payload: {
        username: 'clerk2',
        displayName: '另一派出所',
        password: 'long-enough-1',
        role: 'station-clerk',
        jurisdiction: '530602002',
      },
    });
    expect(made.statusCode, made.body).toBe(201);
    clerk = client(t, await t.login('clerk'));
    county = client(t, await t.login('county'));
    const r = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'clerk2', password: 'long-enough-1' },
    });
    other = client(t, `hukou_session=${r.cookies.find((c) => c.name === 'hukou_session')!.value}`);
  });
  afterAll(async () => t?.close());

  it('keeps each station to its own residences: another station neither registers here nor sees the permit', async () => {
    const p = await validPermit(11);
    const foreign = await other.post('/api/v1/residence-registrations', residenceRegistration(12));
    expect(foreign.statusCode).toBe(403);
    expect((await other.get(`/api/v1/residence-permits/${p.id}`)).statusCode).toBe(404);
    expect((await other.post(`/api/v1/residence-permits/${p.id}/endorsements`, {})).statusCode).toBe(404);
    // The county officer reads the permit but may not act on it.
    const seen = await county.get(`/api/v1/residence-permits/${p.id}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json().actions).toEqual([]);
    expect(
      (await county.post(`/api/v1/residence-permits/${p.id}/cancel`, { reason: 'left' })).statusCode,
    ).toBe(403);
  });

  it('takes social-insurance years from 人社 and schooling years from 教育 (JSON and CSV), and no one else', async () => {
    const p = await validPermit(13);
    const hrss = client(t, await t.login('hrss'));
    const edu = client(t, await t.login('edu'));
    const years = { kind: 'social-insurance-years', idNumber: p.idNumber, years: 5, asOf: '2020-02-01' };
    expect((await edu.post('/api/v1/residence-permits/facts', { items: [years] })).statusCode).toBe(403);
    const sent = await hrss.post('/api/v1/residence-permits/facts', { items: [years] });
    expect(sent.statusCode, sent.body).toBe(201);
    expect(sent.json()).toEqual({ received: 1, applied: 1, withoutPermit: 0 });
    const csv = [
      'kind,id_number,years,as_of,child_id_number,child_name,child_birth_date',
      `child-schooling-years,${p.idNumber},3,2020-02-01,,小明,2008-05-01`,
    ].join('\n');
    const fromCsv = await t.app.inject({
      method: 'POST',
      url: '/api/v1/residence-permits/facts',
      payload: csv,
      headers: { cookie: await t.login('edu'), 'content-type': 'text/csv' },
    });
    expect(fromCsv.statusCode, fromCsv.body).toBe(201);
    const bad = await edu.post('/api/v1/residence-permits/facts', {
      items: [{ ...years, kind: 'child-schooling-years', years: -1 }],
    });
    expect(bad.statusCode).toBe(400);
    // 人社's own system sends with a token scoped to insurance years; a token without that scope is refused.
    const token = async (scopes: string[]) => {
      const r = await t.app.inject({
        method: 'POST',
        url: '/api/v1/tokens',
        headers: { cookie: await t.login('admin') },
        payload: {
          name: `人社系统 ${scopes.join()}`,
          department: '人社局',
          jurisdiction: '5306',
          scopes,
          expiresInDays: 30,
        },
      });
      expect(r.statusCode, r.body).toBe(201);
      return r.json().token as string;
    };
    const viaToken = async (bearer: string, items: object[]) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/residence-permits/facts',
        payload: { items },
        headers: { authorization: `Bearer ${bearer}` },
      });
    expect((await viaToken(await token(['registry.read']), [years])).statusCode).toBe(403);
    const scoped = await token(['permits.feed.insurance']);
    const viaScoped = await viaToken(scoped, [{ ...years, years: 5 }]);
    expect(viaScoped.statusCode, viaScoped.body).toBe(201);
    expect(
      (
        await viaToken(scoped, [
          { ...years, kind: 'child-schooling-years', child: { birthDate: '2008-05-01' } },
        ])
      ).statusCode,
    ).toBe(403);
    const view = (await clerk.get(`/api/v1/residence-permits/${p.id}`)).json();
    expect(view.socialInsuranceYears).toBe(5);
    expect(view.children).toHaveLength(1);
    expect(view.children[0]).toMatchObject({ name: '小明', continuousSchoolingYears: 3 });
  });

  it('a new card voids the old card’s verification; the public page shows only status and a masked name', async () => {
    const p = await validPermit(15);
    const pdf = await clerk.get(`/api/v1/residence-permits/${p.id}/card.pdf`);
    expect(pdf.statusCode).toBe(200);
    const tokenOf = async () =>
      (
        await t.deps.database.db
          .selectFrom('residence_permit')
          .select('verify_token')
          .where('id', '=', p.id)
          .executeTakeFirstOrThrow()
      ).verify_token!;
    const first = await tokenOf();
    expect(first).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const page = await t.app.inject({ method: 'GET', url: `/verify/residence/${first}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('有效');
    expect(page.body).not.toContain(residenceRegistration(15).person.name);
    expect(page.body).not.toContain(p.idNumber);
    const lost = await clerk.post(`/api/v1/residence-permits/${p.id}/replacements`, {
      kind: 'loss',
      reason: '钱包遗失',
    });
    expect(lost.statusCode, lost.body).toBe(201);
    expect(lost.json().cardEdition).toBe(2);
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/v1/public/residence-permits/${first}` })).json(),
    ).toMatchObject({ found: false });
    expect(
      (
        await t.app.inject({ method: 'GET', url: `/api/v1/public/residence-permits/${await tokenOf()}` })
      ).json(),
    ).toMatchObject({
      found: true,
      status: 'valid',
    });
    const noReason = await clerk.post(`/api/v1/residence-permits/${p.id}/replacements`, { kind: 'loss' });
    expect(noReason.statusCode).toBe(400);
  });

  it('ending a residence cancels its permit; moving within the city carries the permit and its years', async () => {
    const a = await validPermit(17);
    const ended = await clerk.post(`/api/v1/residence-registrations/${a.registrationId}/end`, {
      reason: 'left',
      endedOn: '2020-03-01',
    });
    expect(ended.statusCode, ended.body).toBe(200);
    expect(ended.json()).toMatchObject({ status: 'ended', endReason: 'left', permitId: null });
    expect((await clerk.get(`/api/v1/residence-permits/${a.id}`)).json().status).toBe('cancelled');

    const b = await validPermit(19);
    const moved = await clerk.post(
      '/api/v1/residence-registrations',
      residenceRegistration(19, { since: '2020-03-01', unitCode: '530602001005' }),
    );
    expect(moved.statusCode, moved.body).toBe(201);
    const permit = (await clerk.get(`/api/v1/residence-permits/${b.id}`)).json();
    expect(permit).toMatchObject({ status: 'valid', registrationId: moved.json().id });
    expect((await clerk.get(`/api/v1/residence-registrations/${b.registrationId}`)).json().status).toBe(
      'ended',
    );
  });

  it('prefills a settlement application from the permit; registering it closes the permit and the residence', async () => {
    const p = await validPermit(21);
    const draft = await clerk.get(`/api/v1/residence-permits/${p.id}/settlement-draft`);
    expect(draft.statusCode, draft.body).toBe(200);
    expect(draft.json()).toMatchObject({
      basis: 'residence-permit',
      consent: false,
      residencePermit: { valid: true },
    });
    const created = await clerk.post('/api/v1/applications', { ...draft.json(), consent: true });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    expect((await clerk.post(`/api/v1/applications/${id}/submit`)).statusCode).toBe(200);
    expect((await clerk.post(`/api/v1/applications/${id}/accept`)).statusCode).toBe(200);
    const approved = await county.post(`/api/v1/applications/${id}/approve`, {
      missingMaterialsReason: '原件已当场核验（测试）',
    });
    expect(approved.statusCode, approved.body).toBe(200);
    const registered = await clerk.post(`/api/v1/applications/${id}/register`, {});
    expect(registered.statusCode, registered.body).toBe(200);
    const permit = (await clerk.get(`/api/v1/residence-permits/${p.id}`)).json();
    expect(permit.status).toBe('cancelled');
    expect(permit.events.at(-1)).toMatchObject({ action: 'cancel' });
    expect((await clerk.get(`/api/v1/residence-registrations/${p.registrationId}`)).json()).toMatchObject({
      status: 'ended',
      endReason: 'settled',
    });
  });
});
