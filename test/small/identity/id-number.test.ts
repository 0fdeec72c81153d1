import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  checkCharacter,
  checkIdNumber,
  makeIdNumber,
  upgradeIdNumber,
} from '../../../src/domain/identity/id-number.ts';

describe('citizen ID numbers (GB 11643)', () => {
  it('accepts the worked examples of codes.md', () => {
    const a = checkIdNumber('11010519491231002X');
    expect(a).toEqual({
      valid: true,
      facts: {
        idNumber: '11010519491231002X',
        divisionCode: '110105',
        birthDate: '1949-12-31',
        sex: 2,
        legacy15: false,
      },
    });
    expect(checkIdNumber('440524188001010014').valid).toBe(true);
  });

  it('upgrades a 15-digit legacy number', () => {
    expect(upgradeIdNumber('511702800222130')).toBe('511702198002221308');
    expect(() => upgradeIdNumber('11010519491231002X')).toThrow();
  });

  it('names the problem with a bad number', () => {
    expect(checkIdNumber('110105194912310021')).toMatchObject({
      valid: false,
      problem: 'invalid-check-digit',
    });
    expect(checkIdNumber('110105194902300021')).toMatchObject({ valid: false, problem: 'impossible-date' });
    expect(checkIdNumber('12345')).toMatchObject({ valid: false, problem: 'wrong-length' });
    expect(checkIdNumber('11010519491231002Y')).toMatchObject({ valid: false, problem: 'bad-characters' });
  });

  it('every generated number is valid and reads back its facts', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 999 }),
        (date, seq) => {
          const birthDate = date.toISOString().slice(0, 10);
          const id = makeIdNumber('530602', birthDate, seq);
          const check = checkIdNumber(id);
          expect(check.valid).toBe(true);
          if (check.valid) {
            expect(check.facts.birthDate).toBe(birthDate);
            expect(check.facts.sex).toBe(seq % 2 === 1 ? 1 : 2);
          }
        },
      ),
    );
  });

  it('any single changed digit breaks the check character', () => {
    const id = makeIdNumber('530627', '1990-01-01', 123);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 16 }), fc.integer({ min: 1, max: 9 }), (pos, delta) => {
        const digit = (Number(id[pos]) + delta) % 10;
        const changed = id.slice(0, pos) + digit + id.slice(pos + 1);
        expect(checkCharacter(changed.slice(0, 17))).not.toBe(id[17]);
      }),
    );
  });
});
