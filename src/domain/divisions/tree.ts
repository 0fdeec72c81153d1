// The 昭通 division tree: city 5306 → 11 county-level units (6 digits) → 150 towns (9 digits) → village and
// community units (12 digits, data: imported from a divisions file or generated, see units.ts).
import { ZHAOTONG_COUNTIES, ZHAOTONG_TOWNS } from './zhaotong-towns.generated.ts';

export type TownKind = '街道' | '镇' | '乡';

export interface County {
  code: string;
  name: string;
}

export interface Town {
  code: string;
  name: string;
  kind: TownKind;
  countyCode: string;
}

/**
 * Abolished county codes that stay valid inside ID numbers (GB 11643: the address code is where the hukou was first
 * registered). 530630 水富县 became 530681 水富市 in 2018.
 */
export const FORMER_COUNTY_CODES: Readonly<Record<string, { name: string; successor: string }>> = {
  '530630': { name: '水富县', successor: '530681' },
};

export const COUNTIES: ReadonlyMap<string, County> = new Map(
  ZHAOTONG_COUNTIES.map(([code, name]) => [code, { code, name }]),
);

export const TOWNS: ReadonlyMap<string, Town> = new Map(
  ZHAOTONG_TOWNS.map(([code, name, kind]) => [code, { code, name, kind, countyCode: code.slice(0, 6) }]),
);

export function townsOf(countyCode: string): Town[] {
  return [...TOWNS.values()].filter((t) => t.countyCode === countyCode);
}

/** The current county of a 6-, 9- or 12-digit code, following a former code to its successor. */
export function countyCodeOf(divisionCode: string): string | undefined {
  const six = divisionCode.slice(0, 6);
  if (COUNTIES.has(six)) return six;
  return FORMER_COUNTY_CODES[six]?.successor;
}

/** A 12-digit village/community code whose town is one of the 150 towns of the tree. */
export function isZhaotongUnitCode(code: string): boolean {
  return /^\d{12}$/.test(code) && TOWNS.has(code.slice(0, 9));
}

/** Name path of a code, e.g. "昭阳区 凤凰街道"; a 12-digit unit's own name comes from the units table. */
export function divisionPath(code: string): string[] {
  const county =
    COUNTIES.get(code.slice(0, 6)) ?? (FORMER_COUNTY_CODES[code.slice(0, 6)] as County | undefined);
  const town = code.length >= 9 ? TOWNS.get(code.slice(0, 9)) : undefined;
  return [county?.name, town?.name].filter((n): n is string => Boolean(n));
}

/** True when a 6-digit ID-number address code belongs to 昭通, now or formerly. */
export function isZhaotongIdAddressCode(code6: string): boolean {
  return COUNTIES.has(code6) || Object.hasOwn(FORMER_COUNTY_CODES, code6);
}
