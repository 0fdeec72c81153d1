// Checks of one register row on its own: the ID number (GB 11643) and the facts inside it, and the required items
// of the registration card. Pure functions over batches of rows; the scan feeds them from the database.
import { checkCharacter, checkIdNumber, upgradeIdNumber } from '../identity/id-number.ts';
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

export function checkPerson(row: PersonRow, requiredItems: readonly string[]): Finding[] {
  const findings: Finding[] = [];
  const base = { idNumbers: [row.idNumber], householdNos: row.householdNo ? [row.householdNo] : [], countyCode: row.countyCode };
  const missing = requiredItems.filter((item) => ITEM_VALUE[item] && empty(ITEM_VALUE[item]!(row)));
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
    findings.push(makeFinding('invalid-check-digit', { ...base, detail: { field: 'idNumber', expected: checkCharacter(id.slice(0, 17)) } }));
  } else if (facts.legacy15) {
    findings.push(makeFinding('legacy-15-digit', { ...base, detail: { field: 'idNumber', upgraded: upgradeIdNumber(id) } }));
  }
  if (row.birthDate && facts.birthDate && row.birthDate !== facts.birthDate) {
    findings.push(makeFinding('birth-date-mismatch', { ...base, detail: { field: 'birthDate', registered: row.birthDate, inIdNumber: facts.birthDate } }));
  }
  if ((row.sex === '1' || row.sex === '2') && facts.sex && Number(row.sex) !== facts.sex) {
    findings.push(makeFinding('sex-mismatch', { ...base, detail: { field: 'sex', registered: row.sex, inIdNumber: String(facts.sex) } }));
  }
  return findings;
}

export function checkPersons(rows: readonly PersonRow[], requiredItems: readonly string[]): Finding[] {
  return rows.flatMap((r) => checkPerson(r, requiredItems));
}
