// The residence-permit lifecycle (Decree 663 art. 10): the state table, the projection from events, endorsement
// timing at month ends and on 29 February, and a property: random sequences of on-time endorsements, lapses, late
// endorsements and card replacements keep status and continuous years equal to an independent model and to the
// contract's calculator.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../src/domain/errors.ts';
import {
  decidePermitAction,
  endorsementTiming,
  endorsementWindow,
  replayPermit,
  standingOn,
  type PermitEventFact,
} from '../../../src/domain/permits/lifecycle.ts';
import { evaluateEntitlements } from '../../../src/domain/permits/entitlements.ts';
import { PERMIT_ACTIONS, PERMIT_STATES, PERMIT_TRANSITIONS } from '../../../src/domain/permits/states.ts';
import { addDays } from '../../../src/domain/applications/deadlines.ts';
import { addYears, ageOn } from '../../../src/domain/policy/dates.ts';
import { loadParameterSet } from '../../../src/policy-data/load.ts';
import type { Actor } from '../../../src/domain/access/roles.ts';

const set = loadParameterSet();
const COUNTY = '530602';
const clerk: Actor = {
  id: 1,
  username: 'c',
  role: 'station-clerk',
  jurisdiction: '530602001',
  department: null,
};
const place = { stationCode: '530602001', countyCode: COUNTY };

describe('the permit state table', () => {
  it('names every state it leads to and every taker is a clerk of the station or the sweep', () => {
    for (const a of PERMIT_ACTIONS) {
      const rule = PERMIT_TRANSITIONS[a];
      for (const s of rule.from) expect(PERMIT_STATES).toContain(s);
      if (rule.to) expect(PERMIT_STATES).toContain(rule.to);
      expect(rule.basis.length).toBeGreaterThan(0);
    }
  });

  it('refuses another station before it says anything about the state', () => {
    const other = { kind: 'staff' as const, actor: { ...clerk, jurisdiction: '530602002' } };
    expect(() => decidePermitAction('issue', other, { ...place, state: 'cancelled' }, null)).toThrow(
      expect.objectContaining({ code: 'forbidden' }),
    );
    expect(() =>
      decidePermitAction('issue', { kind: 'staff', actor: clerk }, { ...place, state: 'cancelled' }, null),
    ).toThrow(expect.objectContaining({ code: 'conflict' }));
    expect(() =>
      decidePermitAction('suspend', { kind: 'staff', actor: clerk }, { ...place, state: 'valid' }, 'x'),
    ).toThrow(DomainError);
    expect(decidePermitAction('suspend', { kind: 'system' }, { ...place, state: 'valid' }, 'late')).toBe(
      'suspended',
    );
  });
});

describe('endorsement dates at month ends and on 29 February', () => {
  it('a permit issued on 29 February has its anniversary on 28 February in common years', () => {
    const facts = { state: 'valid' as const, issuedOn: '2020-02-29', endorsements: [] };
    const { standing } = standingOn(facts, '2020-12-01', set, COUNTY);
    expect(standing?.anniversary).toBe('2021-02-28');
    expect(endorsementWindow('2021-02-28', set, '2021-01-01', COUNTY)).toEqual({
      opens: '2021-01-28',
      closes: '2021-02-28',
    });
    expect(() => endorsementTiming(facts, '2021-01-27', set, COUNTY)).toThrow(
      expect.objectContaining({ code: 'rule-violation' }),
    );
    expect(endorsementTiming(facts, '2021-01-28', set, COUNTY)).toBe('on-time');
    expect(endorsementTiming(facts, '2021-02-28', set, COUNTY)).toBe('on-time');
    expect(endorsementTiming(facts, '2021-03-01', set, COUNTY)).toBe('late');
    // Four years on, the anniversary is 29 February again.
    expect(
      standingOn(
        { ...facts, endorsements: ['2021-02-01', '2022-02-01', '2023-02-01'] },
        '2023-12-01',
        set,
        COUNTY,
      ).standing?.anniversary,
    ).toBe('2024-02-29');
  });

  it('a window before an anniversary on the 31st opens on the last day of a shorter month', () => {
    expect(endorsementWindow('2021-03-31', set, '2021-01-01', COUNTY).opens).toBe('2021-02-28');
    expect(endorsementWindow('2020-03-31', set, '2020-01-01', COUNTY).opens).toBe('2020-02-29');
    expect(endorsementWindow('2021-05-31', set, '2021-01-01', COUNTY).opens).toBe('2021-04-30');
  });

  it('refuses a second endorsement in the same window', () => {
    const facts = { state: 'valid' as const, issuedOn: '2020-03-31', endorsements: ['2021-03-15'] };
    expect(() => endorsementTiming(facts, '2021-03-20', set, COUNTY)).toThrow(
      expect.objectContaining({ code: 'conflict' }),
    );
  });
});

/** One step of a holder's years: endorse inside the window, let it lapse and endorse late, or replace the card. */
type Step = { kind: 'on-time'; day: number } | { kind: 'late'; daysLate: number } | { kind: 'replace' };
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('on-time' as const), day: fc.integer({ min: 0, max: 27 }) }),
  fc.record({ kind: fc.constant('late' as const), daysLate: fc.integer({ min: 1, max: 330 }) }),
  fc.record({ kind: fc.constant('replace' as const) }),
);
const issued = fc
  .record({
    y: fc.integer({ min: 2017, max: 2021 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 31 }),
  })
  .map(({ y, m, d }) => {
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return `${y}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
  });

describe('the lifecycle against an independent model', () => {
  it('keeps status and continuous years equal to the model and to the calculator', () => {
    fc.assert(
      fc.property(issued, fc.array(step, { maxLength: 8 }), (issuedOn, steps) => {
        const events: PermitEventFact[] = [
          { action: 'apply', on: issuedOn },
          { action: 'issue', on: issuedOn },
        ];
        // The model: continuity since the issue, restarted by a late endorsement; the next anniversary a year on.
        let since = issuedOn;
        let anniversary = addYears(since, 1);
        let today = issuedOn;
        let editions = 1;
        for (const s of steps) {
          if (s.kind === 'replace') {
            events.push({ action: 'replace', on: today });
            editions++;
            continue;
          }
          // On time: a day inside the month before the anniversary (the window is one month, rp.endorsementWindowMonths).
          const on = s.kind === 'on-time' ? addDays(anniversary, -s.day) : addDays(anniversary, s.daysLate);
          if (on < today) continue;
          const facts = replayPermit(events);
          expect(endorsementTiming(facts, on, set, COUNTY)).toBe(s.kind);
          events.push({ action: 'endorse', on });
          today = on;
          if (s.kind === 'late') since = on;
          anniversary = s.kind === 'late' ? addYears(since, 1) : addYears(anniversary, 1);
          // The model's next anniversary counts whole years from `since` (29 February falls back to 28).
          while (anniversary <= today) anniversary = addYears(anniversary, 1);
        }
        const facts = replayPermit(events);
        expect(facts.cardEdition).toBe(editions);
        const check = addDays(anniversary, -1);
        const { state, standing } = standingOn(facts, check, set, COUNTY);
        expect(state).toBe('valid');
        expect(standing?.continuitySince).toBe(since);
        const contract = evaluateEntitlements(
          {
            asOf: check,
            divisionCode: COUNTY,
            permit: { issuedOn, endorsements: facts.endorsements },
            socialInsuranceYears: 0,
          },
          set,
        );
        expect(contract.permitStatus).toBe('valid');
        expect(contract.continuousResidenceYears).toBe(ageOn(since, check));
        // A day after the missed anniversary the permit is suspended and grants nothing.
        const lapsed = evaluateEntitlements(
          {
            asOf: addDays(anniversary, 1),
            divisionCode: COUNTY,
            permit: { issuedOn, endorsements: facts.endorsements },
            socialInsuranceYears: 9,
          },
          set,
        );
        expect(lapsed.permitStatus).toBe('suspended');
        expect(lapsed.entitlements.some((e) => e.granted)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
