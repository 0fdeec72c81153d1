// T13.2: a department officer reads only its scope's fields (names and ID numbers masked), refused reads answer 403 or
// not-found and are audited too, and every audit row of a read names every person it returned and the view applied.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIELD_SCOPES } from '../../../src/domain/access/field-scopes.ts';
import { readPerson } from '../../../src/app/registry/read-registry.ts';
import { ENGINES } from '../../support/databases.ts';
import { makeActor, makeContext } from '../../support/deps.ts';
import { createSharingFixture, type SharingFixture } from './support.ts';
import { staff } from '../../../src/domain/access/principal.ts';

describe.each(ENGINES)('department views on %s', (kind) => {
  let f: SharingFixture;
  beforeAll(async () => {
    f = await createSharingFixture(kind);
  }, 120_000);
  afterAll(async () => f?.close());

  it('gives the education officer only the education items, masked, and audits the lookup with its view', async () => {
    const edu = await f.as('edu');
    const r = await edu.get(`/api/v1/registry/persons/by-id-number/${f.headIdNumber}`);
    expect(r.statusCode).toBe(200);
    const [p] = r.json().persons;
    expect(Object.keys(p).sort()).toEqual([...FIELD_SCOPES.education!.person].sort());
    expect(p.name).toBe('测**');
    expect(p).not.toHaveProperty('idNumber');
    const [row] = await f.auditRows({ action: 'registry.lookup', username: 'edu' });
    expect(row).toMatchObject({
      resource_id: f.headId,
      person_ids: [f.headId],
      actor_role: 'department-officer',
    });
    expect(row!.detail).toMatchObject({ view: 'education', hits: 1 });
  });

  it('reads a person and a household through the scope: items, events and memberships only as it allows', async () => {
    const civil = await f.as('civil');
    const h = (await civil.get(`/api/v1/registry/households/${f.householdId}`)).json();
    expect(Object.keys(h.household).sort()).toEqual([...FIELD_SCOPES['civil-affairs']!.household].sort());
    expect(h.members).toHaveLength(2);
    for (const m of h.members) expect(m.idNumber).toMatch(/^5306\*{10}\d{3}[\dX]$/);
    expect(h.memberships.length).toBeGreaterThan(0);
    for (const e of h.events) expect(Object.keys(e).sort()).toEqual(['at', 'kind', 'legalBasis', 'seq']);
    const [row] = await f.auditRows({ action: 'registry.read', username: 'civil' });
    expect([...(row!.person_ids as string[])].sort()).toEqual([f.headId, f.memberId].sort());
    expect(row!.detail).toMatchObject({ view: 'civil-affairs' });

    const edu = await f.as('edu');
    const p = (await edu.get(`/api/v1/registry/persons/${f.memberId}`)).json();
    expect(p.memberships).toEqual([]);
    expect(p.events).toEqual([]);
    expect(Object.keys(p.household).sort()).toEqual(['address', 'householdId']);
  });

  it('refuses (403) what a department has no view of, and audits each refusal', async () => {
    const health = await f.as('health');
    expect((await health.get(`/api/v1/registry/households/${f.householdId}`)).statusCode).toBe(403);
    const army = await f.as('army');
    expect((await army.get(`/api/v1/registry/persons/by-id-number/${f.headIdNumber}`)).statusCode).toBe(403);
    const edu = await f.as('edu');
    expect((await edu.get('/api/v1/registry/persons?q=测试')).statusCode).toBe(403);
    const supervisor = await f.as('supervisor');
    expect((await supervisor.get(`/api/v1/registry/persons/${f.headId}`)).statusCode).toBe(403);
    const refused = await f.auditRows({ action: 'registry.read.refused' });
    const by = (u: string) => refused.find((r) => r.actor_username === u);
    expect(by('health')).toMatchObject({ resource_type: 'household', resource_id: f.householdId });
    expect(by('health')!.detail).toMatchObject({ reason: 'no-field' });
    expect(by('army')!.detail).toMatchObject({ reason: 'no-scope', idNumber: f.headIdNumber });
    expect(by('edu')!.detail).toMatchObject({ reason: 'endpoint' });
    expect(by('supervisor')).toMatchObject({ resource_id: f.headId, person_ids: [f.headId] });
    expect(by('supervisor')!.detail).toMatchObject({ reason: 'role' });
  });

  it('audits a read outside the jurisdiction that answers not-found', async () => {
    const outsider = makeContext({
      principal: staff(
        makeActor({ id: 3, username: 'ludian', role: 'county-officer', jurisdiction: '530621' }),
      ),
      requestId: 'outside',
    });
    await expect(readPerson(f.deps, outsider, f.headId)).rejects.toMatchObject({ code: 'not-found' });
    const [row] = (await f.auditRows({ action: 'registry.read.refused' })).filter(
      (r) => r.request_id === 'outside',
    );
    expect(row).toMatchObject({ resource_id: f.headId, person_ids: [f.headId], ip: '127.0.0.1' });
    expect(row!.detail).toMatchObject({ reason: 'outside-jurisdiction' });
  });

  it("names every person a clerk's search returned, and gives police full records", async () => {
    const clerk = await f.as('clerk');
    const r = (await clerk.get('/api/v1/registry/persons?q=测试')).json();
    expect(r.persons).toHaveLength(2);
    expect(r.persons[0].idNumber).toMatch(/^\d{17}[\dX]$/);
    const [row] = await f.auditRows({ action: 'registry.search', username: 'clerk' });
    expect([...(row!.person_ids as string[])].sort()).toEqual(
      r.persons.map((p: { personId: string }) => p.personId).sort(),
    );
  });

  it('reveals masked items of the scope for a stated purpose, audited with it; outside the scope 403, audited', async () => {
    const civil = await f.as('civil');
    const ok = await civil.post(`/api/v1/registry/persons/${f.headId}/reveal`, {
      fields: ['name', 'idNumber'],
      purpose: '核对低保申请家庭成员',
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().values).toEqual({ name: '测试1', idNumber: f.headIdNumber });
    const [row] = await f.auditRows({ action: 'registry.reveal', username: 'civil' });
    expect(row).toMatchObject({
      purpose: '核对低保申请家庭成员',
      person_ids: [f.headId],
      resource_id: f.headId,
    });

    const outside = await civil.post(`/api/v1/registry/persons/${f.headId}/reveal`, {
      fields: ['occupation'],
      purpose: '核对就业情况',
    });
    expect(outside.statusCode).toBe(403);
    const refused = (await f.auditRows({ action: 'registry.read.refused', username: 'civil' })).at(-1);
    expect(refused).toMatchObject({ purpose: '核对就业情况', person_ids: [f.headId] });
    expect(refused!.detail).toMatchObject({ reason: 'outside-scope', outside: ['occupation'] });

    const noPurpose = await civil.post(`/api/v1/registry/persons/${f.headId}/reveal`, {
      fields: ['name'],
      purpose: ' ',
    });
    expect(noPurpose.statusCode).toBe(400);
    expect(noPurpose.body).toContain('请说明查看目的');
  });
});
