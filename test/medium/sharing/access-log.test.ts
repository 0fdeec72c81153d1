// A resident sees who read their record: unit and role (never a username), action, purpose, newest first, paged; a
// wrong pair answers exactly as an unknown one; the lookup itself is audited.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeIdNumber } from '../../../src/domain/identity/id-number.ts';
import { ENGINES } from '../../support/databases.ts';
import { createSharingFixture, type SharingFixture } from './support.ts';

const NUMBER = 'LH5306022018000001';

describe.each(ENGINES)("the resident's access log on %s", (kind) => {
  let f: SharingFixture;
  beforeAll(async () => {
    f = await createSharingFixture(kind);
    const now = new Date();
    await f.database.db
      .insertInto('settlement_application')
      .values({
        id: randomUUID(),
        county_code: '530602',
        number: NUMBER,
        station_code: '530602001',
        state: 'registered',
        channel: 'online',
        basis: 'residence',
        applicant_name: '测试1',
        applicant_id_number: f.headIdNumber,
        input: JSON.stringify({}),
        consent: true,
        state_entered_at: now,
        created_at: now,
        updated_at: now,
      } as never)
      .execute();
  }, 120_000);
  afterAll(async () => f?.close());

  const ask = (idNumber: string, applicationNo: string) =>
    f.app.inject({ method: 'POST', url: '/api/v1/public/access-log', payload: { idNumber, applicationNo } });

  it('lists the reads of the record, newest first, with unit, role and purpose', async () => {
    await (await f.as('edu')).get(`/api/v1/registry/persons/by-id-number/${f.headIdNumber}`);
    await (
      await f.as('civil')
    ).post(`/api/v1/registry/persons/${f.headId}/reveal`, {
      fields: ['name'],
      purpose: '核对低保申请家庭成员',
    });
    const r = await ask(f.headIdNumber, NUMBER.toLowerCase());
    expect(r.statusCode).toBe(200);
    const { entries, total } = r.json();
    expect(total).toBe(entries.length);
    expect(entries[0]).toMatchObject({ action: 'access-log.read', unit: '本人（网上查询）' });
    expect(entries[1]).toMatchObject({
      action: 'registry.reveal',
      unit: '民政局',
      roleName: '部门工作人员',
      purpose: '核对低保申请家庭成员',
    });
    expect(entries[2]).toMatchObject({ action: 'registry.lookup', unit: '教育局' });
    // A police reader shows as their unit, not by name.
    await (await f.as('clerk')).get(`/api/v1/registry/persons/${f.headId}`);
    const again = (await ask(f.headIdNumber, NUMBER)).json().entries;
    expect(again[1]).toMatchObject({
      action: 'registry.read',
      unit: '昭阳区 凤凰街道',
      roleName: '派出所户籍民警',
    });
    const times = entries.map((e: { at: string }) => e.at);
    expect([...times].sort().reverse()).toEqual(times);
    expect(r.body).not.toMatch(/"(edu|civil|clerk)"|陈老师|actor_username/);
  });

  it('answers a wrong pair exactly as an unknown one, and audits both attempts', async () => {
    const wrong = await ask(f.headIdNumber, 'LH5306022018000099');
    const unknown = await ask(makeIdNumber('530602', '1980-01-01', 77), NUMBER);
    expect(wrong.statusCode).toBe(404);
    expect(unknown.statusCode).toBe(404);
    expect(wrong.body).toBe(unknown.body);
    const refused = await f.auditRows({ action: 'access-log.refused' });
    expect(refused).toHaveLength(2);
    expect(refused[0]).toMatchObject({ person_ids: [f.headId], actor_id: null, ip: '127.0.0.1' });
  });

  it('shows changes to the record too, by the unit that made them', async () => {
    const clerk = await f.as('clerk');
    const { person } = (await clerk.get(`/api/v1/registry/persons/${f.headId}`)).json();
    const r = await clerk.post('/api/v1/registry/corrections', {
      personId: f.headId,
      version: person.version,
      field: 'occupation',
      after: '教师',
      legalBasis: 'T12',
      reason: '本人申请更正职业',
    });
    expect(r.statusCode).toBe(201);
    const [row] = await f.auditRows({ action: 'registry.item-corrected' });
    expect(row).toMatchObject({ person_ids: [f.headId] });
    const entries = (await ask(f.headIdNumber, NUMBER)).json().entries;
    expect(entries.find((e: { action: string }) => e.action === 'registry.item-corrected')).toMatchObject({
      actionName: '项目更正',
      unit: '昭阳区 凤凰街道',
      roleName: '派出所户籍民警',
    });
  });
});
