// The origin side of completion (hand-over.ts): members leave before their head, the head names a member who stays,
// and every refusal names newHeadPersonId with what to do. A property: whatever the planner accepts, the registry's
// own rules accept when the move-outs are written in its order — it never lets a refusal through to the register.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { planOriginMoveOuts } from '../../../src/domain/applications/hand-over.ts';
import { isDomainError } from '../../../src/domain/errors.ts';
import { Registry, newcomer } from '../registry/fixtures.ts';

/** A household of `size` (head first); returns the registry, the ids and the ID numbers in member order. */
function family(size: number) {
  const r = new Registry();
  const { householdId, headId } = r.household(1);
  const ids = [headId];
  for (let i = 2; i <= size; i++) {
    const e = r.run('move-in', {
      householdId,
      version: r.version(householdId),
      relation: '20',
      from: '外地',
      arrival: { type: 'newcomer', person: newcomer(i) },
    });
    if (e.kind !== 'moved-in' || !('newcomer' in e.arrival)) throw new Error('unexpected event');
    ids.push(e.arrival.newcomer.personId);
  }
  const idNumbers = ids.map((id) => r.state.persons.get(id)!.idNumber);
  return { r, householdId, ids, idNumbers };
}

const issueOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (isDomainError(e)) return e.issues[0]!;
    throw e;
  }
  throw new Error('no refusal');
};

describe('planning the origin move-outs', () => {
  it('asks the head who leaves members behind to name one of them, by name', () => {
    const { r, idNumbers } = family(3);
    const issue = issueOf(() => planOriginMoveOuts(r.state, [idNumbers[0]!], undefined));
    expect(issue.path).toBe('newHeadPersonId');
    expect(issue.message).toMatch(/请在「原户新户主」中选定一人/);
  });

  it('refuses a successor who moves along, and names who may be chosen', () => {
    const { r, ids, idNumbers } = family(3);
    const issue = issueOf(() => planOriginMoveOuts(r.state, [idNumbers[0]!, idNumbers[1]!], ids[1]));
    expect(issue.path).toBe('newHeadPersonId');
    expect(issue.message).toContain(r.state.persons.get(ids[2]!)!.name);
  });

  it('moves members before their head, and needs no successor when the whole household moves', () => {
    const { r, idNumbers } = family(3);
    const plan = planOriginMoveOuts(r.state, [...idNumbers], undefined);
    expect(plan.handOver).toBeNull();
    expect(plan.order.at(-1)).toBe(idNumbers[0]);
    const issue = issueOf(() => planOriginMoveOuts(r.state, [...idNumbers], 'x'));
    expect(issue.message).toMatch(/无须指定原户新户主/);
  });

  it('plans only what the registry then accepts (any movers, any successor)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
        fc.option(fc.nat(4), { nil: undefined }),
        (size, moving, successor) => {
          const { r, ids, idNumbers } = family(size);
          const movers = idNumbers.filter((_, i) => moving[i]);
          const newHead = successor === undefined ? undefined : ids[successor % size];
          let plan;
          try {
            plan = planOriginMoveOuts(r.state, movers, newHead);
          } catch (e) {
            expect(isDomainError(e) && e.issues[0]!.path === 'newHeadPersonId').toBe(true);
            return;
          }
          for (const idNumber of plan.order) {
            const p = [...r.state.persons.values()].find((x) => x.idNumber === idNumber)!;
            const handsOver = plan.handOver?.headIdNumber === idNumber;
            r.run('move-out', {
              personId: p.personId,
              version: p.version,
              to: '昭阳区',
              ...(handsOver ? { newHeadPersonId: plan.handOver!.newHeadPersonId } : {}),
            });
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
