// One explained settlement decision in process (budget: p99 ≤ 2 ms): validation with the zod schema,
// all rules, reasons, materials and the full trace with parameter sources.
// Run: node --import tsx bench/policy-explain.ts [iterations=20000]
// Inputs: 1,000 random cases of the synthetic generator (every basis), cycled; 2,000 warm-up decisions first.
import { decodeCase, generatePopulation } from '../src/domain/policy/batch/index.ts';
import { evaluateSettlement } from '../src/domain/policy/decide.ts';
import { loadParameterSet } from '../src/policy-data/load.ts';

const iterations = Number(process.argv[2] ?? 20_000);
const set = loadParameterSet();
const population = generatePopulation(1_000, 42, '2017-06-01');
const cases = Array.from({ length: population.size }, (_, i) => decodeCase(population, i));

for (let i = 0; i < 2_000; i++) evaluateSettlement(cases[i % cases.length], set, { explain: true });

const times = new Float64Array(iterations);
let traced = 0;
for (let i = 0; i < iterations; i++) {
  const t = performance.now();
  const d = evaluateSettlement(cases[i % cases.length], set, { explain: true });
  times[i] = performance.now() - t;
  traced += d.trace!.length;
}
times.sort();
const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!;
console.log(
  `${iterations.toLocaleString()} explained decisions, ${(traced / iterations).toFixed(1)} trace entries each`,
);
console.log(
  `p50 ${(q(0.5) * 1000).toFixed(0)} µs, p90 ${(q(0.9) * 1000).toFixed(0)} µs, p99 ${(q(0.99) * 1000).toFixed(0)} µs, max ${(q(1) * 1000).toFixed(0)} µs`,
);
