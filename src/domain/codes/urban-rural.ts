// Urban-rural classification of 12-digit statistical units (国函〔2008〕60号; reference/codes.md).

export const URBAN_RURAL_CODES = {
  '111': { zh: '主城区', urban: true },
  '112': { zh: '城乡结合区', urban: true },
  '121': { zh: '镇中心区', urban: true },
  '122': { zh: '镇乡结合区', urban: true },
  '123': { zh: '特殊区域', urban: true },
  '210': { zh: '乡中心区', urban: false },
  '220': { zh: '村庄', urban: false },
} as const;

export type UrbanRuralCode = keyof typeof URBAN_RURAL_CODES;
export const URBAN_RURAL_CODE_LIST = Object.keys(URBAN_RURAL_CODES) as [UrbanRuralCode, ...UrbanRuralCode[]];

export function isUrbanRuralCode(code: string): code is UrbanRuralCode {
  return Object.hasOwn(URBAN_RURAL_CODES, code);
}

export function isUrban(code: UrbanRuralCode): boolean {
  return URBAN_RURAL_CODES[code].urban;
}
