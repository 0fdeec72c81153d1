// T3's trigger: the 彝良 county town may restrict settlement only after in-migrants exceed out-migrants.
// Pure counting over move records; the caller maps registry events (moved-in / moved-out with the
// household's division) to these records and supplies the county town's divisions from the parameters.
import { resolveParameter, type ParameterSet } from './parameters.ts';

export interface MoveRecord {
  /** ISO date (or timestamp) of the registry event. */
  date: string;
  /** Division code of the origin; null when unknown or from outside the register. */
  from: string | null;
  /** Division code of the destination; null when unknown or out of the register. */
  to: string | null;
}

export interface TriggerReport {
  clause: 'T3';
  area: { name: string; towns: string[] };
  period: { from: string; to: string };
  inMigrants: number;
  outMigrants: number;
  inExceedsOut: boolean;
  /** The plan's second condition (ecological fragility, capacity) is a judgement no count can make. */
  note: string;
}

function inArea(code: string | null, towns: readonly string[]): boolean {
  return code !== null && towns.some((t) => code.startsWith(t));
}

/**
 * Count moves across the area's boundary within [from, to): a move between its own 街道 is neither.
 * Half-open like every period in the policy data.
 */
export function countBoundaryMoves(
  moves: Iterable<MoveRecord>,
  towns: readonly string[],
  from: string,
  to: string,
) {
  let inMigrants = 0;
  let outMigrants = 0;
  for (const m of moves) {
    const day = m.date.slice(0, 10);
    if (day < from || day >= to) continue;
    const into = inArea(m.to, towns);
    const outOf = inArea(m.from, towns);
    if (into && !outOf) inMigrants++;
    else if (outOf && !into) outMigrants++;
  }
  return { inMigrants, outMigrants };
}

/** The county town's 街道 for a period; a period starting before the plan reads them as of its first day. */
export function t3CountyTown(set: ParameterSet, from: string): string[] {
  const first = set.parameters['t3.countyTown']?.values.map((v) => v.from).sort()[0] ?? from;
  return resolveParameter(set, 't3.countyTown', from < first ? first : from).value as string[];
}

export function t3TriggerReport(
  set: ParameterSet,
  moves: Iterable<MoveRecord>,
  from: string,
  to: string,
): TriggerReport {
  const towns = t3CountyTown(set, from);
  const { inMigrants, outMigrants } = countBoundaryMoves(moves, towns, from, to);
  return {
    clause: 'T3',
    area: { name: '彝良县城（角奎街道、发界街道）', towns },
    period: { from, to },
    inMigrants,
    outMigrants,
    inExceedsOut: inMigrants > outMigrants,
    note: '迁入人口大于迁出人口只是条件之一；生态和承载力不足需另行认定，并经市政府和省公安厅批准',
  };
}
