// Counts per county × outcome × clause from per-row batch results, and their JSON form.
import { COUNTIES } from '../../divisions/index.ts';
import { BATCH_CLAUSES, OUTCOMES } from './evaluate.ts';
import type { Population } from './population.ts';

export const COUNTY_CODES = [...COUNTIES.keys()];
const NC = BATCH_CLAUSES.length;
const NO = OUTCOMES.length;

export interface BatchCounts {
  /** [county][outcome] cases. */
  cases: Uint32Array;
  /** [county][outcome][clause] cases whose outcome cites the clause. */
  byClause: Uint32Array;
}

export function emptyCounts(): BatchCounts {
  return {
    cases: new Uint32Array(COUNTY_CODES.length * NO),
    byClause: new Uint32Array(COUNTY_CODES.length * NO * NC),
  };
}

/** The county index of each destination division of a population. */
export function countyOfDivision(p: Population): Uint8Array {
  return Uint8Array.from(p.divisions, (code) => Math.max(0, COUNTY_CODES.indexOf(code.slice(0, 6))));
}

/** Add rows [from, to) whose results sit at outcome[i - from], clauses[i - from]. */
export function accumulate(
  into: BatchCounts,
  p: Population,
  countyOf: Uint8Array,
  outcome: Uint8Array,
  clauses: Uint16Array,
  from = 0,
  to = p.size,
): void {
  const { cases, byClause } = into;
  for (let i = from; i < to; i++) {
    const cell = countyOf[p.division[i]!]! * NO + outcome[i - from]!;
    cases[cell]!++;
    let mask = clauses[i - from]!;
    const base = cell * NC;
    while (mask) {
      const bit = 31 - Math.clz32(mask);
      byClause[base + bit]!++;
      mask &= ~(1 << bit);
    }
  }
}

export interface CountyCounts {
  county: string;
  name: string;
  total: number;
  outcomes: Record<string, { cases: number; clauses: Record<string, number> }>;
}

export function countsToJson(c: BatchCounts): {
  total: number;
  outcomes: Record<string, number>;
  counties: CountyCounts[];
} {
  const outcomesTotal: Record<string, number> = Object.fromEntries(OUTCOMES.map((o) => [o, 0]));
  const counties = COUNTY_CODES.map((code, ci) => {
    const outcomes: CountyCounts['outcomes'] = {};
    let total = 0;
    OUTCOMES.forEach((o, oi) => {
      const cell = ci * NO + oi;
      const clauses: Record<string, number> = {};
      BATCH_CLAUSES.forEach((cl, k) => {
        if (c.byClause[cell * NC + k]) clauses[cl] = c.byClause[cell * NC + k]!;
      });
      outcomes[o] = { cases: c.cases[cell]!, clauses };
      total += c.cases[cell]!;
      outcomesTotal[o]! += c.cases[cell]!;
    });
    return { county: code, name: COUNTIES.get(code)!.name, total, outcomes };
  });
  return { total: counties.reduce((s, x) => s + x.total, 0), outcomes: outcomesTotal, counties };
}
