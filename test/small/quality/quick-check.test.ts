// The scan's quick test of a record (idNumberPlainlyAgrees) may only ever spare checkPerson where checkPerson would
// find nothing about the number: a property over valid, mutated and random records, including impossible dates.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkPerson, idNumberPlainlyAgrees } from '../../../src/domain/quality/index.ts';
import { makeIdNumber } from '../../../src/domain/identity/id-number.ts';
import { params, person } from './fixtures.ts';

const isoDate = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const digitMutation = fc.tuple(
  fc.integer({ min: 0, max: 17 }),
  fc.constantFrom('0', '1', '2', '5', '9', 'X', 'x', 'a', ' '),
);

const record = fc
  .record({
    birthDate: isoDate,
    sequence: fc.integer({ min: 1, max: 999 }),
    sex: fc.constantFrom('1', '2', '9', ''),
    mutation: fc.option(digitMutation),
    shownDate: fc.option(
      fc.oneof(isoDate, fc.constantFrom('1985-02-30', '1985-13-01', '2000-02-29', '1900-02-29', 'garbage')),
      { nil: undefined },
    ),
  })
  .map(({ birthDate, sequence, sex, mutation, shownDate }) => {
    let idNumber = makeIdNumber('530602', birthDate, sequence);
    if (mutation) idNumber = idNumber.slice(0, mutation[0]) + mutation[1] + idNumber.slice(mutation[0] + 1);
    return person({ idNumber, birthDate: shownDate ?? birthDate, sex });
  });

const numberCodes = (p: ReturnType<typeof person>) =>
  checkPerson(p, params.requiredItems)
    .map((f) => f.code)
    .filter((c) => c !== 'missing-required');

describe('the quick test of a record never hides a finding', () => {
  it('plainly agrees ⇒ checkPerson finds nothing about the number, birth date or sex', () => {
    fc.assert(
      fc.property(
        record,
        (p) => !idNumberPlainlyAgrees(p.idNumber, p.birthDate, p.sex) || numberCodes(p).length === 0,
      ),
      { numRuns: 5000 },
    );
  });

  it('agrees on the usual sound record, and not on a wrong check digit, date or sex', () => {
    const ok = makeIdNumber('530602', '1985-04-12', 11);
    expect(idNumberPlainlyAgrees(ok, '1985-04-12', '1')).toBe(true);
    expect(idNumberPlainlyAgrees(ok.slice(0, 17) + (ok[17] === '1' ? '2' : '1'), '1985-04-12', '1')).toBe(
      false,
    );
    expect(idNumberPlainlyAgrees(ok, '1985-04-13', '1')).toBe(false);
    expect(idNumberPlainlyAgrees(ok, '1985-04-12', '2')).toBe(false);
    expect(idNumberPlainlyAgrees('530602850412011', '1985-04-12', '1')).toBe(false);
    const leapDay = makeIdNumber('530602', '2000-02-29', 12);
    expect(idNumberPlainlyAgrees(leapDay, '2000-02-29', '2')).toBe(true);
  });
});
