// The grids of bench/quality-weights.ts: the weights of the evidence (--grid) and the common-name term
// (--common-grid), each set tried on the labelled pairs and ranked.
import type { DuplicateParameters } from '../src/domain/quality/index.ts';
import { figures, rescore, type CountRule, type LabelledPair } from './quality-weights-pairs.ts';

const steps = (a: number, b: number, d: number) =>
  Array.from({ length: Math.round((b - a) / d) + 1 }, (_, i) => +(a + i * d).toFixed(2));

/**
 * The weights that keep precision ≥ 0.99 with the best smallest recall of a planted kind. Pairs are grouped by
 * their evidence first (the values are few), so each weight set is tried on a few hundred groups.
 */
export function weightGrid(
  pairs: readonly LabelledPair[],
  planted: ReadonlyMap<string, number>,
  p: DuplicateParameters,
) {
  const groups = new Map<string, { ev: Array<[string, number]>; kind: string; n: number }>();
  for (const pair of pairs) {
    const ev = Object.entries(pair.evidence).map(
      ([k, v]) => [k, Math.round(v * 1000) / 1000] as [string, number],
    );
    const key = pair.kind + JSON.stringify(ev);
    const g = groups.get(key);
    if (g) g.n++;
    else groups.set(key, { ev, kind: pair.kind, n: 1 });
  }
  const total = [...planted.values()].reduce((a, b) => a + b, 0);
  const results = [];
  for (const wn of steps(0.3, 0.8, 0.1))
    for (const wi of steps(0.1, 0.3, 0.05))
      for (const io of steps(0.6, 1, 0.1))
        for (const wp of steps(0.1, 0.4, 0.1))
          for (const wr of steps(0.1, 0.6, 0.1))
            for (const wh of steps(0.1, 0.6, 0.1)) {
              const w: Record<string, number> = {
                ...p.weights,
                name: wn,
                idNumber: wi,
                places: wp,
                relatives: wr,
                household: wh,
              };
              let found = 0;
              let tp = 0;
              let near = 0;
              const hit = new Map<string, number>();
              for (const g of groups.values()) {
                let s = 0;
                let t = 0;
                for (const [k, v0] of g.ev) {
                  const v = k === 'idNumber' && v0 > 0 && v0 < 1 ? io : v0;
                  const wk = k === 'places' && v < 1 ? w.placesDiffer! : w[k]!;
                  s += wk * v;
                  t += wk;
                }
                if (Math.abs(s / t - p.threshold) < 0.03) near += g.n;
                if (s / t < p.threshold - 1e-9) continue;
                found += g.n;
                if (g.kind !== 'false') {
                  tp += g.n;
                  hit.set(g.kind, (hit.get(g.kind) ?? 0) + g.n);
                }
              }
              const precision = found ? tp / found : 1;
              const minRecall = Math.min(...[...planted].map(([k, n]) => (hit.get(k) ?? 0) / n));
              results.push({ wn, wi, io, wp, wr, wh, precision, minRecall, recall: tp / total, near });
            }
  console.log('groups', groups.size, 'weight sets', results.length);
  for (const need of [0.99, 0.98, 0.95]) {
    const good = results.filter((r) => r.precision >= need);
    // Among the best, the fewest pairs within 0.03 of the threshold: the weights least sensitive to the sample.
    good.sort(
      (a, b) => b.minRecall - a.minRecall || b.precision - a.precision || a.near - b.near || a.wn - b.wn,
    );
    for (const r of good.slice(0, 6)) console.log(`grid ≥${need}`, JSON.stringify(r));
  }
}

/**
 * The common-name term: its weight, the count from which a name is common and the count from which it is fully so
 * (a step when equal), and which name of a pair is counted; each set judged on the city projected to `target`
 * persons. Kept: the sets that lose at most `maxLoss` of the recall and 3 × that of any planted kind's recall
 * against the term off; ranked by precision to three decimals (a chance pair found or not in the sample moves the
 * fourth), then by the fewest pairs near the threshold (the set least sensitive to the sample), then the smaller
 * weight.
 */
export function commonNameGrid(
  pairs: readonly LabelledPair[],
  planted: ReadonlyMap<string, number>,
  p: DuplicateParameters,
  target: number,
  maxLoss: number,
) {
  // The term only lowers a score: a pair below the threshold less the margin of `near` without it never counts.
  const off = { ...p, weights: { ...p.weights, commonName: 0 } };
  const base = figures(pairs, planted, off, target);
  const some = pairs.filter((x) => rescore(x, off) >= p.threshold - 0.03);
  const results = [];
  for (const rule of ['min', 'shorter', 'max'] as CountRule[])
    for (const weight of steps(0.05, 0.5, 0.025))
      for (const from of [25, 50, 75, 100, 150, 200, 300, 400, 600, 800])
        for (const ratio of [1, 2, 4, 8, 16, 32]) {
          const q = {
            ...p,
            weights: { ...p.weights, commonName: weight },
            commonName: { from, full: from * ratio },
          };
          const f = figures(some, planted, q, target, rule);
          const kindLoss = Math.max(
            ...Object.keys(base.recallByKind).map((k) => base.recallByKind[k]! - f.recallByKind[k]!),
          );
          results.push({ rule, weight, from, full: from * ratio, kindLoss: +kindLoss.toFixed(4), ...f });
        }
  const good = results.filter((r) => r.recall >= base.recall - maxLoss && r.kindLoss <= 3 * maxLoss);
  const p3 = (x: number) => Math.round(x * 1000);
  good.sort((a, b) => p3(b.precision) - p3(a.precision) || a.near - b.near || a.weight - b.weight);
  console.log(
    'common-name sets',
    results.length,
    'within the recall bounds',
    good.length,
    'max loss',
    maxLoss,
  );
  console.log('term off', JSON.stringify({ ...base, precisionByEvidence: undefined }));
  for (const r of good.slice(0, 12))
    console.log('common', JSON.stringify({ ...r, recallByKind: undefined, precisionByEvidence: undefined }));
  return good;
}
