// Scoring a candidate pair: a weighted mean of the evidence that is there (name, birth date, how the ID numbers
// relate, birth and native place and ethnicity, relatives), so an empty or unreadable item is no evidence rather than
// a mismatch; a name many persons of the register hold counts against (name-frequency.ts). Two persons of one
// household born the same day with different names are twins, not one person.
// Nothing is merged here: a pair at or above the threshold becomes a probable-duplicate finding for a person to decide.
import { makeFinding, type Finding } from './finding.ts';
import { normalizeName } from './names.ts';
import type { DuplicateParameters } from './parameters.ts';
import type { CandidateRow } from './rows.ts';
import {
  birthDateSimilarity,
  idNumberRelation,
  nameSimilarity,
  type IdNumberRelation,
} from './similarity.ts';
import { evidenceKind } from './evidence-kind.ts';
import { commonNameItem, pairNameCount } from './name-frequency.ts';

export interface PairScore {
  score: number;
  /** Sum of the weights of the evidence that was there. */
  weight: number;
  evidence: Record<string, number>;
  twins: boolean;
  /** How the two numbers relate (null when one is missing or unreadable). */
  numbers: IdNumberRelation | null;
  /** Persons of the register holding the rarer of the pair's two names as written, when counted. */
  nameCount: number | null;
}

function placeAgreement(a: CandidateRow, b: CandidateRow): number | null {
  const pairs: Array<[string | null | undefined, string | null | undefined]> = [
    [a.ethnicity, b.ethnicity],
    [a.birthPlace, b.birthPlace],
    [a.nativePlace, b.nativePlace],
    [a.formerType, b.formerType],
  ];
  const known = pairs.filter(([x, y]) => x && y && x.trim() && y.trim());
  if (!known.length) return null;
  return known.filter(([x, y]) => normalizeName(x) === normalizeName(y)).length / known.length;
}

/** 1 when the two households hold a relative of the same name; null (no evidence) otherwise. */
function relativesAgreement(a: CandidateRow, b: CandidateRow): number | null {
  if (!a.relativeNames?.length || !b.relativeNames?.length || a.householdNo === b.householdNo) return null;
  const names = new Set(a.relativeNames.map(normalizeName).filter((n) => n.length > 1));
  return b.relativeNames.some((n) => names.has(normalizeName(n))) ? 1 : null;
}

/** Core family members (head, spouse, children, grandchildren, parents, grandparents, siblings) of a household. */
const CORE_RELATION = /^(0[12]|[1-7]\d)$/;
const HEAD = '02';

/**
 * Where a registration is anchored: at the core of a family of two or more, as a member of a collective household
 * (registered through the school or employer), or as the head of a household of one; null when it sits loosely,
 * as an other relative or non-relative in someone else's family household (投亲靠友, 挂靠). A probable duplicate has
 * two numbers (one number twice is duplicate-id-number), so one registration was made anew, and a new identity is
 * usually attached to relatives rather than founding a family or joining a unit.
 */
function anchoring(r: CandidateRow): 'family' | 'collective' | 'alone' | null {
  if (r.householdKind && r.householdKind !== 'family') return 'collective';
  const size = r.householdSize ?? 0;
  if (CORE_RELATION.test(r.relation ?? '') && size >= 2) return 'family';
  return r.relation === HEAD && size === 1 ? 'alone' : null;
}

/**
 * Household embedding: 0 (against) when both registrations are anchored. Both heading a household of one is how a
 * second household set up under a new number looks: no evidence within one county, the `bothAlone` similarity when
 * the numbers are of two counties (namesakes of the whole city outnumber those of one county about tenfold; at 6.5 M
 * two lone heads of two counties were a large share of the false findings, see quality.yaml); the
 * `loose` similarity when exactly one sits loosely in someone else's family (how a second registration made anew
 * is usually attached, 投亲靠友); else no evidence; null while the households are not read. Measured on the
 * generated city (docs/PERFORMANCE.md, Quality): namesakes of one birth date and sex are seldom loose, every planted
 * duplicate but the both-in-families kind has one loose side.
 */
function householdAgreement(
  a: CandidateRow,
  b: CandidateRow,
  p: DuplicateParameters,
  numbers: IdNumberRelation | null,
): number | null {
  if (a.householdSize === undefined || b.householdSize === undefined) return null;
  const x = anchoring(a);
  const y = anchoring(b);
  if (x && y && x === 'alone' && y === 'alone')
    return numbers?.kind === 'other-county' ? p.similarity.bothAlone : null;
  if (x && y) return 0;
  return (x === null) !== (y === null) ? p.similarity.loose : null;
}

/** Scores are kept to three decimals (rounding is monotonic, so a ceiling rounded alike stays a ceiling). */
function roundScore(score: number): number {
  return Math.round(score * 1000) / 1000;
}

/** How alike the two are by name: the names, or a former name of one against the other's name. */
export function nameEvidence(a: CandidateRow, b: CandidateRow, p: DuplicateParameters): number {
  return nameEvidenceOf(a.name, a.formerName ?? null, b.name, b.formerName ?? null, p);
}

/** The same from the names alone (a scan knows them before it builds the records). */
export function nameEvidenceOf(
  nameA: string | null,
  formerA: string | null,
  nameB: string | null,
  formerB: string | null,
  p: DuplicateParameters,
): number {
  return Math.max(
    nameSimilarity(nameA, nameB, p.similarity),
    formerA ? nameSimilarity(formerA, nameB, p.similarity) : 0,
    formerB ? nameSimilarity(nameA, formerB, p.similarity) : 0,
  );
}

/**
 * The highest score a pair with this name evidence can reach, whatever else is read later: every other piece of
 * evidence that can agree (birth date, numbers, places, relatives, household) at 1 (the loose similarity is at most 1
 * and twins only lose), so a pair below this ceiling can never reach the threshold and is not scored.
 */
export function scoreCeiling(name: number, p: DuplicateParameters): number {
  const w = p.weights;
  const others = w.birthDate + w.idNumber + w.places + w.relatives + w.household;
  return roundScore((w.name * name + others) / (w.name + others));
}

export function scorePair(
  a: CandidateRow,
  b: CandidateRow,
  p: DuplicateParameters,
  names = nameEvidence(a, b, p),
): PairScore {
  const evidence: Record<string, number> = { name: names };
  const birth = birthDateSimilarity(a.birthDate, b.birthDate, p.similarity);
  if (birth !== null) evidence.birthDate = birth;
  const numbers = idNumberRelation(a.idNumber, b.idNumber);
  if (numbers !== null)
    evidence.idNumber =
      numbers.kind === 'same-county' ? 1 : numbers.kind === 'other-county' ? p.similarity.idOtherCounty : 0;
  const places = placeAgreement(a, b);
  if (places !== null) evidence.places = places;
  const relatives = relativesAgreement(a, b);
  if (relatives !== null) evidence.relatives = relatives;
  const household = householdAgreement(a, b, p, numbers);
  if (household !== null) evidence.household = household;
  // A match on a common name is weaker: a former name that carried the match is not counted (its count is unknown).
  const viaFormer = !!(a.formerName || b.formerName) && nameSimilarity(a.name, b.name, p.similarity) < names;
  const nameCount = pairNameCount(a, b, viaFormer);
  const common = commonNameItem(evidence, nameCount, p);
  if (common > 0) evidence.commonName = common;

  const { score: mean, weight: total } = evidenceScore(evidence, p);
  let score = mean;
  const twins =
    !!a.householdNo && a.householdNo === b.householdNo && normalizeName(a.name) !== normalizeName(b.name);
  if (twins) score -= p.twinPenalty;
  if (a.sex !== b.sex) score = 0;
  return { score: Math.max(0, roundScore(score)), weight: total, evidence, twins, numbers, nameCount };
}

/**
 * The weighted mean of the evidence that is there. Particulars that differ weigh more than particulars that agree:
 * a second registration repeats the person's own facts, while agreement (most of the city is Han and of one former
 * type) says little. A common name (`commonName`, how common 0..1) is evidence against whose weight grows with how
 * common the name is, so a rare name's pair scores as it did and a common one's lower, never higher.
 */
export function evidenceScore(
  evidence: Readonly<Record<string, number>>,
  p: DuplicateParameters,
): { score: number; weight: number } {
  let weighted = 0;
  let total = 0;
  for (const [k, v] of Object.entries(evidence)) {
    if (k === 'commonName') {
      total += p.weights.commonName * v;
      continue;
    }
    const w =
      k === 'places' && v < 1 ? p.weights.placesDiffer : p.weights[k as keyof DuplicateParameters['weights']];
    weighted += w * v;
    total += w;
  }
  return { score: total > 0 ? weighted / total : 0, weight: total };
}

export function duplicateFinding(a: CandidateRow, b: CandidateRow, s: PairScore): Finding {
  const [x, y] = a.idNumber <= b.idNumber ? [a, b] : [b, a];
  return makeFinding('probable-duplicate', {
    idNumbers: [x.idNumber, y.idNumber],
    householdNos: [x.householdNo, y.householdNo].filter((h): h is string => !!h),
    countyCode: x.countyCode,
    detail: {
      score: s.score,
      evidence: s.evidence,
      evidenceKind: evidenceKind(s),
      ...(s.nameCount !== null ? { nameCount: s.nameCount } : {}),
      names: [x.name ?? '', y.name ?? ''],
      personIds: [x.personId, y.personId],
    },
  });
}
