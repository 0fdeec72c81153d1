// Database refusals → the domain's errors. A unique index is the last guard of an invariant: its violation is the
// same rule violation the domain would have reported. A deadlock or serialization failure between concurrent
// changes is a conflict: the transaction rolled back and wrote nothing; the client may retry.
import { DomainError } from '../../../domain/errors.ts';
import { ruleError, type RegistryRule } from '../../../domain/registry/rules.ts';

const CONSTRAINT_RULES: Record<string, { rule: RegistryRule; path: string }> = {
  person_one_active_hukou: { rule: 'one-active-hukou', path: 'idNumber' },
  person_one_head: { rule: 'one-head', path: 'relation' },
  household_one_family_per_address: { rule: 'one-address-one-household', path: 'address.detail' },
};

interface PgError {
  code?: string;
  constraint?: string;
  message?: string;
}

export function registryDatabaseError(e: unknown): unknown {
  const err = e as PgError;
  if (typeof err?.code !== 'string') return e;
  if (err.code === '23505') {
    const name = err.constraint ?? Object.keys(CONSTRAINT_RULES).find((c) => err.message?.includes(c));
    // On a county-partitioned register (migration 2000) the violated index is a partition's: name_pN.
    const mapped = name
      ? (CONSTRAINT_RULES[name] ?? CONSTRAINT_RULES[name.replace(/_p\d+$/, '')])
      : undefined;
    if (mapped) return ruleError(mapped.rule, mapped.path);
    return new DomainError('conflict', '与并发的其他变更冲突，请刷新后重试 / conflicting concurrent change');
  }
  if (err.code === '40P01' || err.code === '40001') {
    return new DomainError('conflict', '与并发的其他变更冲突，请重试 / concurrent change, retry');
  }
  return e;
}
