// The registry's rules, each citing the clause of the plan (policy/clauses.md) or the regulation it implements.
// A broken rule is a DomainError naming the rule, its basis and the offending field.
import { DomainError, type ErrorCode } from '../errors.ts';

export const REGISTRY_RULES = {
  'one-active-hukou': { basis: 'T12', zh: '同一公民只能有一个有效户口（多重户口）', code: 'rule-violation' },
  'one-head': { basis: 'T10.1', zh: '有效户必须有且只有一名户主', code: 'rule-violation' },
  'one-address-one-household': {
    basis: 'T4',
    zh: '一址一户：同一地址只能登记一个家庭户',
    code: 'rule-violation',
  },
  'active-member-in-active-household': {
    basis: 'T10.1',
    zh: '有效户口必须属于一个有效户',
    code: 'rule-violation',
  },
  'person-active': { basis: 'T12', zh: '该人员户口已注销，不能办理此项业务', code: 'rule-violation' },
  'person-may-move-in': {
    basis: '户口登记条例 第十三条',
    zh: '该人员户口状态不允许迁入（须先迁出，死亡或重复注销者不能迁入）',
    code: 'rule-violation',
  },
  'household-active': { basis: 'T10.1', zh: '该户已注销', code: 'rule-violation' },
  'member-of-household': { basis: 'T10.1', zh: '该人员不是本户有效成员', code: 'rule-violation' },
  'head-hands-over': {
    basis: '户口登记条例 第十七条',
    zh: '户主离开本户前须指定本户另一成员为新户主',
    code: 'rule-violation',
  },
  'head-only-by-head-change': {
    basis: 'T10.1',
    zh: '户主只能通过变更户主、立户或分户产生',
    code: 'rule-violation',
  },
  'split-keeps-head': { basis: 'T10.1', zh: '分户不能带走原户主，且原户须留有成员', code: 'rule-violation' },
  'new-household-one-head': { basis: 'T10.1', zh: '新户须有且只有一名户主', code: 'rule-violation' },
  'unified-hukou-type': {
    basis: 'T17',
    zh: '农业/非农业户口类型只作为历史保留，不能登记或更正',
    code: 'rule-violation',
  },
  'address-in-tree': { basis: 'T13.1', zh: '住址须为昭通市村（居）委会统计区划代码', code: 'invalid-input' },
  'birth-not-in-future': {
    basis: '户口登记条例 第七条',
    zh: '出生日期不能晚于登记日期',
    code: 'invalid-input',
  },
  'id-number-valid': { basis: 'GB 11643-1999', zh: '公民身份号码无效', code: 'invalid-input' },
  'id-number-matches-items': {
    basis: 'GB 11643-1999',
    zh: '公民身份号码中的出生日期或性别与登记项目不一致',
    code: 'invalid-input',
  },
  'death-after-birth': {
    basis: '户口登记条例 第八条',
    zh: '死亡日期须在出生日期之后且不晚于登记日期',
    code: 'invalid-input',
  },
  'correction-changes-something': { basis: 'T12', zh: '更正后的内容与原内容相同', code: 'invalid-input' },
  'legal-basis-known': { basis: 'T12', zh: '法律依据须为方案条款编号或法规条文', code: 'invalid-input' },
} as const satisfies Record<string, { basis: string; zh: string; code: ErrorCode }>;

export type RegistryRule = keyof typeof REGISTRY_RULES;

/** The message of a broken rule: Chinese first, then the rule id and its basis. */
export function ruleMessage(rule: RegistryRule, detail?: string): string {
  const r = REGISTRY_RULES[rule];
  return `${r.zh}${detail ? `：${detail}` : ''}（规则 ${rule}，依据 ${r.basis}）`;
}

export function ruleError(rule: RegistryRule, path: string, detail?: string): DomainError {
  const message = ruleMessage(rule, detail);
  return new DomainError(REGISTRY_RULES[rule].code, message, [{ path, message }]);
}

/** Throw the rule's error unless the condition holds. */
export function demand(
  condition: boolean,
  rule: RegistryRule,
  path: string,
  detail?: string,
): asserts condition {
  if (!condition) throw ruleError(rule, path, detail);
}
