// Citizen ID numbers (公民身份号码, GB 11643-1999): validation, the facts inside a number, and the 15→18 upgrade.
// Reference: ../shared/reference/codes.md. Pure: no I/O.

/** ISO 7064 MOD 11-2 weights of the first 17 digits, and the check character for each remainder. */
export const ID_CHECK_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
export const ID_CHECK_CHARACTERS = '10X98765432';

export type IdNumberProblem = 'wrong-length' | 'bad-characters' | 'impossible-date' | 'invalid-check-digit';

export interface IdNumberFacts {
  /** The number as given (15 or 18 characters, upper-cased X). */
  idNumber: string;
  /** 6-digit GB/T 2260 county where the hukou was first registered (abolished codes stay valid). */
  divisionCode: string;
  /** ISO date YYYY-MM-DD. */
  birthDate: string;
  /** GB/T 2261.1: 1 male (odd sequence), 2 female (even). */
  sex: 1 | 2;
  legacy15: boolean;
}

export type IdNumberCheck =
  | { valid: true; facts: IdNumberFacts }
  | { valid: false; problem: IdNumberProblem; facts?: Partial<IdNumberFacts> };

/** ISO 7064 MOD 11-2 check character over the first 17 digits. */
export function checkCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * ID_CHECK_WEIGHTS[i]!;
  return ID_CHECK_CHARACTERS[sum % 11]!;
}

/** True when y-m-d names a real calendar day. */
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A day of the Gregorian calendar (arithmetic, not Date: it runs once per date field of millions of imported rows). */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!);
}

function factsFromDigits(idNumber: string, yyyymmdd: string, sequence: string, legacy15: boolean) {
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  const sex: 1 | 2 = Number(sequence[2]) % 2 === 1 ? 1 : 2;
  const facts: IdNumberFacts = {
    idNumber,
    divisionCode: idNumber.slice(0, 6),
    birthDate: `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`,
    sex,
    legacy15,
  };
  return { facts, realDate: isRealDate(year, month, day) };
}

/** Validate a 15- or 18-character number and read the facts it carries. */
export function checkIdNumber(raw: string): IdNumberCheck {
  const idNumber = raw.trim().toUpperCase();
  if (idNumber.length === 15) {
    if (!/^\d{15}$/.test(idNumber)) return { valid: false, problem: 'bad-characters' };
    const { facts, realDate } = factsFromDigits(
      idNumber,
      `19${idNumber.slice(6, 12)}`,
      idNumber.slice(12, 15),
      true,
    );
    return realDate ? { valid: true, facts } : { valid: false, problem: 'impossible-date', facts };
  }
  if (idNumber.length !== 18) return { valid: false, problem: 'wrong-length' };
  if (!/^\d{17}[\dX]$/.test(idNumber)) return { valid: false, problem: 'bad-characters' };
  const { facts, realDate } = factsFromDigits(idNumber, idNumber.slice(6, 14), idNumber.slice(14, 17), false);
  if (!realDate) return { valid: false, problem: 'impossible-date', facts };
  if (checkCharacter(idNumber.slice(0, 17)) !== idNumber[17]) {
    return { valid: false, problem: 'invalid-check-digit', facts };
  }
  return { valid: true, facts };
}

/** 15-digit legacy number → 18 digits: insert "19" after the address code, then add the check character. */
export function upgradeIdNumber(legacy: string): string {
  const check = checkIdNumber(legacy);
  if (!check.valid || !check.facts.legacy15) {
    throw new RangeError('not a valid 15-digit ID number');
  }
  const first17 = `${legacy.slice(0, 6)}19${legacy.slice(6, 15)}`;
  return first17 + checkCharacter(first17);
}

/** Build a valid 18-digit number (for tests and synthetic data). sequence is 0..999. */
export function makeIdNumber(divisionCode: string, birthDate: string, sequence: number): string {
  const first17 = `${divisionCode}${birthDate.replaceAll('-', '')}${String(sequence).padStart(3, '0')}`;
  return first17 + checkCharacter(first17);
}
