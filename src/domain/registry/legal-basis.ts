// What counts as a legal basis on a registry event: a clause id of the plan (the clause registry of
// src/domain/policy, from policy/clauses.md) or an article of a law or regulation ("户口登记条例 第七条").
import { isCitation } from '../policy/citation.ts';

export function isKnownLegalBasis(text: string): boolean {
  return isCitation(text);
}
