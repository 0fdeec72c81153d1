// From the self-check's answers to a settlement case, validated by the API's own schema before it is sent.
import { settlementCaseSchema, type SettlementCaseInput } from '../../../../src/domain/policy/case-schema.ts';
import { basisOf, visibleQuestions, type Situation, type Values } from './questions.ts';

/** Answers the situation itself gives (own home vs rental), merged under what the person entered. */
export function withPresets(situation: Situation, values: Values): Values {
  const tenure = situation === 'own-home' ? 'owned' : situation === 'rental' ? 'rented' : undefined;
  if (!tenure) return values;
  return { ...values, residence: { ...values.residence, tenure } };
}

/** Today in the resident's own calendar (the decision applies the policy in force on this day). */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The case: only the answers to the questions shown, so a hidden earlier answer never changes the decision. */
export function buildCase(situation: Situation, entered: Values, asOf: string): SettlementCaseInput {
  const values = withPresets(situation, entered);
  const sections: Record<string, Record<string, unknown>> = {};
  for (const q of visibleQuestions(situation, values)) {
    const [section, name] = q.name;
    const value = values[section]?.[name];
    if (value === undefined || value === null || value === '') continue;
    (sections[section] ??= {})[name] = value;
  }
  if (values.residence?.tenure && sections.residence) sections.residence.tenure = values.residence.tenure;
  const basis = basisOf(situation);
  const applicant = { ...sections.applicant, ...(basis === 'unregistered' ? { hukou: null } : {}) };
  return { ...sections, asOf, basis, applicant } as SettlementCaseInput;
}

export interface FieldIssue {
  name: (string | number)[];
  message: string;
}

/** The schema's verdict on a case: nothing when valid, else one issue per bad answer, by its path. */
export function checkCase(c: SettlementCaseInput): FieldIssue[] {
  const result = settlementCaseSchema.safeParse(c);
  if (result.success) return [];
  return result.error.issues.map((i) => ({
    name: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
    message: i.message,
  }));
}
