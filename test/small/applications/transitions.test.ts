import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROLES, type Actor } from '../../../src/domain/access/roles.ts';
import { isDomainError } from '../../../src/domain/errors.ts';
import {
  ACTIONS,
  STATES,
  TERMINAL_STATES,
  TRANSITIONS,
  actionsFrom,
  applicationNumber,
  decideTransition,
  isApplicationNumber,
  isPermitNumber,
  maskName,
  mayTake,
  oneTimeNotice,
  permitNumber,
  type ActingParty,
} from '../../../src/domain/applications/index.ts';

const APP = { stationCode: '530602001', countyCode: '530602' };
const jurisdictions = ['5306', '530602', '530621', '530602001', '530602002', '530621001'];

const party = fc.oneof(
  fc
    .record({ role: fc.constantFrom(...ROLES), jurisdiction: fc.constantFrom(...jurisdictions) })
    .map(({ role, jurisdiction }): ActingParty => ({
      kind: 'staff',
      actor: { id: 1, username: 'u', role, jurisdiction, department: null } as Actor,
    })),
  fc.constant<ActingParty>({ kind: 'applicant' }),
  fc.constant<ActingParty>({ kind: 'system' }),
);

function outcome(f: () => unknown): string {
  try {
    f();
    return 'ok';
  } catch (e) {
    return isDomainError(e) ? e.code : 'crash';
  }
}

describe('the transition table', () => {
  it('allows a transition exactly when the table lists the state and the taker', () => {
    fc.assert(
      fc.property(fc.constantFrom(...STATES), fc.constantFrom(...ACTIONS), party, (state, action, p) => {
        const r = outcome(() => decideTransition(action, p, { ...APP, state }, 'reason'));
        expect(r === 'ok').toBe(mayTake(action, p, { ...APP, state }));
        expect(['ok', 'forbidden', 'conflict']).toContain(r);
      }),
      { numRuns: 2000 },
    );
  });

  it('lets only the destination station clerk take up and register, and only county or city officers approve', () => {
    fc.assert(
      fc.property(party, (p) => {
        const at = (state: (typeof STATES)[number]) => ({ ...APP, state });
        const staff = p.kind === 'staff' ? p.actor : null;
        // Jurisdictions nest by prefix: a clerk covers the station when the station's code starts with theirs.
        const clerkHere = staff?.role === 'station-clerk' && '530602001'.startsWith(staff.jurisdiction);
        expect(mayTake('accept', p, at('submitted'))).toBe(clerkHere);
        expect(mayTake('register', p, at('permit-issued'))).toBe(clerkHere);
        expect(mayTake('approve', p, at('under-review'))).toBe(
          (staff?.role === 'county-officer' || staff?.role === 'city-officer') &&
            ['5306', '530602'].includes(staff.jurisdiction),
        );
      }),
    );
  });

  it('has no way out of a terminal state, and every other state can be left', () => {
    for (const s of STATES) expect(actionsFrom(s).length === 0).toBe(TERMINAL_STATES.includes(s));
  });

  it('requires a reason where the table says so', () => {
    const officer: ActingParty = {
      kind: 'staff',
      actor: { id: 1, username: 'c', role: 'county-officer', jurisdiction: '530602', department: null },
    };
    expect(outcome(() => decideTransition('reject', officer, { ...APP, state: 'under-review' }, ' '))).toBe(
      'invalid-input',
    );
    expect(TRANSITIONS.reject.reasonRequired).toBe(true);
  });
});

describe('numbers and masking', () => {
  it('round-trips application and permit numbers and catches a changed digit', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999_999 }),
        fc.integer({ min: 2017, max: 2099 }),
        fc.integer({ min: 2, max: 17 }),
        (seq, year, pos) => {
          const a = applicationNumber('530602', year, seq);
          const p = permitNumber('530602', year, seq);
          expect(isApplicationNumber(a) && isPermitNumber(p)).toBe(true);
          const d = p[pos]!;
          const changed = p.slice(0, pos) + String((Number(d) + 1) % 10) + p.slice(pos + 1);
          expect(isPermitNumber(changed)).toBe(false);
        },
      ),
    );
  });

  it('shows only the first character of a name, counting characters beyond the BMP', () => {
    expect(maskName('毖谰耪锨')).toBe('毖***');
    expect(maskName('𠮷')).toBe('*');
    expect(maskName('𠮷野')).toBe('𠮷*');
  });

  it('lists every missing item once in the one-time notice', () => {
    const req = [
      { code: 'a', name: 'A' },
      { code: 'b', name: 'B' },
      { code: 'c', name: 'C' },
    ];
    expect(
      oneTimeNotice(
        req,
        ['b'],
        [
          { code: 'a', name: 'A' },
          { code: 'x', name: 'X' },
        ],
      ),
    ).toEqual([
      { code: 'a', name: 'A' },
      { code: 'c', name: 'C' },
      { code: 'x', name: 'X' },
    ]);
  });
});
