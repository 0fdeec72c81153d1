// Registry-quality finding codes (../shared/spec/data-exchange.md) and what each means for the people who clear
// them. Every finding cites the plan: T12 (户口遗留问题: 应落未落, 应销未销, 多重户口, 差错漏) and, for one address
// with two family households, T4 (一址一户) — except where the duty comes from national law: a death is cancelled
// under 户口登记条例 art. 8, an enlistment under art. 12 (the plan's T12 only restates them).

import { HUKOU_REGISTRATION_ART_12, HUKOU_REGISTRATION_ART_8 } from '../policy/citation.ts';

export const FINDING_CODES = [
  'duplicate-id-number',
  'probable-duplicate',
  'invalid-check-digit',
  'invalid-id-number',
  'birth-date-mismatch',
  'sex-mismatch',
  'legacy-15-digit',
  'deceased-not-cancelled',
  'enlisted-not-cancelled',
  'household-without-head',
  'household-multiple-heads',
  'address-multiple-households',
  'missing-required',
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];

/** How a finding is cleared: which registry event its resolution writes. */
export type ResolutionKind = 'merge' | 'correct' | 'cancel' | 'upgrade' | 'change-head' | 'review';

export interface FindingCodeInfo {
  zh: string;
  en: string;
  /** T12 problem family: 多重户口, 应销未销, 差错漏 (wrong, missing, inconsistent items), 一址一户. */
  family: 'duplicate' | 'should-be-cancelled' | 'wrong-item' | 'one-address-one-household';
  clauses: readonly string[];
  /** exact: decided by the data alone; probable: a person decides. */
  certainty: 'exact' | 'probable';
  resolutions: readonly ResolutionKind[];
}

export const FINDING_CODE_INFO: Readonly<Record<FindingCode, FindingCodeInfo>> = {
  'duplicate-id-number': {
    zh: '一号多人（多重户口）',
    en: 'One ID number on several active persons',
    family: 'duplicate',
    clauses: ['T12'],
    certainty: 'exact',
    resolutions: ['merge', 'correct'],
  },
  'probable-duplicate': {
    zh: '疑似重复户口',
    en: 'Probably one person registered twice',
    family: 'duplicate',
    clauses: ['T12'],
    certainty: 'probable',
    resolutions: ['merge', 'review'],
  },
  'invalid-check-digit': {
    zh: '身份号码校验位错误',
    en: 'Wrong check character',
    family: 'wrong-item',
    clauses: ['T12'],
    certainty: 'exact',
    resolutions: ['correct'],
  },
  'invalid-id-number': {
    zh: '身份号码格式或日期无效',
    en: 'Invalid ID number',
    family: 'wrong-item',
    clauses: ['T12'],
    certainty: 'exact',
    resolutions: ['correct'],
  },
  'birth-date-mismatch': {
    zh: '出生日期与身份号码不符',
    en: 'Birth date differs from the ID number',
    family: 'wrong-item',
    clauses: ['T12'],
    certainty: 'exact',
    resolutions: ['correct'],
  },
  'sex-mismatch': {
    zh: '性别与身份号码不符',
    en: 'Sex differs from the ID number',
    family: 'wrong-item',
    clauses: ['T12'],
    certainty: 'exact',
    resolutions: ['correct'],
  },
  'legacy-15-digit': {
    zh: '15位身份号码未升位',
    en: '15-digit number not upgraded',
    family: 'wrong-item',
    clauses: ['T12'],
    certainty: 'exact',
    resolutions: ['upgrade'],
  },
  'deceased-not-cancelled': {
    zh: '死亡未注销（应销未销）',
    en: 'Deceased, hukou still active',
    family: 'should-be-cancelled',
    clauses: [HUKOU_REGISTRATION_ART_8],
    certainty: 'exact',
    resolutions: ['cancel', 'review'],
  },
  'enlisted-not-cancelled': {
    zh: '入伍未注销（应销未销）',
    en: 'Enlisted, hukou still active',
    family: 'should-be-cancelled',
    clauses: [HUKOU_REGISTRATION_ART_12],
    certainty: 'exact',
    resolutions: ['cancel', 'review'],
  },
  'household-without-head': {
    zh: '户无户主',
    en: 'Household without a head',
    family: 'wrong-item',
    clauses: ['T12'],
    certainty: 'exact',
    resolutions: ['change-head'],
  },
  'household-multiple-heads': {
    zh: '一户多个户主',
    en: 'Household with several heads',
    family: 'wrong-item',
    clauses: ['T12'],
    certainty: 'exact',
    resolutions: ['change-head'],
  },
  'address-multiple-households': {
    zh: '一址多户（一址一户）',
    en: 'Two family households at one address',
    family: 'one-address-one-household',
    clauses: ['T12', 'T4'],
    certainty: 'exact',
    resolutions: ['review'],
  },
  'missing-required': {
    zh: '必填项目缺漏（差错漏）',
    en: 'A required item is empty',
    family: 'wrong-item',
    clauses: ['T12'],
    certainty: 'exact',
    resolutions: ['correct'],
  },
};

export function isFindingCode(code: string): code is FindingCode {
  return (FINDING_CODES as readonly string[]).includes(code);
}
