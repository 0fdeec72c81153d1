// Checks across rows: households without or with several heads (relation 02), one address holding two family
// households (一址一户, T4), and one ID number on several active persons (多重户口). The scan runs the same
// logic as set-based SQL at city scale; these pure versions define it and check it in small tests.
import { upgradeIdNumber, checkIdNumber } from '../identity/id-number.ts';
import { makeFinding, type Finding } from './finding.ts';
import type { HouseholdMemberRow, PersonRow } from './rows.ts';

export const HEAD_RELATION = '02';

/** Active members grouped by household; households listed without members are headless too. */
export function checkHeads(
  households: ReadonlyArray<{ householdNo: string; countyCode: string }>,
  members: readonly HouseholdMemberRow[],
): Finding[] {
  const heads = new Map<string, string[]>();
  for (const m of members) {
    if (m.relation !== HEAD_RELATION) continue;
    const list = heads.get(m.householdNo) ?? [];
    list.push(m.idNumber);
    heads.set(m.householdNo, list);
  }
  const findings: Finding[] = [];
  for (const h of households) {
    const list = heads.get(h.householdNo) ?? [];
    if (list.length === 0) {
      findings.push(
        makeFinding('household-without-head', { householdNos: [h.householdNo], countyCode: h.countyCode }),
      );
    } else if (list.length > 1) {
      findings.push(
        makeFinding('household-multiple-heads', {
          householdNos: [h.householdNo],
          idNumbers: [...list].sort(),
          countyCode: h.countyCode,
          detail: { heads: list.length },
        }),
      );
    }
  }
  return findings;
}

/** The address as compared for 一址一户: unit code plus the detail with spaces and full-width forms normalised. */
export function addressKey(divisionCode: string, detail: string): string {
  return `${divisionCode}|${detail.normalize('NFKC').replace(/\s+/g, '').toLowerCase()}`;
}

export function checkAddresses(
  households: ReadonlyArray<{
    householdNo: string;
    countyCode: string;
    kind: string;
    divisionCode: string;
    address: string;
  }>,
): Finding[] {
  const byAddress = new Map<string, (typeof households)[number][]>();
  for (const h of households) {
    if (h.kind !== 'family' || h.address.trim() === '') continue;
    const key = addressKey(h.divisionCode, h.address);
    byAddress.set(key, [...(byAddress.get(key) ?? []), h]);
  }
  return [...byAddress.values()]
    .filter((list) => list.length > 1)
    .map((list) =>
      makeFinding('address-multiple-households', {
        householdNos: list.map((h) => h.householdNo).sort(),
        countyCode: list[0]!.countyCode,
        detail: { divisionCode: list[0]!.divisionCode, address: list[0]!.address },
      }),
    );
}

/** The number a person is known by: a valid 15-digit number counts as its 18-digit upgrade. */
export function canonicalIdNumber(idNumber: string): string {
  const id = idNumber.trim().toUpperCase();
  if (id.length === 15) {
    const check = checkIdNumber(id);
    if (check.valid) return upgradeIdNumber(id);
  }
  return id;
}

/**
 * The first 17 characters of a number as the scan compares them (a 15-digit number read as its upgrade): numbers
 * with one body are candidates for one person; checkDuplicateIds decides on the whole canonical number.
 */
export function idNumberBody(idNumber: string): string {
  const id = idNumber.toUpperCase();
  return id.length === 15 ? `${id.slice(0, 6)}19${id.slice(6, 15)}` : id.slice(0, 17);
}

/**
 * The body of a number (see idNumberBody) as one exact number: division (20 bits) · year from 1800, month, day
 * (18 bits) · sequence (10 bits) is 48 bits, inside a double's 53. Null when the body is not 17 digits of that form
 * (the caller keeps it as text). Read digit by digit, without slicing: a whole-register scan runs this on every
 * person, and holds 6.5 million bodies in a typed array instead of a set of strings.
 */
export function idNumberBodyKey(idNumber: string): number | null {
  const bytes = encoder.encode(idNumber);
  return idNumberBodyKeyAt(bytes, 0, bytes.length);
}

const encoder = new TextEncoder();

/** The same for a number held as UTF-8 bytes[start, end) (the scan reads the server's text without strings). */
export function idNumberBodyKeyAt(b: Uint8Array, start: number, end: number): number | null {
  const length = end - start;
  if (length !== 15 && length < 17) return null;
  const legacy = length === 15;
  const division = bodyDigits(b, start, legacy, 0, 6);
  const year = bodyDigits(b, start, legacy, 6, 10) - 1800;
  const month = bodyDigits(b, start, legacy, 10, 12);
  const day = bodyDigits(b, start, legacy, 12, 14);
  const sequence = bodyDigits(b, start, legacy, 14, 17);
  if (division < 0 || year < 0 || year >= 512 || month < 0 || month > 15 || day < 0 || sequence < 0)
    return null;
  return ((division * 512 + year) * 512 + month * 32 + day) * 1024 + sequence;
}

/** Characters [from, to) of the body as a decimal number, or -1 when one is not a digit (module-level: hot). */
function bodyDigits(b: Uint8Array, start: number, legacy: boolean, from: number, to: number): number {
  let v = 0;
  for (let i = from; i < to; i++) {
    // A 15-digit number has "19" inserted after its six-digit division code.
    const c = legacy
      ? i < 6
        ? b[start + i]!
        : i === 6
          ? 49
          : i === 7
            ? 57
            : b[start + i - 2]!
      : b[start + i]!;
    if (c < 48 || c > 57) return -1;
    v = v * 10 + c - 48;
  }
  return v;
}

/** The inverse of idNumberBodyKey. */
export function bodyOfKey(key: number): string {
  const sequence = key % 1024;
  let rest = (key - sequence) / 1024;
  const monthDay = rest % 512;
  rest = (rest - monthDay) / 512;
  const year = rest % 512;
  const division = (rest - year) / 512;
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  return `${pad(division, 6)}${1800 + year}${pad(Math.floor(monthDay / 32), 2)}${pad(monthDay % 32, 2)}${pad(sequence, 3)}`;
}

/** The ways a number of this 17-digit body may be written: 18 digits with any check character, or 15 digits. */
export function numbersWithBody(body: string): string[] {
  const written = [...'0123456789Xx'].map((c) => body + c);
  if (body.slice(6, 8) === '19') written.push(body.slice(0, 6) + body.slice(8, 17));
  return written;
}

export function checkDuplicateIds(active: readonly PersonRow[]): Finding[] {
  const byId = new Map<string, PersonRow[]>();
  for (const p of active) {
    if (!p.idNumber.trim()) continue;
    const key = canonicalIdNumber(p.idNumber);
    byId.set(key, [...(byId.get(key) ?? []), p]);
  }
  return [...byId.entries()]
    .filter(([, list]) => list.length > 1)
    .map(([id, list]) =>
      makeFinding('duplicate-id-number', {
        idNumbers: [...new Set(list.map((p) => p.idNumber))].sort(),
        householdNos: [...new Set(list.map((p) => p.householdNo).filter((h): h is string => !!h))].sort(),
        countyCode: list[0]!.countyCode,
        detail: { idNumber: id, persons: list.length, personIds: list.map((p) => p.personId) },
      }),
    );
}
