// Evaluation with the policy engine at submission and resubmission. The whole record is kept: the case as given
// to the engine, the decision with its reasons, the explanation (trace with the parameter values used) with the
// texts of the clauses it cites, and the policy version. A later parameter change never rewrites it. The record
// is written with the transition, in one statement (src/db/repositories/applications/transition.ts).
import { buildCase, localDate, type ApplicationInput } from '../../domain/applications/index.ts';
import { decideSettlement, type SettlementDecision } from '../../domain/policy/decide.ts';
import { findClause } from '../../domain/policy/clauses.ts';
import type { AppDeps } from '../context.ts';
import type { TransitionOptions } from './common.ts';

export interface Evaluation {
  asOf: string;
  decision: SettlementDecision;
  /** The row stored with the transition that made it (settlement_evaluation), in the same statement. */
  record: NonNullable<TransitionOptions['evaluation']>;
}

export function clauseTexts(
  ids: Iterable<string>,
): { id: string; where: string; summary: string; text: string }[] {
  return [...new Set(ids)].flatMap((id) => {
    const c = findClause(id);
    return c ? [{ id: c.id, where: c.where, summary: c.summary, text: c.text }] : [];
  });
}

/** Evaluate the application now (pure: the policy engine with the parameters loaded once per process). */
export function evaluateApplication(deps: AppDeps, input: ApplicationInput): Evaluation {
  const now = deps.now();
  const asOf = localDate(now);
  const settlementCase = buildCase(input, asOf);
  const { trace, ...decision } = decideSettlement(settlementCase, deps.policy.parameters, { explain: true });
  const cited = [...decision.clauses, ...decision.reasons.map((r) => r.clause)];
  return {
    asOf,
    decision,
    record: {
      at: now,
      as_of: asOf,
      case_input: settlementCase,
      outcome: decision.outcome,
      decision,
      explanation: { trace: trace ?? [], clauses: clauseTexts(cited) },
      policy_id: decision.policy.id,
      policy_version: decision.policy.version,
    },
  };
}
