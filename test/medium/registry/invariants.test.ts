import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { DomainError } from '../../../src/domain/errors.ts';
import { readHousehold, readPerson } from '../../../src/app/registry/read-registry.ts';
import { registryAsOf } from '../../../src/app/registry/registry-as-of.ts';
import { ENGINES } from '../../support/databases.ts';
import { expectProjectionIsFold, projection } from './projection-check.ts';
import { createRegistryFixture, personInput, UNIT, type RegistryFixture } from './support.ts';

async function refused(p: Promise<unknown>): Promise<DomainError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

describe.each(ENGINES)('registry invariants on %s', (kind) => {
  let f: RegistryFixture;
  beforeAll(async () => {
    f = await createRegistryFixture(kind);
  });
  afterAll(async () => f?.database.dispose());

  it('records a birth with its event, projection and audit row in one transaction, and reads the history back', async () => {
    const { householdId } = await f.household(1);
    const h = await readHousehold(f.deps, f.ctx, householdId);
    const auditBefore = await f.count('audit_log');
    const r = await f.change('register-birth', {
      householdId,
      version: h.household.version,
      relation: '20',
      person: { name: '张小明', sex: '1', birthDate: '2018-01-05', ethnicity: '01' },
    });
    expect(r.event).toMatchObject({
      kind: 'birth-registered',
      actor: 'clerk',
      legalBasis: '户口登记条例 第七条',
    });
    const child = r.persons[0]!;
    expect(child.idNumber).toMatch(/^53060220180105\d{3}[\dX]$/);
    expect(await f.count('audit_log')).toBe(auditBefore + 1);
    const history = await readPerson(f.deps, f.ctx, child.personId);
    expect(history.events.map((e) => e.kind)).toEqual(['birth-registered']);
    expect(history.memberships).toMatchObject([{ householdId, relation: '20', until: null }]);
    await expectProjectionIsFold(f.database.db);
  });

  it('refuses bad input and broken rules, writing nothing', async () => {
    const { householdId, headId } = await f.household(2);
    const events = await f.count('registry_event');
    const future = await refused(
      f.change('register-birth', {
        householdId,
        version: 1,
        relation: '20',
        person: { name: '甲', sex: '1', birthDate: '2030-01-01', ethnicity: '01' },
      }),
    );
    expect(future).toMatchObject({ code: 'invalid-input' });
    const unknownCode = await refused(
      f.change('register-birth', {
        householdId,
        version: 1,
        relation: '20',
        person: { name: '甲', sex: '1', birthDate: '2017-01-01', ethnicity: '99' },
      }),
    );
    expect(unknownCode.issues[0]!.path).toBe('person.ethnicity');
    const stale = await refused(
      f.change('correct-item', { personId: headId, version: 9, field: 'name', after: '乙' }),
    );
    expect(stale.code).toBe('stale-version');
    await f.change('record-death', { personId: headId, version: 1, deathDate: '2018-01-01' });
    const other = await f.household(3);
    const dead = await refused(
      f.change('move-in', {
        householdId: other.householdId,
        version: 1,
        relation: '99',
        from: 'x',
        arrival: { type: 'existing', personId: headId, version: 2 },
      }),
    );
    expect(dead.code).toBe('rule-violation');
    expect(dead.issues[0]!.path).toBe('arrival.personId');
    const sameAddress = await refused(
      f.change('create-household', {
        kind: 'family',
        address: { divisionCode: UNIT, detail: '凤凰路3号' },
        from: 'x',
        head: { type: 'newcomer', person: personInput(40) },
      }),
    );
    expect(sameAddress.message).toContain('one-address-one-household');
    // household 2 closed with its only member's death; household 3 added two events in total
    expect(await f.count('registry_event')).toBe(events + 2);
  });

  it('holds the invariants with database constraints whatever the caller', async () => {
    const { householdId, headId } = await f.household(4);
    const db = f.database.db;
    const head = await db
      .selectFrom('person')
      .selectAll()
      .where('person_id', '=', headId)
      .executeTakeFirstOrThrow();
    const copy = { ...head, person_id: '00000000-0000-4000-8000-000000000001', relation: '20' };
    await expect(db.insertInto('person').values(copy).execute()).rejects.toThrow(/person_one_active_hukou/);
    const secondHead = {
      ...head,
      person_id: '00000000-0000-4000-8000-000000000002',
      id_number: personInput(41).idNumber,
    };
    await expect(db.insertInto('person').values(secondHead).execute()).rejects.toThrow(/person_one_head/);
    const hh = await db
      .selectFrom('household')
      .selectAll()
      .where('household_id', '=', householdId)
      .executeTakeFirstOrThrow();
    await expect(
      db
        .insertInto('household')
        .values({ ...hh, household_id: '00000000-0000-4000-8000-000000000003', household_no: 'x1' })
        .execute(),
    ).rejects.toThrow(/household_one_family_per_address/);
  });

  it('never updates or deletes an event row', async () => {
    // The application's role has no such privilege (0602); the owner is stopped by the triggers.
    const db = f.database.db;
    await expect(sql`update registry_event set reason = 'x'`.execute(db)).rejects.toThrow(
      /permission denied/,
    );
    await expect(sql`delete from registry_event`.execute(db)).rejects.toThrow(/permission denied/);
    await expect(sql`truncate registry_event`.execute(db)).rejects.toThrow(/permission denied/);
    await f.database.asOwner(async (owner) => {
      await expect(sql`update registry_event set reason = 'x'`.execute(owner.db)).rejects.toThrow(
        /append-only/,
      );
      await expect(sql`delete from registry_event`.execute(owner.db)).rejects.toThrow(/append-only/);
      await expect(sql`truncate registry_event`.execute(owner.db)).rejects.toThrow(/append-only/);
    });
  });

  it('rebuilds the register as of a past moment from the events', async () => {
    const { headId } = await f.household(5);
    const then = f.clock.now();
    const snapshot = await projection(f.database.db);
    await f.change('correct-item', { personId: headId, version: 1, field: 'name', after: '改名' });
    const past = await registryAsOf(f.deps, then);
    const head = past.persons.find((p) => p.personId === headId)!;
    expect(head.name).toBe(snapshot.persons.get(headId)!.name);
    expect(head.name).not.toBe('改名');
    const activeThen = [...snapshot.persons.values()].filter((p) => p.status === 'active');
    expect(past.persons.map((p) => p.personId).sort()).toEqual(activeThen.map((p) => p.personId).sort());
    await expectProjectionIsFold(f.database.db);
  });
});
