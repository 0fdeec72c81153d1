// Sex codes, GB/T 2261.1-2003 (reference/codes.md).

export const SEX_CODES = {
  '0': '未知的性别',
  '1': '男',
  '2': '女',
  '9': '未说明的性别',
} as const;

export type SexCode = keyof typeof SEX_CODES;

/** The codes a registered person carries; 0 and 9 exist in the standard but a hukou record states 1 or 2. */
export const REGISTERED_SEX_CODES = ['1', '2'] as const;
export type RegisteredSex = (typeof REGISTERED_SEX_CODES)[number];

export function isSexCode(code: string): code is SexCode {
  return Object.hasOwn(SEX_CODES, code);
}
