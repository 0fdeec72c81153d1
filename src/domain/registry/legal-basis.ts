// What counts as a legal basis on a registry event: a clause id of the plan (the clause registry of
// src/domain/policy, from policy/clauses.md) or an article of a law or regulation ("户口登记条例 第七条").
import { CLAUSE_ORDER } from '../policy/clauses.ts';

const ARTICLE = /^\S{2,40}(条例|办法|规定|法|意见|通知)\s*第[一二三四五六七八九十百零\d]+条/;

export function isKnownLegalBasis(text: string): boolean {
  return CLAUSE_ORDER.has(text) || ARTICLE.test(text);
}
