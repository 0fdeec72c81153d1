// Numbers people read and type: the application number (LH…) and the permit number (ZQ…), each ending in an
// ISO 7064 MOD 11-2 check character (as in citizen ID numbers) so a mistyped number is caught at once.
import { checkCharacter } from '../identity/id-number.ts';

/** LH + county (6) + year (4) + sequence (6) + check. */
const APPLICATION_PATTERN = /^LH(\d{6})(\d{4})(\d{6})([0-9X])$/;
/** ZQ + county (6) + year (4) + sequence (6) + check. */
const PERMIT_PATTERN = /^ZQ(\d{6})(\d{4})(\d{6})([0-9X])$/;
/** JZ (居住证, residence permit) + county (6) + year (4) + sequence (6) + check. */
const RESIDENCE_PERMIT_PATTERN = /^JZ(\d{6})(\d{4})(\d{6})([0-9X])$/;

/** The digit salted in front of the check: numbers of two kinds with the same digits never share a check character. */
const SALT: Record<string, string> = { LH: '0', ZQ: '1', JZ: '2' };

function compose(prefix: string, countyCode: string, year: number, seq: number): string {
  if (!/^\d{6}$/.test(countyCode)) throw new RangeError(`county code must have 6 digits: ${countyCode}`);
  if (!Number.isInteger(seq) || seq < 1 || seq > 999_999)
    throw new RangeError(`sequence out of range: ${seq}`);
  // The check character covers the 16 digits after the prefix plus a leading 1 for ZQ (so LH and ZQ numbers
  // of the same digits never share a check character by accident of layout).
  const digits = `${countyCode}${String(year).padStart(4, '0')}${String(seq).padStart(6, '0')}`;
  return `${prefix}${digits}${checkCharacter(SALT[prefix]! + digits)}`;
}

function valid(pattern: RegExp, prefix: string, n: string): boolean {
  const m = pattern.exec(n);
  if (!m) return false;
  const digits = `${m[1]}${m[2]}${m[3]}`;
  return checkCharacter(SALT[prefix]! + digits) === m[4];
}

export function applicationNumber(countyCode: string, year: number, seq: number): string {
  return compose('LH', countyCode, year, seq);
}

export function permitNumber(countyCode: string, year: number, seq: number): string {
  return compose('ZQ', countyCode, year, seq);
}

export function residencePermitNumber(countyCode: string, year: number, seq: number): string {
  return compose('JZ', countyCode, year, seq);
}

export function isResidencePermitNumber(n: string): boolean {
  return valid(RESIDENCE_PERMIT_PATTERN, 'JZ', n);
}

export function isApplicationNumber(n: string): boolean {
  return valid(APPLICATION_PATTERN, 'LH', n);
}

export function isPermitNumber(n: string): boolean {
  return valid(PERMIT_PATTERN, 'ZQ', n);
}

/** Normalise what a person typed: trim, upper case, drop spaces and dashes. */
export function normaliseNumber(raw: string): string {
  return raw.trim().toUpperCase().replace(/[\s-]/g, '');
}
