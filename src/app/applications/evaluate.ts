// Evaluation with the policy engine at submission and resubmission. The whole record is kept: the case as given
// to the engine, the decision with its reasons, the explanation (trace with the parameter values used) with the
// texts of the clauses it cites, and the policy version. A later parameter change never rewrites it.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { buildCase, localDate, type ApplicationInput } from '../../domain/applications/index.ts';
import { decideSettlement, type SettlementDecision } from '../../domain/policy/decide.ts';
import { findClause } from '../../domain/policy/clauses.ts';
import type { ApplicationRow } from '../../db/repositories/applications/applications.ts';
import { insertEvaluation } from '../../db/repositories/applications/records.ts';
import type { AppDeps } from '../context.ts';
import { parameters } from './common.ts';

export interface StoredEvaluation {
  id: number;
  asOf: string;
  decision: SettlementDecision;
}

export function clauseTexts(ids: Iterable<string>): { id: string; where: string; summary: string; text: string }[] {
  return [...new Set(ids)].flatMap((id) => {
    const c = findClause(id);
    return c ? [{ id: c.id, where: c.where, summary: c.summary, text: c.text }] : [];
  });
}

export async function evaluateApplication(trx: Kysely<DB>, deps: AppDeps, row: ApplicationRow, input: ApplicationInput): Promise<StoredEvaluation> {
  const now = deps.now();
  const asOf = localDate(now);
  const settlementCase = buildCase(input, asOf);
  const set = parameters();
  const { trace, ...decision } = decideSettlement(settlementCase, set, { explain: true });
  const cited = [...decision.clauses, ...decision.reasons.map((r) => r.clause)];
  const id = await insertEvaluation(trx, {
    application_id: row.id,
    county_code: row.county_code,
    at: now,
    as_of: asOf,
    case_input: settlementCase,
    outcome: decision.outcome,
    decision,
    explanation: { trace: trace ?? [], clauses: clauseTexts(cited) },
    policy_id: decision.policy.id,
    policy_version: decision.policy.version,
  });
  return { id, asOf, decision };
}
