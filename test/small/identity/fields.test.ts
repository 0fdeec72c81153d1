// Identity facts field by field (src/domain/identity/fields.ts), the rules the web forms and the server share:
// each mistake is named on its own field; properties over any valid number.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { identityIssues } from '../../../src/domain/identity/consistency.ts';
import { identityFieldProblem, identityProblems } from '../../../src/domain/identity/fields.ts';
import { checkCharacter, makeIdNumber } from '../../../src/domain/identity/id-number.ts';

const TODAY = '2026-12-03';
const born = fc
  .date({ min: new Date('1920-01-01'), max: new Date('2026-12-03'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const person = fc.record({ birthDate: born, sequence: fc.integer({ min: 0, max: 999 }) }).map((p) => ({
  ...p,
  idNumber: makeIdNumber('530602', p.birthDate, p.sequence),
  sex: p.sequence % 2 === 1 ? '1' : '2',
}));

describe('identity problems', () => {
  it('accepts a number with its own sex and birth date', () => {
    fc.assert(
      fc.property(person, (p) => {
        expect(identityProblems({ idNumber: p.idNumber, sex: p.sex, birthDate: p.birthDate }, TODAY)).toEqual(
          [],
        );
      }),
    );
  });

  it('names a changed check character on idNumber only', () => {
    fc.assert(
      fc.property(person, fc.constantFrom(...'0123456789X'), (p, typo) => {
        fc.pre(typo !== checkCharacter(p.idNumber.slice(0, 17)));
        const wrong = p.idNumber.slice(0, 17) + typo;
        expect(identityProblems({ idNumber: wrong, sex: p.sex, birthDate: p.birthDate }, TODAY)).toEqual([
          { field: 'idNumber', problem: 'id-invalid-check-digit' },
        ]);
      }),
    );
  });

  it('names the other sex on sex, and another day on birthDate', () => {
    fc.assert(
      fc.property(person, (p) => {
        const other = p.sex === '1' ? '2' : '1';
        expect(identityFieldProblem('sex', { idNumber: p.idNumber, sex: other }, TODAY)).toBe(
          'sex-disagrees',
        );
        const dayBefore = new Date(Date.parse(p.birthDate) - 86_400_000).toISOString().slice(0, 10);
        expect(identityFieldProblem('birthDate', { idNumber: p.idNumber, birthDate: dayBefore }, TODAY)).toBe(
          'birth-disagrees',
        );
      }),
    );
  });

  it('refuses a birth after today, given or inside the number', () => {
    expect(identityFieldProblem('birthDate', { birthDate: '2026-12-04' }, TODAY)).toBe('birth-in-future');
    const future = makeIdNumber('530602', '2027-01-01', 1);
    expect(identityFieldProblem('idNumber', { idNumber: future }, TODAY)).toBe('id-birth-in-future');
    expect(identityFieldProblem('birthDate', { birthDate: '2026-12-03' }, TODAY)).toBeNull();
  });

  it('the server reports the disagreements with their paths, not the number’s format (its schema does)', () => {
    const id = makeIdNumber('530602', '1990-01-01', 11);
    expect(
      identityIssues({ idNumber: id, sex: '2', birthDate: '1990-01-02' }, 'applicant.').map((i) => i.path),
    ).toEqual(['applicant.sex', 'applicant.birthDate']);
    expect(identityIssues({ idNumber: id.slice(0, 17) + 'Y', sex: '2' })).toEqual([]);
    expect(identityIssues({ idNumber: id, birthDate: '2999-01-01' }, '', TODAY).map((i) => i.path)).toEqual([
      'birthDate',
    ]);
  });
});
