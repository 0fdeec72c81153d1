// What the clerk does next when completion (落户登记) is refused. The registry's rules say what is wrong; at the
// counter the clerk also needs the way on, said once: the refusal keeps its code and field, and its one message
// (top-level and issue alike, so a page that shows both shows the same sentence) gains the next step.
import { DomainError, isDomainError } from '../../domain/errors.ts';
import { REGISTRY_RULES, type RegistryRule } from '../../domain/registry/rules.ts';
import { registryDatabaseError } from '../../db/repositories/registry/errors.ts';

const NEXT_STEPS: Partial<Record<RegistryRule, string>> = {
  'one-address-one-household':
    '请核对迁入地址；如投靠该地址的家庭户，请撤回本申请，按投靠该户（填写该户户号）重新受理',
  'one-active-hukou': '请先在登记系统查明并注销重复户口（T12），再办理落户',
  'person-may-move-in': '请先在登记系统核查该人员的户口状态（已注销或死亡的不能迁入）',
  'person-active': '请先在登记系统核查该人员的户口状态',
  'head-hands-over': '请在「原户新户主」中选定留在原户的一名成员，再办理落户',
  'head-only-by-head-change': '请清空「原户新户主」后再办理落户',
  'household-active': '迁入的户已注销：请撤回本申请，按新立户重新受理',
  'member-of-household': '请从留在原户的成员中选定新户主',
  'address-in-tree': '迁入地区划须为村（居）委会：请撤回本申请，改正迁入地后重新受理',
};
const FALLBACK = '请核对后重试；仍不能办理的，请报县级公安机关';

function ruleOf(message: string): RegistryRule | undefined {
  return (Object.keys(REGISTRY_RULES) as RegistryRule[]).find((r) =>
    message.startsWith(REGISTRY_RULES[r].zh),
  );
}

/** A sentence that already says what to do (请…) is left as it is. */
const saysWhatToDo = (message: string) => /请/.test(message);

/** The refusal with its next step, in one message; unexpected errors pass through. */
export function withNextStep(e: unknown): unknown {
  const mapped = isDomainError(e) ? e : registryDatabaseError(e);
  if (!isDomainError(mapped) || mapped.code === 'internal') return mapped;
  const first = mapped.issues[0]?.message ?? mapped.message;
  if (saysWhatToDo(first)) return mapped;
  const rule = ruleOf(first);
  const next = (rule && NEXT_STEPS[rule]) ?? FALLBACK;
  const message = `${first}。${next}`;
  const issues = mapped.issues.length
    ? mapped.issues.map((i, n) => (n === 0 ? { ...i, message } : i))
    : [{ path: '', message }];
  return new DomainError(mapped.code, message, issues, mapped.retryAfterSeconds);
}
