// Which kind of evidence carried a probable duplicate, as one code the work queue puts into words (zh-CN, zh-TW,
// en): the reviewer reads "numbers of two counties with one birth date" rather than a table of scores.
import type { IdNumberRelation } from './similarity.ts';

/** What of a pair's score the kind is read from (scoring.ts's PairScore has these fields). */
export interface ScoredEvidence {
  evidence: Record<string, number>;
  numbers: IdNumberRelation | null;
}

export const EVIDENCE_KINDS = [
  'relatives',
  'legacy-number',
  'former-division',
  'other-county-number',
  'name-variant',
  'same-county-number',
  'name-and-birth-date',
] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/**
 * The most particular evidence the pair rests on, first match wins: relatives of the same name in both households;
 * a 15-digit number read as its upgrade; a former county code read as its successor's; numbers of two counties with
 * one birth date; a name in another form; numbers of one county and birth date; else name and birth date alone.
 */
export function evidenceKind(s: ScoredEvidence): EvidenceKind {
  const n = s.numbers;
  if (s.evidence.relatives === 1) return 'relatives';
  if (n?.legacy && n.kind !== 'different') return 'legacy-number';
  if (n?.formerDivision && n.kind !== 'different') return 'former-division';
  if (n?.kind === 'other-county') return 'other-county-number';
  if ((s.evidence.name ?? 0) < 1) return 'name-variant';
  if (n?.kind === 'same-county') return 'same-county-number';
  return 'name-and-birth-date';
}
