// 200 concurrent conflicting operations (two moves of one person, two splits of one household, two head changes,
// two move-ins of one newcomer, two corrections of one item, per household): the invariants hold, every accepted
// change has exactly one event, every refused one wrote nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { isDomainError } from '../../../src/domain/errors.ts';
import type { ChangeResult } from '../../../src/app/registry/record-change.ts';
import { ENGINES } from '../../support/databases.ts';
import { expectProjectionIsFold } from './projection-check.ts';
import { createRegistryFixture, personInput, UNIT, type RegistryFixture } from './support.ts';

const HOUSEHOLDS = 20;

describe.each(ENGINES)('200 concurrent conflicting operations on %s', (kind) => {
  let f: RegistryFixture;
  beforeAll(async () => {
    f = await createRegistryFixture(kind, 32);
  });
  afterAll(async () => f?.database.dispose());

  it('keeps the invariants; one event per accepted change, nothing from a refused one', async () => {
    const families = [];
    for (let n = 1; n <= HOUSEHOLDS; n++) families.push(await f.household(n, 3));
    const eventsBefore = await f.count('registry_event');
    const auditBefore = await f.count('audit_log');

    const ops: Array<() => Promise<ChangeResult>> = [];
    for (const [i, h] of families.entries()) {
      const [m1, m2, m3] = h.memberIds as [string, string, string];
      const v = 4; // created (1) + three move-ins
      const newcomer = personInput(900 + i);
      const split = (member: string, tag: string) => () =>
        f.change('split-household', {
          householdId: h.householdId,
          version: v,
          address: { divisionCode: UNIT, detail: `新村${i}${tag}` },
          members: [{ personId: member, relation: '02' }],
        });
      ops.push(
        () => f.change('move-out', { personId: m1, version: 1, to: '昆明市' }),
        () => f.change('move-out', { personId: m1, version: 1, to: '曲靖市' }),
        split(m2, 'a'),
        split(m3, 'b'),
        () =>
          f.change('change-head', {
            householdId: h.householdId,
            version: v,
            newHeadPersonId: m2,
            formerHeadRelation: '51',
          }),
        () =>
          f.change('change-head', {
            householdId: h.householdId,
            version: v,
            newHeadPersonId: m3,
            formerHeadRelation: '51',
          }),
        () =>
          f.change('move-in', {
            householdId: h.householdId,
            version: v,
            relation: '99',
            from: 'x',
            arrival: { type: 'newcomer', person: newcomer },
          }),
        () =>
          f.change('move-in', {
            householdId: h.householdId,
            version: v,
            relation: '97',
            from: 'y',
            arrival: { type: 'newcomer', person: newcomer },
          }),
        () => f.change('correct-item', { personId: m1, version: 1, field: 'occupation', after: '农民' }),
        () => f.change('correct-item', { personId: m1, version: 1, field: 'occupation', after: '工人' }),
      );
    }
    expect(ops).toHaveLength(200);
    // A fixed shuffle, so that every kind of change gets to win some races.
    let seed = 2017;
    const order = ops
      .map((op) => ({ op, key: (seed = (seed * 48271) % 2147483647) }))
      .sort((a, b) => a.key - b.key);
    const outcomes = await Promise.allSettled(order.map(({ op }) => op()));

    const accepted = outcomes.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));
    const refused = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason as unknown] : []));
    for (const e of refused) {
      expect(isDomainError(e), String(e)).toBe(true);
      if (isDomainError(e)) expect(['stale-version', 'conflict', 'rule-violation']).toContain(e.code);
    }
    expect(accepted.length).toBeGreaterThanOrEqual(HOUSEHOLDS);
    expect(refused.length).toBeGreaterThanOrEqual(HOUSEHOLDS * 5);

    const ids = accepted.map((r) => r.event.eventId);
    const rows = await f.database.db
      .selectFrom('registry_event')
      .select('event_id')
      .where(sql<boolean>`event_id = any(${ids}::uuid[])`)
      .execute();
    expect(rows).toHaveLength(accepted.length);
    expect(await f.count('registry_event')).toBe(eventsBefore + accepted.length);
    expect(await f.count('audit_log')).toBe(auditBefore + accepted.length);

    // Per person and household: at most one of each conflicting pair went through.
    for (const h of families) {
      const movedOut = accepted.filter(
        (r) => r.event.kind === 'moved-out' && r.event.personId === h.memberIds[0],
      );
      expect(movedOut.length).toBeLessThanOrEqual(1);
      const householdChanges = accepted.filter(
        (r) =>
          'householdId' in r.event &&
          r.event.householdId === h.householdId &&
          r.event.kind !== 'moved-out' &&
          r.event.kind !== 'item-corrected',
      );
      expect(householdChanges.length).toBeLessThanOrEqual(1);
    }
    const heads = await sql<{ n: number }>`
      select count(*)::int as n from household h
      where h.status = 'active'
        and (select count(*) from person p where p.household_id = h.household_id and p.status = 'active' and p.relation = '02') <> 1`.execute(
      f.database.db,
    );
    expect(heads.rows[0]!.n).toBe(0);
    await expectProjectionIsFold(f.database.db);
  });
});
