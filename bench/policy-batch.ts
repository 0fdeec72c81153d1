// Batch settlement rules over an in-memory columnar population (budget: 5,000,000 cases ≤ 2 s).
// Run: node --import tsx bench/policy-batch.ts [size=5000000] [runs=5]
// Generation is not timed (the budget says "data already in memory"); decide + count per county × outcome ×
// clause is, as one pass. Also times the decide pass alone into per-row arrays.
import { countPopulation, evaluatePopulation, generatePopulation } from '../src/domain/policy/batch/index.ts';
import { loadParameterSet } from '../src/policy-data/load.ts';

const size = Number(process.argv[2] ?? 5_000_000);
const runs = Number(process.argv[3] ?? 5);
const set = loadParameterSet();

let t = performance.now();
const population = generatePopulation(size, 20170310, '2017-06-01');
console.log(
  `generated ${size.toLocaleString()} cases in ${((performance.now() - t) / 1000).toFixed(2)} s (not part of the budget)`,
);

const countTimes: number[] = [];
const decideTimes: number[] = [];
let summary: Awaited<ReturnType<typeof countPopulation>> | null = null;
for (let r = 0; r < runs; r++) {
  t = performance.now();
  summary = await countPopulation(population, set, undefined, size);
  countTimes.push(performance.now() - t);
  t = performance.now();
  evaluatePopulation(population, set);
  decideTimes.push(performance.now() - t);
}
const fmt = (xs: number[]) =>
  `median ${(xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]! / 1000).toFixed(3)} s, best ${(xs[0]! / 1000).toFixed(3)} s`;
console.log(`decide + count (${runs} runs): ${fmt(countTimes)}`);
console.log(`decide only     (${runs} runs): ${fmt(decideTimes)}`);
console.log(`outcomes: ${JSON.stringify(summary!.outcomes)} of ${summary!.total.toLocaleString()}`);
