// The settlement decision: contract rules that hold for every case (P2, T14.5, reasons), checked as
// properties over random generator cases, plus the contract's own example.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCase, generatePopulation } from '../../../src/domain/policy/batch/index.ts';
import { evaluateSettlement } from '../../../src/domain/policy/decide.ts';
import { loadParameterSet, loadShippedReform } from '../../../src/policy-data/load.ts';

const set = loadParameterSet();
const population = generatePopulation(2_000, 99, '2018-03-01');
const anyCase = fc.integer({ min: 0, max: population.size - 1 }).map((i) => decodeCase(population, i));

const example = {
  asOf: '2017-06-01',
  basis: 'residence',
  applicant: {
    birthDate: '1990-01-01',
    hukou: { divisionCode: '530627', rural: true },
    ruralRights: ['land-contract', 'homestead'],
  },
  destination: { divisionCode: '530602', kind: 'central-city' },
  residence: {
    tenure: 'rented',
    legal: true,
    actuallyResiding: true,
    rentalRegistered: true,
    ownerConsent: true,
    otherHouseholdAtAddress: false,
    sharedOrSublet: false,
  },
  companions: [{ relation: 'spouse', birthDate: '1991-03-02', coResiding: true }],
  conditions: ['surrender-land-contract'],
};

describe('settlement decision', () => {
  it('decides the contract example as written', () => {
    const d = evaluateSettlement(example, set);
    expect(d).toMatchObject({
      outcome: 'eligible',
      eligible: true,
      clauses: ['T2', 'T4', 'T14.5'],
      companions: [{ index: 0, eligible: true, clauses: ['T2'] }],
      rejectedConditions: [{ condition: 'surrender-land-contract', clause: 'T14.5' }],
      ruralRightsRetained: true,
      policy: { id: 'zhaotong-2017', version: '2017-03-10' },
    });
    expect(d.reasons).toContainEqual({
      clause: 'T4',
      code: 'rental.owner-consent',
      met: true,
      message: '房屋产权人已同意',
    });
    expect(d.materials.map((m) => m.code)).toContain('lease-registration');
    expect(d.trace).toBeUndefined();
  });

  it('explains each check with its inputs and the parameter values with source and validity', () => {
    const d = evaluateSettlement(
      {
        ...example,
        basis: 'kin',
        kin: {
          relation: 'grandparent',
          coResiding: true,
          hostHukouAtDestination: true,
          perCapitaHousingAreaM2: 22.5,
        },
      },
      set,
      { explain: true },
    );
    const area = d.trace!.find((t) => t.code === 'kin.housing-area')!;
    expect(area.inputs).toMatchObject({ 'kin.perCapitaHousingAreaM2': 22.5 });
    expect(area.parameters[0]).toMatchObject({
      name: 't6.housingDifficultyStandardM2',
      value: 15,
      division: '530602',
      from: '2017-03-10',
      to: null,
      placeholder: true,
    });
  });

  it('the 彝良 reform turns a residence case in the county town into refer citing T3', () => {
    const c = { ...example, destination: { divisionCode: '530628', kind: 'county-town' }, conditions: [] };
    expect(evaluateSettlement(c, set).outcome).toBe('eligible');
    expect(evaluateSettlement(c, loadShippedReform('yiliang-restriction', set))).toMatchObject({
      outcome: 'refer',
      clauses: ['T3'],
    });
  });

  it('never decides eligible without the applicant’s consent (P2)', () => {
    fc.assert(
      fc.property(anyCase, (c) => {
        const d = evaluateSettlement(
          { ...c, applicant: { ...(c.applicant as object), consent: false } },
          set,
        );
        expect(d.outcome).toBe('ineligible');
        expect(d.clauses).toContain('P2');
      }),
      { numRuns: 300 },
    );
  });

  it('never lets a rural-rights condition change the outcome (T14.5)', () => {
    const conditions = fc.subarray(
      ['surrender-land-contract', 'surrender-homestead', 'surrender-collective-income'],
      { minLength: 1 },
    );
    fc.assert(
      fc.property(anyCase, conditions, (c, cs) => {
        const without = evaluateSettlement({ ...c, conditions: [] }, set);
        const withConditions = evaluateSettlement({ ...c, conditions: cs }, set);
        expect(withConditions.outcome).toBe(without.outcome);
        expect(withConditions.rejectedConditions.map((r) => r.condition)).toEqual(cs);
        expect(withConditions.clauses).toContain('T14.5');
      }),
      { numRuns: 300 },
    );
  });

  it('every ineligible decision carries an unmet reason citing a clause of the outcome', () => {
    fc.assert(
      fc.property(anyCase, (c) => {
        const d = evaluateSettlement(c, set);
        expect(d.eligible).toBe(d.outcome === 'eligible');
        expect(d.clauses.length).toBeGreaterThan(0);
        if (d.outcome === 'ineligible')
          expect(d.reasons.some((r) => !r.met && d.clauses.includes(r.clause))).toBe(true);
        for (const r of d.reasons) expect(r.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });
});
