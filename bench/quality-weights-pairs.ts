// The labelled candidate pairs of a generated city for bench/quality-weights.ts, and figures over them at any
// parameters, as found in that city or projected to a larger one.
import { SyntheticCity } from '../src/domain/synthetic/city.ts';
import {
  evidenceScore,
  findDuplicates,
  commonNameItem,
  normalizeName,
  type CandidateRow,
  type DuplicateParameters,
  type PlantedProblem,
} from '../src/domain/quality/index.ts';

/** A candidate pair scoring ≥ the floor without the common-name term, with what rescoring it needs. */
export interface LabelledPair {
  /** Its evidence without `commonName` (added back by rescoring). */
  evidence: Record<string, number>;
  /** Persons of the city holding each name as written, in the order of `names`. */
  counts: [number, number];
  /** The planted kind, or 'false' for a pair of two persons. */
  kind: string;
  evidenceKind: string;
  names: string[];
  /** The pair's two ID numbers, sorted (one planted duplicate can be found twice, once per copy of a number). */
  key: string;
  /** Persons of the city the pair was found in. */
  city: number;
}

export interface CityPairs {
  persons: number;
  comparedPairs: number;
  pairs: LabelledPair[];
  /** Planted probable duplicates per kind. */
  planted: Map<string, number>;
}

/** Every candidate pair of the city scoring ≥ floor with the common-name weight at 0, labelled by the truth. */
export function cityPairs(persons: number, seed: string, p: DuplicateParameters, floor: number): CityPairs {
  const city = new SyntheticCity({ persons, seed });
  const rows: CandidateRow[] = [];
  const truth: PlantedProblem[] = [];
  for (const item of city.households()) {
    const active = item.persons.filter((x) => x.status === 'active');
    for (const x of active)
      rows.push({
        personId: x.id_number + '@' + x.household_no,
        idNumber: x.id_number,
        name: x.name,
        sex: x.sex,
        birthDate: x.birth_date,
        ethnicity: x.ethnicity,
        formerType: x.former_type || null,
        householdNo: x.household_no,
        relation: x.relation,
        countyCode: x.household_no.slice(0, 6),
        householdSize: active.length,
        householdKind: item.household.kind,
        relativeNames: active.filter((y) => y !== x).map((y) => y.name),
      });
    truth.push(...item.problems.filter((x) => x.code === 'probable-duplicate'));
  }
  // Counted as the scan counts them (name-frequency.ts): persons per name as written.
  const count = new Map<string, number>();
  for (const r of rows) count.set(r.name ?? '', (count.get(r.name ?? '') ?? 0) + 1);
  for (const r of rows) r.nameCount = count.get(r.name ?? '');
  const kindOf = new Map(truth.map((x) => [[...x.idNumbers].sort().join('|'), x.kind ?? 'unnamed']));
  const low = { ...p, threshold: floor, weights: { ...p.weights, commonName: 0 } };
  const { findings, comparedPairs } = findDuplicates(rows, low);
  const pairs: LabelledPair[] = [];
  for (const f of findings) {
    // Twins (one household, two names) lose the twin penalty, which rescoring does not repeat: left out.
    if (f.householdNos.length === 2 && f.householdNos[0] === f.householdNos[1]) continue;
    const names = f.detail.names as string[];
    const { commonName: _, ...evidence } = f.detail.evidence as Record<string, number>;
    pairs.push({
      evidence,
      counts: names.map((n) => count.get(n) ?? 0) as [number, number],
      kind: kindOf.get([...f.idNumbers].sort().join('|')) ?? 'false',
      evidenceKind: String(f.detail.evidenceKind),
      names,
      key: seed + ':' + [...f.idNumbers].sort().join('|'),
      city: rows.length,
    });
  }
  const planted = new Map<string, number>();
  for (const x of truth) planted.set(x.kind ?? 'unnamed', (planted.get(x.kind ?? 'unnamed') ?? 0) + 1);
  return { persons: rows.length, comparedPairs, pairs, planted };
}

/**
 * The count a pair is weighed by: the rarer name as the scan does (pairNameCount, 'min'); to compare, the more
 * common ('max'), or the shorter name's for a dropped character, else the rarer ('shorter').
 */
export type CountRule = 'min' | 'max' | 'shorter';

export function countOf(pair: LabelledPair, rule: CountRule): number {
  const [x, y] = pair.counts;
  if (rule === 'min') return Math.min(x, y);
  if (rule === 'max') return Math.max(x, y);
  const [la, lb] = pair.names.map((n) => [...normalizeName(n)].length);
  return la! < lb! ? x : lb! < la! ? y : Math.min(x, y);
}

/** A pair's score at parameters p, its names counted in a city `scale` times the one it was found in. */
export function rescore(pair: LabelledPair, p: DuplicateParameters, scale = 1, rule: CountRule = 'min') {
  const n = countOf(pair, rule) * scale;
  const common = commonNameItem(pair.evidence, n, p);
  const ev = common > 0 ? { ...pair.evidence, commonName: common } : pair.evidence;
  return Math.round(evidenceScore(ev, p).score * 1000) / 1000;
}

export interface Figures {
  found: number;
  truePositives: number;
  precision: number;
  recall: number;
  minKindRecall: number;
  recallByKind: Record<string, number>;
  precisionByEvidence: Record<string, number>;
  /** Pairs within 0.03 of the threshold (how sensitive the figures are to the sample). */
  near: number;
}

/**
 * Precision and recall at p (recall of distinct planted pairs, a scale-free share). Projected to a city of `target` persons (each pair's city `scale` = target / city):
 * names held `scale` times as often, planted duplicates `scale` times as many (one per so many persons), chance pairs
 * `scale`² times (persons per birth-date block grow `scale` times, and so do each person's namesakes in it).
 */
export function figures(
  pairs: readonly LabelledPair[],
  planted: ReadonlyMap<string, number>,
  p: DuplicateParameters,
  target: number | null = null,
  rule: CountRule = 'min',
): Figures {
  let found = 0;
  let tp = 0;
  let recalled = 0;
  let near = 0;
  const hit = new Map<string, number>();
  const hitKeys = new Set<string>();
  const byEvidence = new Map<string, [number, number]>();
  for (const pair of pairs) {
    const scale = target ? target / pair.city : 1;
    const s = rescore(pair, p, scale, rule);
    const weight = pair.kind === 'false' ? scale * scale : scale;
    if (Math.abs(s - p.threshold) < 0.03) near += weight;
    if (s < p.threshold) continue;
    found += weight;
    const e = byEvidence.get(pair.evidenceKind) ?? [0, 0];
    e[0] += weight;
    if (pair.kind !== 'false') {
      tp += weight;
      e[1] += weight;
      if (!hitKeys.has(pair.key)) hit.set(pair.kind, (hit.get(pair.kind) ?? 0) + 1);
      hitKeys.add(pair.key);
    }
    byEvidence.set(pair.evidenceKind, e);
  }
  const recallByKind: Record<string, number> = {};
  let plantedTotal = 0;
  for (const [kind, n] of planted) {
    recallByKind[kind] = round((hit.get(kind) ?? 0) / n);
    recalled += hit.get(kind) ?? 0;
    plantedTotal += n;
  }
  const precisionByEvidence: Record<string, number> = {};
  for (const [k, [f, t]] of byEvidence) precisionByEvidence[k] = round(t / f);
  return {
    found: Math.round(found),
    truePositives: Math.round(tp),
    precision: round(found ? tp / found : 1),
    recall: round(recalled / plantedTotal),
    minKindRecall: Math.min(...Object.values(recallByKind)),
    recallByKind,
    precisionByEvidence,
    near: Math.round(near),
  };
}

const round = (x: number) => Math.round(x * 10000) / 10000;
