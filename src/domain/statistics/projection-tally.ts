// The projection's counting (issue 16, T1): each chunk of evaluated persons is decided by the batch engine twice
// (known facts, favourable facts: projection-facts.ts) and tallied per county — who would move their hukou to
// the urban unit where they live, which clauses that rests on, and why the others stay. Pure.
import { COUNTIES } from '../divisions/index.ts';
import { allocatePopulation, type Population } from '../policy/batch/population.ts';
import { BATCH_CLAUSES, batchTables, evaluateRows } from '../policy/batch/index.ts';
import type { BatchTables } from '../policy/batch/tables.ts';
import type { ParameterSet } from '../policy/parameters.ts';
import { TOWNS } from '../divisions/tree.ts';
import type { EngineFacts } from './projection-facts.ts';
import { ReasonCache, type UnmetReason } from './projection-reasons.ts';

export const PROJECTION_COUNTIES = [...COUNTIES.keys()];
const TOWN_CODES = [...TOWNS.keys()];
const TOWN_INDEX = new Map(TOWN_CODES.map((c, i) => [c, i]));
const ELIGIBLE = 0;
const REFER = 2;

/** Where a person's hukou is now (null: outside the city) and where it would be: county and urban or not. */
export interface Place {
  county: string;
  urban: boolean;
}

export interface EvaluatedRow {
  facts: EngineFacts;
  /** 'apart': 人户分离 in the register; 'permit': a residence-permit holder. */
  source: 'apart' | 'permit';
  from: Place | null;
  to: Place;
  birthDate: string;
}

/** Per county (PROJECTION_COUNTIES order): changes to registered and urban persons, and the outcomes. */
export interface CountyTally {
  registeredDelta: number;
  urbanDelta: number;
  /** The same changes if every unknown fact were favourable (the upper bound). */
  registeredDeltaUpper: number;
  urbanDeltaUpper: number;
  eligible: number;
  undetermined: number;
  referred: number;
  ineligible: number;
}

export interface ProjectionTally {
  counties: CountyTally[];
  evaluated: { apart: number; permitHolders: number };
  byClause: Map<string, number>;
  /** By reason code and whether it rests on an unknown fact. */
  reasons: Map<string, UnmetReason & { persons: number }>;
  /** Persons evaluated whose destination or hukou lies outside the 11 counties (not expected; counted, not lost). */
  unplaced: number;
}

export function emptyCountyTally(): CountyTally {
  return {
    registeredDelta: 0,
    urbanDelta: 0,
    registeredDeltaUpper: 0,
    urbanDeltaUpper: 0,
    eligible: 0,
    undetermined: 0,
    referred: 0,
    ineligible: 0,
  };
}

export function emptyTally(): ProjectionTally {
  return {
    counties: PROJECTION_COUNTIES.map(emptyCountyTally),
    evaluated: { apart: 0, permitHolders: 0 },
    byClause: new Map(),
    reasons: new Map(),
    unplaced: 0,
  };
}

/** The engine's state for one run: parameters resolved once for the day and the towns, and the reason cache. */
export interface ProjectionEngine {
  asOf: string;
  tables: BatchTables;
  reasons: ReasonCache;
}

export function projectionEngine(set: ParameterSet, asOf: string): ProjectionEngine {
  return {
    asOf,
    tables: batchTables(set, allocatePopulation(0, asOf, TOWN_CODES)),
    reasons: new ReasonCache(set),
  };
}

/** The rows as two populations: known facts, and the same with every unknown fact favourable. */
export function projectionPopulations(rows: readonly EvaluatedRow[], asOf: string): [Population, Population] {
  const known = allocatePopulation(rows.length, asOf, TOWN_CODES);
  const favourableFlags = new Uint32Array(rows.length);
  const favourableInsurance = new Uint8Array(rows.length);
  rows.forEach((r, i) => {
    const f = r.facts;
    known.basis[i] = f.basis;
    known.flags[i] = f.known;
    known.division[i] = TOWN_INDEX.get(f.town) ?? 0;
    known.kind[i] = f.kind;
    known.birth[i] = Number(r.birthDate.replaceAll('-', ''));
    known.permitYears[i] = f.permitYears;
    known.insuranceYears[i] = f.insuranceKnown;
    known.area[i] = Number.NaN;
    favourableFlags[i] = f.favourable;
    favourableInsurance[i] = f.insuranceFavourable;
  });
  return [known, { ...known, flags: favourableFlags, insuranceYears: favourableInsurance }];
}

const countyIndex = (code: string) => PROJECTION_COUNTIES.indexOf(code);

/** Decide a chunk and add it to the tally. */
export function tallyChunk(
  t: ProjectionTally,
  engine: ProjectionEngine,
  rows: readonly EvaluatedRow[],
): void {
  const [known, favourable] = projectionPopulations(rows, engine.asOf);
  const n = rows.length;
  const outK = new Uint8Array(n);
  const clK = new Uint16Array(n);
  const outF = new Uint8Array(n);
  const clF = new Uint16Array(n);
  evaluateRows(known, engine.tables, outK, clK);
  evaluateRows(favourable, engine.tables, outF, clF);
  for (let i = 0; i < n; i++) {
    const r = rows[i]!;
    if (r.source === 'apart') t.evaluated.apart++;
    else t.evaluated.permitHolders++;
    const to = countyIndex(r.to.county);
    const from = r.from ? countyIndex(r.from.county) : -1;
    if (to < 0 || (r.from && from < 0)) {
      t.unplaced++;
      continue;
    }
    const dest = t.counties[to]!;
    const move = (upper: boolean) => {
      const origin = from >= 0 ? t.counties[from]! : null;
      if (upper) {
        dest.registeredDeltaUpper++;
        dest.urbanDeltaUpper += r.to.urban ? 1 : 0;
        if (origin) origin.registeredDeltaUpper--;
        if (origin && r.from!.urban) origin.urbanDeltaUpper--;
        return;
      }
      dest.registeredDelta++;
      dest.urbanDelta += r.to.urban ? 1 : 0;
      if (origin) origin.registeredDelta--;
      if (origin && r.from!.urban) origin.urbanDelta--;
    };
    if (outF[i] === ELIGIBLE) move(true);
    if (outK[i] === ELIGIBLE) {
      dest.eligible++;
      move(false);
      addClauses(t.byClause, clK[i]!);
      continue;
    }
    if (outF[i] === ELIGIBLE) dest.undetermined++;
    else if (outF[i] === REFER) dest.referred++;
    else dest.ineligible++;
    const f = r.facts;
    const key = `${f.basis}|${f.known}|${f.favourable}|${f.town}|${f.kind}|${f.permitYears}|${f.insuranceKnown}|${f.insuranceFavourable}`;
    for (const reason of engine.reasons.reasonsOf(key, known, favourable, i)) {
      const id = `${reason.code}|${reason.unknown}`;
      const entry = t.reasons.get(id) ?? { ...reason, persons: 0 };
      entry.persons++;
      t.reasons.set(id, entry);
    }
  }
}

function addClauses(into: Map<string, number>, mask: number): void {
  BATCH_CLAUSES.forEach((clause, bit) => {
    if (mask & (1 << bit)) into.set(clause, (into.get(clause) ?? 0) + 1);
  });
}
