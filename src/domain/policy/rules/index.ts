// The rule registry: which rule decides each basis, and which clauses the engine implements.
// `policy test` fails when a clause listed here lacks a rule or a test.
import type { Basis, SettlementCase } from '../case-schema.ts';
import type { Evaluation } from '../evaluation.ts';
import { militaryRule, keyGroupRule, studentRule } from './groups.ts';
import { kinRule } from './kin.ts';
import { marriageRule, permitRule, returnRule, unregisteredRule } from './origin.ts';
import { residenceRule } from './residence.ts';

export type Rule = (c: SettlementCase, ev: Evaluation) => void;

export const RULES: Record<Basis, Rule> = {
  residence: residenceRule,
  kin: kinRule,
  student: studentRule,
  'military-family': militaryRule,
  'key-group': keyGroupRule,
  'return-to-origin': returnRule,
  marriage: marriageRule,
  'residence-permit': permitRule,
  unregistered: unregisteredRule,
};

/** Clauses with a rule in this engine, each with where that rule lives (for the coverage report). */
export const IMPLEMENTED_CLAUSES: Record<string, string> = {
  P2: 'rules/common.ts checkPersonalPreconditions',
  T2: 'rules/residence.ts residenceRule, rules/common.ts checkRestrictions',
  T3: 'rules/common.ts checkRestrictions',
  T4: 'rules/residence.ts residenceRule',
  T5: 'rules/origin.ts returnRule, marriageRule',
  T6: 'rules/kin.ts kinRule',
  T7: 'rules/groups.ts studentRule',
  T8: 'rules/groups.ts militaryRule',
  T9: 'rules/groups.ts keyGroupRule',
  'T11.1': 'rules/origin.ts permitRule',
  T12: 'rules/origin.ts unregisteredRule, rules/common.ts checkPersonalPreconditions',
  'T14.5': 'rules/common.ts checkRuralRights',
};

/** Clauses the issue requires to be covered by rules and tests. */
export const REQUIRED_CLAUSES = [
  'P2',
  'T2',
  'T3',
  'T4',
  'T5',
  'T6',
  'T7',
  'T8',
  'T9',
  'T11.1',
  'T12',
  'T14.5',
] as const;
