// Probable duplicates within one (birth date, sex) block: candidate pairs by name keys, scored, kept at or above the
// threshold, minus pairs a person already decided are different people (never asked again) and pairs that share
// one ID number (those are duplicate-id-number findings).
import { candidatePairs } from './name-key-index.ts';
import type { Finding } from './finding.ts';
import { canonicalIdNumber } from './household-checks.ts';
import type { DuplicateParameters } from './parameters.ts';
import type { CandidateRow } from './rows.ts';
import { duplicateFinding, nameEvidenceOf, scoreCeiling, scorePair } from './scoring.ts';

/** Key of a decided pair: the two person ids in order. */
export function pairKey(personA: string, personB: string): string {
  return personA < personB ? `${personA}|${personB}` : `${personB}|${personA}`;
}

export interface BlockResult {
  findings: Finding[];
  /** Pairs to decide once their households are read (relatives, household embedding): the caller rescores them. */
  gray: Array<[CandidateRow, CandidateRow]>;
  comparedPairs: number;
  skippedBlocks: number;
}

const HALF_LAST_DECIMAL = 0.0005;

/**
 * The lowest score without household evidence from which the households could still lift a pair to the threshold:
 * relatives at best 1, household embedding at best the `loose` similarity, each there or not. `common` is the weight
 * the common-name item holds in `weight`, which relatives of the same name take out (commonNameItem). Scores are
 * kept to three decimals, so the floor is lowered by half of the last one: a pair whose households would lift it to
 * exactly the threshold is not lost because its score was rounded down.
 */
export function contextFloor(
  weight: number,
  p: DuplicateParameters,
  householdScored = false,
  common = 0,
): number {
  if (weight <= 0) return 1;
  const wr = p.weights.relatives;
  const floorWith = (w: number, gain: number, dropped = 0) =>
    (p.threshold * (weight - dropped + w) - gain) / weight - HALF_LAST_DECIMAL;
  // The household's embedding already in the score (a scan that counted the household sizes in its pass): only
  // relatives of the same name can still lift the pair.
  if (householdScored) return floorWith(wr, wr, common);
  const wh = p.weights.household;
  const lh = wh * p.similarity.loose;
  return Math.min(floorWith(wr, wr, common), floorWith(wh, lh), floorWith(wr + wh, wr + lh, common));
}

/**
 * deferToContext: rows come without their households' members (a scan; the pass may know the household sizes);
 * every pair that household evidence could decide is returned as gray for the caller to rescore once it has read
 * the households, and none is decided here.
 */
export function findDuplicatesInBlock(
  rows: readonly CandidateRow[],
  p: DuplicateParameters,
  notDuplicates: ReadonlySet<string> = new Set(),
  options: { deferToContext?: boolean } = {},
): BlockResult {
  if (rows.length < 2) return { findings: [], gray: [], comparedPairs: 0, skippedBlocks: 0 };
  const { pairs, skippedBlocks } = candidatePairs(
    rows.map((r) => r.name),
    p.maxBlockSize,
  );
  const access: PairRows = {
    nameOf: (i) => rows[i]!.name,
    formerNameOf: (i) => rows[i]!.formerName ?? null,
    rowAt: (i) => rows[i]!,
  };
  return { ...decidePairs(pairs, access, p, notDuplicates, options), skippedBlocks };
}

/** How the pair decider reads the persons of a block: names first, the whole record only for pairs worth it. */
export interface PairRows {
  nameOf(index: number): string | null;
  /** The former name, or null; a caller that knows a person has none can answer without building the record. */
  formerNameOf(index: number): string | null;
  rowAt(index: number): CandidateRow;
}

/**
 * Decide candidate pairs (flat indexes, as candidatePairs gives them): a pair whose names cap the score below the
 * threshold is dropped before any record is built; pairs sharing one ID number and pairs a person already decided
 * are different people are not reported.
 */
export function decidePairs(
  pairs: ArrayLike<number>,
  rows: PairRows,
  p: DuplicateParameters,
  notDuplicates: ReadonlySet<string>,
  options: { deferToContext?: boolean },
): Omit<BlockResult, 'skippedBlocks'> {
  const findings: Finding[] = [];
  const gray: Array<[CandidateRow, CandidateRow]> = [];
  for (let k = 0; k < pairs.length; k += 2) {
    const i = pairs[k]!;
    const j = pairs[k + 1]!;
    const names = nameEvidenceOf(
      rows.nameOf(i),
      rows.formerNameOf(i),
      rows.nameOf(j),
      rows.formerNameOf(j),
      p,
    );
    if (scoreCeiling(names, p) < p.threshold) continue;
    const a = rows.rowAt(i);
    const b = rows.rowAt(j);
    if (a.idNumber && canonicalIdNumber(a.idNumber) === canonicalIdNumber(b.idNumber)) continue;
    if (notDuplicates.size && notDuplicates.has(pairKey(a.personId, b.personId))) continue;
    const s = scorePair(a, b, p, names);
    if (options.deferToContext) {
      const scored = a.householdSize !== undefined && b.householdSize !== undefined;
      const common = p.weights.commonName * (s.evidence.commonName ?? 0);
      if (!s.twins && s.score >= contextFloor(s.weight, p, scored, common)) gray.push([a, b]);
    } else if (s.score >= p.threshold) findings.push(duplicateFinding(a, b, s));
  }
  return { findings, gray, comparedPairs: pairs.length / 2 };
}

/** The other active members of a household, by household id: what the gray pairs are decided with. */
export type HouseholdMembers = ReadonlyMap<string, ReadonlyArray<{ personId: string; name: string }>>;

/** Decide gray pairs once their households are read: relatives of the same name, household size and embedding. */
export function decideGrayPairs(
  gray: ReadonlyArray<[CandidateRow, CandidateRow]>,
  members: HouseholdMembers,
  p: DuplicateParameters,
): Finding[] {
  const withHousehold = (r: CandidateRow): CandidateRow => {
    const list = members.get(r.householdNo ?? '') ?? [];
    return {
      ...r,
      householdSize: list.length,
      relativeNames: list.filter((x) => x.personId !== r.personId).map((x) => x.name),
    };
  };
  const out: Finding[] = [];
  for (const [a, b] of gray) {
    const s = scorePair(withHousehold(a), withHousehold(b), p);
    if (s.score >= p.threshold) out.push(duplicateFinding(a, b, s));
  }
  return out;
}

/** Group rows by (birth date, sex) and search each block: the in-memory scan (tests, the on-event check). */
export function findDuplicates(
  rows: readonly CandidateRow[],
  p: DuplicateParameters,
  notDuplicates?: ReadonlySet<string>,
): BlockResult {
  const blocks = new Map<string, CandidateRow[]>();
  for (const r of rows) {
    if (!r.birthDate || !r.sex) continue;
    const k = `${r.birthDate}|${r.sex}`;
    const list = blocks.get(k);
    if (list) list.push(r);
    else blocks.set(k, [r]);
  }
  const out: BlockResult = { findings: [], gray: [], comparedPairs: 0, skippedBlocks: 0 };
  for (const block of blocks.values()) {
    const r = findDuplicatesInBlock(block, p, notDuplicates);
    out.findings.push(...r.findings);
    out.gray.push(...r.gray);
    out.comparedPairs += r.comparedPairs;
    out.skippedBlocks += r.skippedBlocks;
  }
  return out;
}
