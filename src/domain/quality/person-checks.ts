// Checks of one register row on its own: the ID number (GB 11643) and the facts inside it, and the required items
// of the registration card. Pure functions over batches of rows; the scan feeds them from the database.
import {
  checkCharacter,
  checkIdNumber,
  ID_CHECK_CHARACTERS,
  ID_CHECK_WEIGHTS,
  upgradeIdNumber,
} from '../identity/id-number.ts';
import { makeFinding, type Finding } from './finding.ts';
import type { PersonRow } from './rows.ts';

const ITEM_VALUE: Record<string, (r: PersonRow) => string | null> = {
  name: (r) => r.name,
  sex: (r) => r.sex,
  birthDate: (r) => r.birthDate,
  ethnicity: (r) => r.ethnicity,
  relation: (r) => r.relation,
  householdNo: (r) => r.householdNo,
  idNumber: (r) => r.idNumber,
};

function empty(v: string | null | undefined): boolean {
  return v == null || v.trim() === '';
}

/** The required items of the registration card this row leaves empty. */
export function missingItems(row: PersonRow, requiredItems: readonly string[]): string[] {
  return requiredItems.filter((item) => ITEM_VALUE[item] && empty(ITEM_VALUE[item]!(row)));
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * A quick test for the usual record: an 18-character number with the right check character, a real date equal to
 * the row's birth date, and the sex digit agreeing with the row. True means checkPerson would find nothing about the
 * number; false only means "look closer" (checkPerson decides). A whole-register scan runs this on every person, so
 * it reads characters instead of building the facts of the number.
 */
export function idNumberPlainlyAgrees(
  idNumber: string,
  birthDate: string | null,
  sex: string | null,
): boolean {
  const [id, date, sx] = [idNumber, birthDate ?? '', sex ?? ''].map((t) => encoder.encode(t)) as [
    Uint8Array,
    Uint8Array,
    Uint8Array,
  ];
  const bytes = new Uint8Array(id.length + date.length + sx.length);
  bytes.set(id);
  bytes.set(date, id.length);
  bytes.set(sx, id.length + date.length);
  return idNumberPlainlyAgreesAt(
    bytes,
    0,
    id.length,
    id.length,
    id.length + date.length,
    id.length + date.length,
    bytes.length,
  );
}

const encoder = new TextEncoder();
const CHECK_CODES = Uint8Array.from(ID_CHECK_CHARACTERS, (c) => c.charCodeAt(0));
const [ZERO, DASH, MALE, FEMALE] = [48, 45, 49, 50];

/**
 * The same test on UTF-8 bytes: the number, the birth date and the sex are bytes[id, idEnd), [date, dateEnd) and
 * [sex, sexEnd). The scan holds the register as the server's text and runs this on every row without making strings.
 */
export function idNumberPlainlyAgreesAt(
  b: Uint8Array,
  id: number,
  idEnd: number,
  date: number,
  dateEnd: number,
  sex: number,
  sexEnd: number,
): boolean {
  if (idEnd - id !== 18 || dateEnd - date !== 10) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const d = b[id + i]! - ZERO;
    if (d < 0 || d > 9) return false;
    sum += d * ID_CHECK_WEIGHTS[i]!;
  }
  if (b[id + 17] !== CHECK_CODES[sum % 11]) return false;
  for (let i = 0, j = 6; i < 10; i++) {
    if (i === 4 || i === 7) {
      if (b[date + i] !== DASH) return false;
      continue;
    }
    if (b[date + i] !== b[id + j++]) return false;
  }
  // Every date character left is a digit now (it equals a digit of the number): read them from the number.
  const year =
    (b[id + 6]! - ZERO) * 1000 + (b[id + 7]! - ZERO) * 100 + (b[id + 8]! - ZERO) * 10 + b[id + 9]! - ZERO;
  const month = (b[id + 10]! - ZERO) * 10 + b[id + 11]! - ZERO;
  const day = (b[id + 12]! - ZERO) * 10 + b[id + 13]! - ZERO;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (month < 1 || month > 12 || day < 1 || day > (month === 2 && !leap ? 28 : DAYS_IN_MONTH[month - 1]!))
    return false;
  if (sexEnd - sex !== 1 || (b[sex] !== MALE && b[sex] !== FEMALE)) return true;
  return (b[id + 16]! - ZERO) % 2 === (b[sex] === MALE ? 1 : 0);
}

export function checkPerson(row: PersonRow, requiredItems: readonly string[]): Finding[] {
  const findings: Finding[] = [];
  const base = {
    idNumbers: [row.idNumber],
    householdNos: row.householdNo ? [row.householdNo] : [],
    countyCode: row.countyCode,
  };
  const missing = missingItems(row, requiredItems);
  if (missing.length) findings.push(makeFinding('missing-required', { ...base, detail: { items: missing } }));
  if (empty(row.idNumber)) return findings;

  const check = checkIdNumber(row.idNumber);
  if (!check.valid && check.problem !== 'invalid-check-digit') {
    findings.push(makeFinding('invalid-id-number', { ...base, detail: { problem: check.problem } }));
    return findings;
  }
  const facts = check.valid ? check.facts : { ...check.facts!, idNumber: row.idNumber.trim().toUpperCase() };
  const id = facts.idNumber ?? '';
  if (!check.valid) {
    findings.push(
      makeFinding('invalid-check-digit', {
        ...base,
        detail: { field: 'idNumber', expected: checkCharacter(id.slice(0, 17)) },
      }),
    );
  } else if (facts.legacy15) {
    findings.push(
      makeFinding('legacy-15-digit', {
        ...base,
        detail: { field: 'idNumber', upgraded: upgradeIdNumber(id) },
      }),
    );
  }
  if (row.birthDate && facts.birthDate && row.birthDate !== facts.birthDate) {
    findings.push(
      makeFinding('birth-date-mismatch', {
        ...base,
        detail: { field: 'birthDate', registered: row.birthDate, inIdNumber: facts.birthDate },
      }),
    );
  }
  if ((row.sex === '1' || row.sex === '2') && facts.sex && Number(row.sex) !== facts.sex) {
    findings.push(
      makeFinding('sex-mismatch', {
        ...base,
        detail: { field: 'sex', registered: row.sex, inIdNumber: String(facts.sex) },
      }),
    );
  }
  return findings;
}

export function checkPersons(rows: readonly PersonRow[], requiredItems: readonly string[]): Finding[] {
  return rows.flatMap((r) => checkPerson(r, requiredItems));
}
