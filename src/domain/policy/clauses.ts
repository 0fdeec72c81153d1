// The clause registry: ids of ../shared/policy/clauses.md with the plan's own text (simplified, and the
// traditional original as received). Generated once by scripts/policy/gen-clauses.ts.
import data from './clauses.data.json' with { type: 'json' };

export interface Clause {
  id: string;
  where: string;
  summary: string;
  /** The plan's text in simplified characters (converted with opencc from the received original). */
  text: string;
  /** The plan's text exactly as received (traditional characters). */
  textOriginal: string;
  leadUnit: string | null;
  responsibleUnits: string | null;
}

export const CLAUSES: readonly Clause[] = data as Clause[];
export const CLAUSE_ORDER: ReadonlyMap<string, number> = new Map(CLAUSES.map((c, i) => [c.id, i]));

export function findClause(id: string): Clause | undefined {
  return CLAUSES.find((c) => c.id === id);
}
