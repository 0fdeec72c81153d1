// Head anomalies from legacy records (T12) are resolved through the registry's change of head, over HTTP on both
// engines: a household with two heads names the head who steps down, a household without a head gets one; each
// writes a head-changed event, and a rescan finds neither problem again. The rows are made anomalous the way an
// import lands them (a second head carries legacy_flag, outside the one-head index).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { upsertDivisionUnits } from '../../../src/db/repositories/registry/divisions.ts';
import { generateUnits } from '../../../src/domain/divisions/units.ts';
import { makeIdNumber } from '../../../src/domain/identity/id-number.ts';
import { createTestApp, type TestApp } from '../../support/app.ts';
import { ENGINES } from '../../support/databases.ts';
import { scanToTheEnd } from '../../support/scan.ts';

interface Member {
  personId: string;
  name: string;
  relation: string;
  version: number;
}
interface HouseholdView {
  householdId: string;
  householdNo: string;
  version: number;
  members: Member[];
}

describe.each(ENGINES)('head anomalies resolved by a change of head on %s', (kind) => {
  let t: TestApp;
  const cookies: Record<string, string> = {};
  const call = (user: string, method: 'GET' | 'POST', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: { cookie: cookies[user]! }, ...(payload ? { payload } : {}) });
  const cityCall = async (method: 'GET' | 'POST', url: string) => {
    const r = await call('city', method, url);
    return { status: r.statusCode, body: r.json() as unknown };
  };
  const newcomer = (seq: number, name: string) => ({
    type: 'newcomer',
    person: {
      idNumber: makeIdNumber('530602', '1980-02-02', seq),
      name,
      sex: '1',
      birthDate: '1980-02-02',
      ethnicity: '01',
    },
  });

  /** A family household with a head and one member (relation 97), answered as {householdId, head, member}. */
  async function family(detail: string, seq: number, head: string, member: string) {
    const a = await call('clerk', 'POST', '/api/v1/registry/households', {
      kind: 'family',
      address: { divisionCode: '530602001001', detail },
      from: '本市',
      reason: '测试',
      head: newcomer(seq, head),
    });
    expect(a.statusCode, a.body).toBe(201);
    const hh = a.json().households[0];
    const m = await call('clerk', 'POST', '/api/v1/registry/move-ins', {
      householdId: hh.householdId,
      version: hh.version,
      relation: '97',
      from: '本市',
      reason: '测试',
      arrival: newcomer(seq + 2, member),
    });
    expect(m.statusCode, m.body).toBe(201);
    return {
      householdId: hh.householdId as string,
      head: a.json().persons[0].personId as string,
      member: m.json().persons[0].personId as string,
    };
  }

  async function findingOf(code: string) {
    const list = (await call('clerk', 'GET', `/api/v1/quality/findings?code=${code}`)).json();
    expect(list.items, code).toHaveLength(1);
    const finding = list.items[0];
    const r = await call('clerk', 'GET', `/api/v1/quality/findings/${finding.findingId}/households`);
    expect(r.statusCode, r.body).toBe(200);
    return { finding, household: r.json().households[0] as HouseholdView };
  }

  let twoHeads: Awaited<ReturnType<typeof family>>;
  let noHead: Awaited<ReturnType<typeof family>>;
  beforeAll(async () => {
    t = await createTestApp(kind);
    await upsertDivisionUnits(t.deps.database.db, generateUnits('530602001'));
    for (const u of ['clerk', 'city']) cookies[u] = await t.login(u);
    twoHeads = await family('两主路1号', 301, '周大', '周二');
    noHead = await family('无主路2号', 311, '吴大', '吴二');
    const db = t.deps.database.db;
    await db
      .updateTable('person')
      .set({ relation: '02', legacy_flag: 'household-multiple-heads' })
      .where('person_id', '=', twoHeads.member)
      .execute();
    await db.updateTable('person').set({ relation: '97' }).where('person_id', '=', noHead.head).execute();
    await scanToTheEnd(cityCall);
  });
  afterAll(async () => t?.close());

  it('several heads: the named head steps down, the other stays; the event is in the household history', async () => {
    const { finding, household } = await findingOf('household-multiple-heads');
    expect(household.members.map((m) => m.relation)).toEqual(['02', '02']);
    const stays = household.members.find((m) => m.personId === twoHeads.head)!;
    const steps = household.members.find((m) => m.personId === twoHeads.member)!;
    const base = {
      action: 'change-head',
      version: finding.version,
      householdId: household.householdId,
      householdVersion: household.version,
      newHeadPersonId: stays.personId,
      formerHeadRelation: '97',
      reason: '历史数据一户两主',
    };
    const unnamed = await call(
      'clerk',
      'POST',
      `/api/v1/quality/findings/${finding.findingId}/resolution`,
      base,
    );
    expect(unnamed.statusCode, unnamed.body).toBe(409);
    const r = await call('clerk', 'POST', `/api/v1/quality/findings/${finding.findingId}/resolution`, {
      ...base,
      formerHeadPersonId: steps.personId,
    });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().status).toBe('resolved');
    const view = (await call('clerk', 'GET', `/api/v1/registry/households/${household.householdId}`)).json();
    expect(view.members.map((m: Member) => [m.personId, m.relation]).sort()).toEqual(
      [
        [stays.personId, '02'],
        [steps.personId, '97'],
      ].sort(),
    );
    const event = view.events.find((e: { kind: string }) => e.kind === 'head-changed');
    expect(event).toMatchObject({
      formerHeadPersonId: steps.personId,
      newHeadPersonId: stays.personId,
      legalBasis: 'T12',
    });
  });

  it("no head: a member becomes head, replacing nobody; only the finding's household is accepted", async () => {
    const { finding, household } = await findingOf('household-without-head');
    const body = {
      action: 'change-head',
      version: finding.version,
      householdVersion: household.version,
      newHeadPersonId: noHead.member,
      formerHeadRelation: '97',
      reason: '历史数据无户主',
    };
    const elsewhere = await call(
      'clerk',
      'POST',
      `/api/v1/quality/findings/${finding.findingId}/resolution`,
      { ...body, householdId: twoHeads.householdId },
    );
    expect(elsewhere.statusCode, elsewhere.body).toBe(400);
    const r = await call('clerk', 'POST', `/api/v1/quality/findings/${finding.findingId}/resolution`, {
      ...body,
      householdId: household.householdId,
    });
    expect(r.statusCode, r.body).toBe(200);
    const view = (await call('clerk', 'GET', `/api/v1/registry/households/${household.householdId}`)).json();
    expect(view.members.find((m: Member) => m.personId === noHead.member).relation).toBe('02');
    expect(view.events.find((e: { kind: string }) => e.kind === 'head-changed')).toMatchObject({
      formerHeadPersonId: null,
      newHeadPersonId: noHead.member,
    });
  });

  it('a rescan finds neither head problem again', async () => {
    const scan = await scanToTheEnd(cityCall);
    expect(scan.findings.filter((f) => f.code.startsWith('household-'))).toEqual([]);
  });
});
