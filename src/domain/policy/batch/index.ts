// Batch evaluation of a whole population: resolve the parameters once, decide every row, count.
import type { ParameterSet } from '../parameters.ts';
import { accumulate, countyOfDivision, countsToJson, emptyCounts } from './counts.ts';
import { evaluateRows } from './evaluate.ts';
import type { Population } from './population.ts';
import { batchTables } from './tables.ts';

export { generatePopulation, populationGenerator } from './generate.ts';
export { decodeCase, type Population } from './population.ts';
export { BATCH_CLAUSES, OUTCOMES, evaluateRows } from './evaluate.ts';
export { batchTables } from './tables.ts';

export interface BatchResult {
  outcome: Uint8Array;
  clauses: Uint16Array;
}

/** Decide every row; per-row results for callers that need them (the differential test). */
export function evaluatePopulation(p: Population, set: ParameterSet): BatchResult {
  const outcome = new Uint8Array(p.size);
  const clauses = new Uint16Array(p.size);
  evaluateRows(p, batchTables(set, p), outcome, clauses);
  return { outcome, clauses };
}

/** Decide and count per county × outcome × clause, in chunks so a caller can report progress between them. */
export async function countPopulation(
  p: Population,
  set: ParameterSet,
  onProgress?: (done: number) => Promise<void> | void,
  chunk = 500_000,
) {
  const tables = batchTables(set, p);
  const countyOf = countyOfDivision(p);
  const counts = emptyCounts();
  const outcome = new Uint8Array(Math.min(chunk, p.size));
  const clauses = new Uint16Array(Math.min(chunk, p.size));
  for (let from = 0; from < p.size; from += chunk) {
    const to = Math.min(p.size, from + chunk);
    evaluateRows(p, tables, outcome, clauses, from, to);
    accumulate(counts, p, countyOf, outcome, clauses, from, to);
    await onProgress?.(to);
  }
  return countsToJson(counts);
}
