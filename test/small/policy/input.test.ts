// Bad input is refused with every bad field named by its path, and never crashes the engine.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../src/domain/errors.ts';
import { evaluateSettlement } from '../../../src/domain/policy/decide.ts';
import { loadParameterSet } from '../../../src/policy-data/load.ts';

const set = loadParameterSet();
const valid = {
  asOf: '2017-06-01',
  basis: 'residence',
  applicant: { birthDate: '1990-01-01', hukou: { divisionCode: '530627', rural: true } },
  destination: { divisionCode: '530602', kind: 'central-city' },
  residence: { tenure: 'owned', legal: true, actuallyResiding: true },
};

function issuesOf(input: unknown) {
  try {
    evaluateSettlement(input, set);
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError);
    expect((e as DomainError).code).toBe('invalid-input');
    return (e as DomainError).issues;
  }
  return null;
}

const fieldName = fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9]{0,12}$/);

describe('invalid settlement input', () => {
  it('accepts the valid base case', () => expect(issuesOf(valid)).toBeNull());

  it('names an unknown field by its path, at any level', () => {
    const at = fc.constantFrom([], ['applicant'], ['destination'], ['residence'], ['applicant', 'hukou']);
    fc.assert(
      fc.property(at, fieldName, (path, key) => {
        const input = structuredClone(valid) as Record<string, unknown>;
        let target = input;
        for (const p of path) target = target[p] as Record<string, unknown>;
        fc.pre(!(key in target));
        target[key] = 1;
        expect(issuesOf(input)).toContainEqual({
          path: [...path, key].join('.'),
          message: '未知字段 / unknown field',
        });
      }),
      { numRuns: 200 },
    );
  });

  it('names a bad date by its path', () => {
    const badDate = fc.oneof(
      fc.string(),
      fc.constantFrom('2017-02-29', '2017-13-01', '17-06-01', '2017-6-1'),
      fc.integer(),
    );
    const field = fc.constantFrom(['asOf'], ['applicant', 'birthDate']);
    fc.assert(
      fc.property(field, badDate, (path, value) => {
        fc.pre(
          !/^\d{4}-\d{2}-\d{2}$/.test(String(value)) || ['2017-02-29', '2017-13-01'].includes(String(value)),
        );
        const input = structuredClone(valid) as unknown as Record<string, Record<string, unknown>>;
        if (path.length === 1) (input as Record<string, unknown>)[path[0]!] = value;
        else input[path[0]!]![path[1]!] = value;
        expect(issuesOf(input)?.map((i) => i.path)).toContain(path.join('.'));
      }),
      { numRuns: 200 },
    );
  });

  it('refuses anything that is not a case, without crashing', () => {
    fc.assert(
      fc.property(fc.anything(), (x) => {
        expect(issuesOf(x)?.length ?? 0).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('names every missing T4 fact of a rental and a birth date after asOf', () => {
    const issues = issuesOf({
      ...valid,
      applicant: { birthDate: '2018-01-01' },
      residence: { tenure: 'rented', legal: true, actuallyResiding: true },
    });
    expect(issues?.map((i) => i.path).sort()).toEqual([
      'applicant.birthDate',
      'residence.otherHouseholdAtAddress',
      'residence.ownerConsent',
      'residence.rentalRegistered',
      'residence.sharedOrSublet',
    ]);
  });

  it('checks the ID number and its birth date', () => {
    expect(
      issuesOf({ ...valid, applicant: { ...valid.applicant, idNumber: '11010519491231002X' } })?.map(
        (i) => i.path,
      ),
    ).toEqual(['applicant.idNumber']);
    expect(
      issuesOf({
        ...valid,
        applicant: { ...valid.applicant, birthDate: '1949-12-31', idNumber: '11010519491231002X' },
      }),
    ).toBeNull();
    expect(
      issuesOf({
        ...valid,
        applicant: { ...valid.applicant, birthDate: '1980-02-22', idNumber: '511702800222130' },
      }),
    ).toBeNull();
  });
});
