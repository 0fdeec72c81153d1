// The city this system serves, named once: every division of 昭通 starts with its code (5306 ⊃ 530602 ⊃
// 530602001), and a jurisdiction of exactly this code is city-wide.
export const CITY_CODE = '5306';
export const CITY_NAME = '昭通市';

/**
 * The city's code in the 6-digit form of GB/T 2260 (530600), where a county-level code is expected: the
 * distribution key of city-wide rows, the fallback county of a household number, a city-wide permission check.
 */
export const CITY_COUNTY_CODE = `${CITY_CODE}00`;

/** Whether a division code (any level) lies in the city. */
export function isInCity(code: string | null | undefined): boolean {
  return Boolean(code?.startsWith(CITY_CODE));
}

/** A pattern for a code of the city with `digits` more digits after the city's (8 for a village unit). */
export function cityCodePattern(digits: string): RegExp {
  return new RegExp(`^${CITY_CODE}${digits}$`);
}
