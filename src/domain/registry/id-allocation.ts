// Allocating a citizen ID number at birth registration (GB 11643: address code of the registering county, birth
// date, a sequence whose last digit is odd for males and even for females, then the check character).
import { makeIdNumber } from '../identity/id-number.ts';
import { DomainError } from '../errors.ts';

/** Sequences 0..999: the first free one of the right parity after those already used for this county and day. */
export function birthIdNumber(
  countyCode: string,
  birthDate: string,
  sex: '1' | '2',
  used: Iterable<number>,
): string {
  const taken = new Set(used);
  const parity = sex === '1' ? 1 : 0;
  for (let seq = parity; seq <= 999; seq += 2) {
    if (!taken.has(seq)) return makeIdNumber(countyCode, birthDate, seq);
  }
  throw new DomainError('conflict', '该地区该出生日期的顺序码已用尽，请人工分配', [
    { path: 'person.idNumber', message: '顺序码已用尽' },
  ]);
}

/** The sequence part (digits 15–17) of an 18-digit number. */
export function sequenceOf(idNumber: string): number {
  return Number(idNumber.slice(14, 17));
}
