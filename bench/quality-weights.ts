// Where the probable-duplicate weights come from: generated cities held in memory (no database), every candidate
// pair of one birth date and sex scored with its households, labelled by the ground truth, then
//   1. the distribution of each piece of evidence among planted duplicates and among other pairs,
//   2. precision and recall (overall, per planted kind, per evidence kind) at the parameters in force and with the
//      common-name term off, in the cities generated and projected to a larger one (--project N),
//   3. --grid: the evidence weights; --common-grid: the common-name term (weight, from, full), judged projected.
//   node --import tsx bench/quality-weights.ts --persons 1000000 [--seeds 2017,2018] [--floor 0.5]
//     [--project 6500000] [--grid] [--common-grid] [--pairs FILE]
// Several seeds are several independent cities of --persons each (more pairs, never a larger city). Projection: a
// city s times larger holds each name s times as often, s times the planted duplicates and s² times the chance
// pairs of namesakes (each birth-date block s times fuller); checked against the 6.5 M scan (docs/PERFORMANCE.md).
// Figures go to docs/PERFORMANCE.md (Quality, issue 18) and the reasons beside the weights in quality.yaml.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { qualityParameters } from '../src/domain/quality/index.ts';
import { loadPolicy } from '../src/policy-data/load.ts';
import { cityPairs, countOf, figures, rescore, type LabelledPair } from './quality-weights-pairs.ts';
import { commonNameGrid, weightGrid } from './quality-weights-grid.ts';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const persons = Number(arg('persons', '100000'));
const seeds = arg('seeds', arg('seed', '2017')).split(',');
const floor = Number(arg('floor', '0.5'));
const project = process.argv.includes('--project') ? Number(arg('project', '6500000')) : null;

const p = qualityParameters(loadPolicy().parameters, '2023-01-02').duplicate;
const off = { ...p, weights: { ...p.weights, commonName: 0 } };
let pairs: LabelledPair[] = [];
let planted = new Map<string, number>();
// --pairs FILE: the labelled pairs kept from an earlier run of the same cities (they do not depend on the weights
// of the common-name term, which is off when they are found), so the grids can be run again in seconds.
const saved = process.argv.includes('--pairs') ? arg('pairs', '') : null;
if (saved && existsSync(saved)) {
  const data = JSON.parse(readFileSync(saved, 'utf8')) as {
    seeds: string[];
    pairs: LabelledPair[];
    planted: [string, number][];
  };
  seeds.splice(0, seeds.length, ...data.seeds);
  pairs = data.pairs;
  planted = new Map(data.planted);
} else {
  for (const seed of seeds) {
    const c = cityPairs(persons, seed, p, floor);
    for (const x of c.pairs) pairs.push(x);
    for (const [k, n] of c.planted) planted.set(k, (planted.get(k) ?? 0) + n);
    console.log(
      JSON.stringify({
        seed,
        persons: c.persons,
        comparedPairs: c.comparedPairs,
        aboveFloor: c.pairs.length,
      }),
    );
  }
  if (saved) writeFileSync(saved, JSON.stringify({ seeds, pairs, planted: [...planted] }));
}

// 1. Evidence distributions: each item's value (or "absent") among planted and other pairs above the floor, and
// how common the pair's (rarer) name is, among all pairs and among those at the threshold without the term.
const dist: Record<string, Record<string, [number, number]>> = {};
const bucket = (n: number) => [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000].find((b) => n <= b) ?? 'more';
for (const x of pairs) {
  const cell = (k: string, v: string) => ((dist[k] ??= {})[v] ??= [0, 0])[x.kind === 'false' ? 1 : 0]++;
  for (const k of ['name', 'birthDate', 'idNumber', 'places', 'relatives', 'household'])
    cell(k, x.evidence[k] === undefined ? 'absent' : x.evidence[k]!.toFixed(2));
  cell('nameCount', `≤${bucket(countOf(x, 'min'))}`);
  if (rescore(x, off) >= p.threshold) cell('nameCount ≥ threshold', `≤${bucket(countOf(x, 'min'))}`);
}
console.log(JSON.stringify({ cities: seeds.length, persons, floor, pairs: pairs.length }));
console.log(
  'evidence value: [planted duplicates, other pairs] among pairs scoring ≥ floor (common-name term off)',
);
for (const [k, values] of Object.entries(dist)) console.log(k, JSON.stringify(values));

// 2. At the parameters in force, and with the common-name term off; as generated and projected.
const show = (label: string, q: typeof p, target: number | null) =>
  console.log(label, JSON.stringify(figures(pairs, planted, q, target)));
show('term off, as generated', off, null);
show('in force, as generated', p, null);
if (project) {
  show(`term off, projected to ${project}`, off, project);
  show(`in force, projected to ${project}`, p, project);
}
const label = (x: LabelledPair) =>
  JSON.stringify({ kind: x.kind, names: x.names, counts: x.counts, ev: x.evidence });
// The pairs the term changes: chance pairs it removes or keeps, planted ones it loses (as generated; projected).
const scale = (x: LabelledPair) => (project ? project / x.city : 1);
const at = project ? ` at ${project}` : '';
for (const x of pairs.filter((y) => y.kind === 'false' && rescore(y, off) >= p.threshold)) {
  const s = rescore(x, p, scale(x));
  console.log(`false${at}, ${s >= p.threshold ? 'kept' : 'removed'}`, rescore(x, off), s, label(x));
}
for (const x of pairs.filter((y) => y.kind !== 'false' && rescore(y, off) >= p.threshold)) {
  const s = rescore(x, p, scale(x));
  if (s < p.threshold) console.log(`planted${at}, lost`, rescore(x, off), s, label(x));
}

// 3. Grids.
if (process.argv.includes('--grid')) weightGrid(pairs, planted, off);
// --max-loss: what the term may cost in recall against the term off (default 0.005; 3 × that for a kind).
if (process.argv.includes('--common-grid'))
  commonNameGrid(pairs, planted, p, project ?? persons, Number(arg('max-loss', '0.005')));
