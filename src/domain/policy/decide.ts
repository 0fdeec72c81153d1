// The settlement decision: one pure function from a validated case and a parameter set to a decision that
// names its clauses and explains itself. Reached by the CLI, HTTP and the web alike.
import { parseOrThrow } from '../validation.ts';
import { settlementCaseSchema, type SettlementCase } from './case-schema.ts';
import { CLAUSE_ORDER } from './clauses.ts';
import { Evaluation, type Reason, type TraceEntry } from './evaluation.ts';
import { materialsFor } from './materials.ts';
import type { ParameterSet } from './parameters.ts';
import { checkPersonalPreconditions, checkRestrictions, checkRuralRights } from './rules/common.ts';
import { RULES } from './rules/index.ts';
import { companionDecisions, type CompanionDecision } from './rules/residence.ts';

export type Outcome = 'eligible' | 'ineligible' | 'refer';

export interface SettlementDecision {
  outcome: Outcome;
  eligible: boolean;
  clauses: string[];
  reasons: Reason[];
  companions: CompanionDecision[];
  rejectedConditions: { condition: string; clause: string }[];
  ruralRightsRetained: boolean | null;
  materials: { code: string; name: string }[];
  policy: { id: string; version: string; reform?: { id: string; name: string } };
  trace?: TraceEntry[];
}

export interface DecideOptions {
  explain?: boolean;
}

export function sortClauses(ids: Iterable<string>): string[] {
  return [...new Set(ids)].sort((a, b) => (CLAUSE_ORDER.get(a) ?? 999) - (CLAUSE_ORDER.get(b) ?? 999));
}

/** Decide an already validated case. */
export function decideSettlement(
  c: SettlementCase,
  set: ParameterSet,
  options: DecideOptions = {},
): SettlementDecision {
  const ev = new Evaluation(set, c.asOf, c.destination.divisionCode, options.explain === true);
  const version = ev.param('policy.version'); // throws invalid asOf before the plan took effect
  checkPersonalPreconditions(c, ev);
  checkRestrictions(c, ev);
  RULES[c.basis](c, ev);
  const rejectedConditions = checkRuralRights(c, ev);
  const { outcome, clauses } = ev.outcome();
  const decision: SettlementDecision = {
    outcome,
    eligible: outcome === 'eligible',
    clauses: sortClauses(rejectedConditions.length ? [...clauses, 'T14.5'] : clauses),
    reasons: ev.reasons,
    companions: companionDecisions(c, outcome === 'eligible', ev),
    rejectedConditions,
    ruralRightsRetained: c.applicant.ruralRights.length ? true : null,
    materials: materialsFor(c),
    policy: { id: set.id, version: String(version.value), ...(set.reform ? { reform: set.reform } : {}) },
  };
  if (ev.trace)
    decision.trace = [
      {
        clause: 'G',
        code: 'policy.version',
        met: true,
        effect: 'info',
        inputs: { asOf: c.asOf },
        parameters: [version],
      },
      ...ev.trace,
    ];
  return decision;
}

/** Validate raw input (throws DomainError invalid-input naming every bad field), then decide. */
export function evaluateSettlement(
  input: unknown,
  set: ParameterSet,
  options: DecideOptions = {},
): SettlementDecision {
  return decideSettlement(parseOrThrow(settlementCaseSchema, input), set, options);
}
