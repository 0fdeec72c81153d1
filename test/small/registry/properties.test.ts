// Property tests: any random sequence of commands leaves the register without a single invariant violation; folding
// the accepted events rebuilds exactly the state built step by step (and any past state); bad input is always
// refused with the path of the bad field.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DomainError } from '../../../src/domain/errors.ts';
import { makeIdNumber } from '../../../src/domain/identity/id-number.ts';
import {
  fold,
  parseCommand,
  stateAsOf,
  violations,
  type RegistryState,
} from '../../../src/domain/registry/index.ts';
import { newcomer, Registry, UNIT } from './fixtures.ts';

const intent = fc.record({
  kind: fc.integer({ min: 0, max: 8 }),
  a: fc.nat(1000),
  b: fc.nat(1000),
  c: fc.nat(1000),
  stale: fc.integer({ min: 0, max: 4 }).map((x) => x === 0),
});
type Intent = typeof intent extends fc.Arbitrary<infer T> ? T : never;

function pick<T>(items: T[], n: number): T | undefined {
  return items.length ? items[n % items.length] : undefined;
}

/** Turn a random intent into a command against the current state (ids picked from what exists). */
function commandFor(r: Registry, i: Intent): [string, Record<string, unknown>] | null {
  const s = r.state;
  const persons = [...s.persons.values()];
  const households = [...s.households.values()];
  // Mostly act on what is active, sometimes on what is not (those must be refused cleanly).
  const p = pick(i.b % 5 ? persons.filter((x) => x.status === 'active') : persons, i.a);
  const h = pick(i.a % 5 ? households.filter((x) => x.status === 'active') : households, i.b);
  const bump = i.stale ? 1 : 0;
  const membersOf = (householdId: string) =>
    persons.filter((m) => m.status === 'active' && m.householdId === householdId);
  const newHead = (personId: string) => {
    const others = p?.householdId ? membersOf(p.householdId).filter((m) => m.personId !== personId) : [];
    return i.c % 4 === 0 ? undefined : pick(others, i.c)?.personId;
  };
  const relation = ['20', '30', '10', '99', '21', '51', '70', '97', '99', '02'][i.c % 10];
  const address = { divisionCode: UNIT, detail: `路${i.b % 12}号` };
  const arrival =
    i.c % 4 === 0 && p
      ? { type: 'existing', personId: p.personId, version: p.version + bump }
      : { type: 'newcomer', person: newcomer(1 + (i.a % 25)) };
  const anyActive = households.some((x) => x.status === 'active');
  switch (anyActive ? i.kind : 0) {
    case 0:
      return [
        'create-household',
        { kind: i.c % 3 === 0 ? 'collective-school' : 'family', address, head: arrival, from: '外地' },
      ];
    case 1: {
      if (!h) return null;
      const seq = i.a % 1000;
      const idNumber = makeIdNumber('530602', '2017-05-05', seq);
      const person = newcomer(1, { idNumber, birthDate: '2017-05-05', sex: seq % 2 ? '1' : '2' });
      return ['register-birth', { householdId: h.householdId, version: h.version + bump, relation, person }];
    }
    case 2:
      return p
        ? [
            'record-death',
            {
              personId: p.personId,
              version: p.version + bump,
              deathDate: '2017-12-31',
              newHeadPersonId: newHead(p.personId),
            },
          ]
        : null;
    case 3:
      return p
        ? [
            'move-out',
            {
              personId: p.personId,
              version: p.version + bump,
              to: '省外',
              newHeadPersonId: newHead(p.personId),
            },
          ]
        : null;
    case 4:
      return h
        ? [
            'move-in',
            { householdId: h.householdId, version: h.version + bump, relation, from: '外地', arrival },
          ]
        : null;
    case 5: {
      if (!h) return null;
      const members = membersOf(h.householdId).filter(
        (m, k) => m.relation !== '02' && ((i.a >> k) & 1 || k === i.c % 7),
      );
      const chosen = members.map((m, k) => ({
        personId: m.personId,
        relation: k === i.c % Math.max(members.length, 1) ? '02' : '20',
      }));
      return [
        'split-household',
        { householdId: h.householdId, version: h.version + bump, address, members: chosen },
      ];
    }
    case 6: {
      if (!h) return null;
      const next = pick(
        membersOf(h.householdId).filter((m) => i.c % 6 === 0 || m.relation !== '02'),
        i.a,
      );
      return next
        ? [
            'change-head',
            {
              householdId: h.householdId,
              version: h.version + bump,
              newHeadPersonId: next.personId,
              formerHeadRelation: '10',
            },
          ]
        : null;
    }
    case 7: {
      if (!p) return null;
      const idNumber = newcomer(1 + (i.b % 25)).idNumber;
      return [
        'correct-item',
        {
          personId: p.personId,
          version: p.version + bump,
          field: i.c % 2 ? 'name' : 'idNumber',
          after: i.c % 2 ? '王小二' : idNumber,
        },
      ];
    }
    default:
      return p
        ? [
            'cancel-hukou',
            {
              personId: p.personId,
              version: p.version + bump,
              cause: ['military', 'emigration', 'duplicate'][i.c % 3],
            },
          ]
        : null;
  }
}

describe('registry properties', () => {
  const accepted: number[] = [];
  it('accepted commands never break an invariant; folding the events rebuilds every state', () => {
    fc.assert(
      fc.property(fc.array(intent, { minLength: 20, maxLength: 80 }), (intents) => {
        const r = new Registry();
        const states: RegistryState[] = [];
        for (const i of intents) {
          const cmd = commandFor(r, i);
          if (!cmd) continue;
          const before = r.state;
          try {
            r.run(cmd[0] as never, cmd[1]);
            states.push(r.state);
          } catch (e) {
            if (!(e instanceof DomainError)) throw e;
            expect(e.code).not.toBe('internal');
            expect(r.state).toBe(before);
          }
          expect(violations(r.state)).toEqual([]);
        }
        accepted.push(r.events.length / intents.length);
        expect(fold(r.events)).toEqual(r.state);
        r.events.forEach((e, k) => expect(stateAsOf(r.events, e.at)).toEqual(states[k]));
      }),
      { numRuns: 150 },
    );
    // The generator must exercise the register, not just bounce off it.
    const share = accepted.reduce((a, b) => a + b, 0) / accepted.length;
    expect(share).toBeGreaterThan(0.3);
  });

  const validBirth = {
    householdId: '00000000-0000-4000-8000-000000000001',
    version: 1,
    relation: '20',
    reason: '出生',
    person: {
      name: '张小明',
      sex: '1',
      birthDate: '2017-05-05',
      ethnicity: '01',
      idNumber: makeIdNumber('530602', '2017-05-05', 1),
    },
  };
  const corruptions: Array<[string, unknown]> = [
    ['householdId', 'x'],
    ['version', -1],
    ['relation', '02'],
    ['relation', 'zz'],
    ['reason', ''],
    ['person.name', ''],
    ['person.sex', '3'],
    ['person.birthDate', '2017-02-30'],
    ['person.ethnicity', '57'],
    ['person.idNumber', '53060220170505001'],
    ['legalBasis', '随便'],
  ];

  it('bad input is always refused, naming the field', () => {
    fc.assert(
      fc.property(fc.constantFrom(...corruptions), ([path, value]) => {
        const input = structuredClone(validBirth) as Record<string, unknown>;
        const [head, tail] = path.split('.');
        if (tail) (input[head!] as Record<string, unknown>)[tail] = value;
        else input[head!] = value;
        let error: unknown;
        try {
          parseCommand('register-birth', input);
        } catch (e) {
          error = e;
        }
        expect(error).toBeInstanceOf(DomainError);
        expect((error as DomainError).code).toBe('invalid-input');
        expect((error as DomainError).issues.map((i) => i.path)).toContain(path);
      }),
    );
    expect(() => parseCommand('register-birth', validBirth)).not.toThrow();
  });
});
