// The legal basis printed on papers: the plan's clauses a decision cites, by the plan's own numbering and text —
// never internal ids alone. Only clauses of the plan (T…) are a basis for settlement; P/W clauses are principles and
// work arrangements.
import { findClause } from '../policy/clauses.ts';

export const PLAN_TITLE = '《昭通市人民政府关于进一步推进户籍制度改革的工作方案》';

export interface BasisClause {
  id: string;
  where: string;
  text: string;
}

export function legalBasis(clauseIds: readonly string[]): BasisClause[] {
  return clauseIds
    .filter((id) => /^T\d/.test(id))
    .flatMap((id) => {
      const c = findClause(id);
      return c ? [{ id, where: c.where, text: c.text }] : [];
    });
}
