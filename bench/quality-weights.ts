// Where the probable-duplicate weights come from: a generated city held in memory (no database), every candidate
// pair of one birth date and sex scored with its households, labelled by the ground truth, then
//   1. the distribution of each piece of evidence among planted duplicates and among other pairs, and
//   2. precision and recall (overall, per planted kind, per evidence kind) at the parameters in force.
//   node --import tsx bench/quality-weights.ts --persons 1000000 [--seed 2017] [--floor 0.5]
// Figures go to docs/PERFORMANCE.md (Quality, issue 18) and the reasons beside the weights in quality.yaml.
import { SyntheticCity } from '../src/domain/synthetic/city.ts';
import {
  duplicateFigures,
  findDuplicates,
  qualityParameters,
  type CandidateRow,
  type Finding,
  type PlantedProblem,
} from '../src/domain/quality/index.ts';
import { loadPolicy } from '../src/policy-data/load.ts';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const persons = Number(arg('persons', '100000'));
const seed = arg('seed', '2017');
const floor = Number(arg('floor', '0.5'));

const city = new SyntheticCity({ persons, seed });
const rows: CandidateRow[] = [];
const planted: PlantedProblem[] = [];
for (const item of city.households()) {
  const active = item.persons.filter((p) => p.status === 'active');
  for (const p of active)
    rows.push({
      personId: p.id_number + '@' + p.household_no,
      idNumber: p.id_number,
      name: p.name,
      sex: p.sex,
      birthDate: p.birth_date,
      ethnicity: p.ethnicity,
      formerType: p.former_type || null,
      householdNo: p.household_no,
      relation: p.relation,
      countyCode: p.household_no.slice(0, 6),
      householdSize: active.length,
      householdKind: item.household.kind,
      relativeNames: active.filter((x) => x !== p).map((x) => x.name),
    });
  planted.push(...item.problems);
}
const p = qualityParameters(loadPolicy().parameters, '2023-01-02').duplicate;
const low = { ...p, threshold: floor };
const { findings, comparedPairs } = findDuplicates(rows, low);
const truth = new Set(
  planted.filter((x) => x.code === 'probable-duplicate').map((x) => [...x.idNumbers].sort().join('|')),
);
const isTrue = (f: Finding) => truth.has([...f.idNumbers].sort().join('|'));

// 1. Evidence distributions: each feature's value (or "absent") among true pairs and other pairs above the floor.
const dist: Record<string, Record<string, [number, number]>> = {};
for (const f of findings) {
  const ev = f.detail.evidence as Record<string, number>;
  for (const k of ['name', 'birthDate', 'idNumber', 'places', 'relatives', 'household']) {
    const v = ev[k] === undefined ? 'absent' : ev[k]!.toFixed(2);
    const cell = ((dist[k] ??= {})[v] ??= [0, 0]);
    cell[isTrue(f) ? 0 : 1]++;
  }
}
// How common each name is in the city: namesakes of one birth date grow with the square of a name's count.
const nameCount = new Map<string, number>();
for (const r of rows) if (r.name) nameCount.set(r.name, (nameCount.get(r.name) ?? 0) + 1);
const bucket = (n: number) => [1, 2, 5, 10, 20, 50, 100, 200, 500].find((b) => n <= b) ?? 'more';
for (const f of findings) {
  const names = f.detail.names as string[];
  const n = Math.max(...names.map((x) => nameCount.get(x) ?? 0));
  const cell = ((dist.nameCount ??= {})[`≤${bucket(n)}`] ??= [0, 0]) as [number, number];
  cell[isTrue(f) ? 0 : 1]++;
}
console.log(JSON.stringify({ persons: rows.length, comparedPairs, floor, aboveFloor: findings.length }));
console.log('evidence value: [planted duplicates, other pairs] among pairs scoring ≥ floor');
for (const [k, values] of Object.entries(dist)) console.log(k, JSON.stringify(values));

// 2. At the threshold in force.
const kept = findings.filter((f) => (f.detail.score as number) >= p.threshold);
const tp = kept.filter(isTrue).length;
console.log(
  JSON.stringify(
    {
      threshold: p.threshold,
      found: kept.length,
      truePositives: tp,
      planted: truth.size,
      precision: +(tp / kept.length).toFixed(4),
      recall: +(tp / truth.size).toFixed(4),
      ...duplicateFigures(planted, kept),
    },
    null,
    1,
  ),
);
const fps = kept.filter((f) => !isTrue(f)).slice(0, 8);
for (const f of fps) console.log('false', JSON.stringify({ ids: f.idNumbers, d: f.detail }));

// 3. --grid: the weights that keep precision ≥ 0.99 with the best smallest recall of a planted kind, each pair
// rescored from its evidence (a weighted mean of the evidence that is there, as scorePair computes it). Pairs are
// grouped by their evidence first (the values are few), so each weight set is tried on a few hundred groups.
if (process.argv.includes('--grid')) {
  const kindOf = new Map(
    planted
      .filter((x) => x.code === 'probable-duplicate')
      .map((x) => [[...x.idNumbers].sort().join('|'), x.kind ?? '']),
  );
  const kinds = [...new Set(kindOf.values())];
  const groups = new Map<string, { ev: Array<[string, number]>; kind: string; n: number }>();
  for (const f of findings) {
    const kind = kindOf.get([...f.idNumbers].sort().join('|')) ?? 'false';
    const ev = Object.entries(f.detail.evidence as Record<string, number>).map(
      ([k, v]) => [k, Math.round(v * 1000) / 1000] as [string, number],
    );
    const key = kind + JSON.stringify(ev);
    const g = groups.get(key);
    if (g) g.n++;
    else groups.set(key, { ev, kind, n: 1 });
  }
  const total = new Map(kinds.map((k) => [k, [...kindOf.values()].filter((v) => v === k).length]));
  const steps = (a: number, b: number, d: number) =>
    Array.from({ length: Math.round((b - a) / d) + 1 }, (_, i) => +(a + i * d).toFixed(2));
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
              const minRecall = Math.min(...kinds.map((k) => (hit.get(k) ?? 0) / total.get(k)!));
              results.push({ wn, wi, io, wp, wr, wh, precision, minRecall, recall: tp / truth.size, near });
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
