// The synthetic 昭通, streamed household by household: the same seed and size give the same rows. Pure: the
// file writing lives in src/jobs/generate/.
import { COUNTIES, FORMER_COUNTY_CODES } from '../divisions/tree.ts';
import { isUrban } from '../codes/urban-rural.ts';
import type {
  DeathRow,
  DivisionRow,
  EnlistmentRow,
  HouseholdRow,
  PersonRow,
  PlantedProblem,
} from '../exchange/columns.ts';
import { Rng, WeightedTable } from './prng.ts';
import { IdAllocator } from './ids.ts';
import { isoToDay } from './dates.ts';
import { composeFamily } from './family.ts';
import { buildMembers, type Built, type PeopleContext } from './people.ts';
import { planTowns, syntheticDivisionRows, urbanDestinations, type TownPlan } from './towns.ts';
import { addressFor, addCancelled, buildCollective, COLLECTIVE_HOUSEHOLD_CHANCE } from './extras.ts';
import {
  DEFAULT_PROBLEM_RATE,
  PROBLEM_CODES,
  plantHouseholdProblem,
  plantPersonProblems,
  type PlantContext,
  type ProblemRates,
} from './problems.ts';
import {
  DEFAULT_AS_OF,
  ETHNICITY_CODES_USED,
  ETHNICITY_WEIGHTS,
  FAMILY_SIZE_WEIGHTS,
  FAMILY_SIZES,
  OUTSIDE_BIRTH_CODES,
} from './parameters.ts';
import { CityStats } from './stats.ts';

export interface CityOptions {
  persons: number;
  seed: string;
  /** YYYY-MM-DD: the day the register is "as of" (ages, dates). */
  asOf?: string;
  rates?: Partial<ProblemRates>;
}

export interface HouseholdItem {
  household: HouseholdRow;
  persons: PersonRow[];
  deaths: DeathRow[];
  enlistments: EnlistmentRow[];
  problems: PlantedProblem[];
}

export function problemRates(partial: Partial<ProblemRates> = {}, all = DEFAULT_PROBLEM_RATE): ProblemRates {
  return Object.fromEntries(PROBLEM_CODES.map((c) => [c, partial[c] ?? all])) as ProblemRates;
}

export class SyntheticCity {
  readonly stats = new CityStats();
  private readonly rng: Rng;
  private readonly plans: TownPlan[];
  private readonly asOfDay: number;
  private readonly ids: IdAllocator;
  private readonly plant: PlantContext;
  private readonly sizes = new WeightedTable(FAMILY_SIZES, FAMILY_SIZE_WEIGHTS);
  private readonly ethnicity = new Map<string, WeightedTable<string>>();

  constructor(private readonly options: CityOptions) {
    this.rng = new Rng(`hukou-synthetic:${options.seed}`);
    this.plans = planTowns(options.persons, this.rng.fork('towns'));
    this.asOfDay = isoToDay(options.asOf ?? DEFAULT_AS_OF);
    this.ids = new IdAllocator([
      ...COUNTIES.keys(),
      ...Object.keys(FORMER_COUNTY_CODES),
      ...OUTSIDE_BIRTH_CODES,
    ]);
    this.plant = {
      rng: this.rng.fork('problems'),
      ids: this.ids,
      asOfDay: this.asOfDay,
      rates: problemRates(options.rates),
      pending: new Map(),
      pools: { recent: [], byCounty: new Map() },
      plantedIds: new Set(),
      problems: [],
      deaths: [],
      enlistments: [],
    };
  }

  divisions(): DivisionRow[] {
    return syntheticDivisionRows();
  }

  private ethnicityTable(countyCode: string) {
    let t = this.ethnicity.get(countyCode);
    if (!t)
      this.ethnicity.set(
        countyCode,
        (t = new WeightedTable(
          ETHNICITY_CODES_USED,
          ETHNICITY_WEIGHTS[countyCode] ?? ETHNICITY_WEIGHTS.default!,
        )),
      );
    return t;
  }

  *households(): Generator<HouseholdItem> {
    const rng = this.rng;
    const destinations = urbanDestinations(this.plans, rng.fork('destinations'));
    for (const plan of this.plans) {
      const unitSerial = new Map<string, number>();
      const lastFamily = new Map<string, HouseholdRow>();
      let made = 0;
      let serial = 0;
      while (made < plan.target) {
        const urban = rng.chance(plan.urbanShare);
        const unit = (urban ? plan.urban : plan.rural)!.draw(rng);
        const k = unitSerial.get(unit.code) ?? 0;
        unitSerial.set(unit.code, k + 1);
        const householdNo = `${plan.town.code}${String(++serial).padStart(6, '0')}`;
        const ctx: PeopleContext = {
          rng,
          ids: this.ids,
          asOfDay: this.asOfDay,
          countyCode: plan.town.countyCode,
          urbanHukou: isUrban(unit.urbanRuralCode),
          unitCode: unit.code,
          destinations,
        };
        const ethnicity = this.ethnicityTable(plan.town.countyCode).draw(rng);
        const collective = ctx.urbanHukou && rng.chance(COLLECTIVE_HOUSEHOLD_CHANCE);
        const built: { kind: string; members: Built[] } = collective
          ? buildCollective(ctx, householdNo, () => this.ethnicityTable(plan.town.countyCode).draw(rng))
          : {
              kind: 'family',
              members: buildMembers(ctx, composeFamily(rng, this.sizes.draw(rng)), householdNo, ethnicity),
            };
        const members = built.members;
        const headDay = members[0]!.day;
        const household: HouseholdRow = {
          household_no: householdNo,
          kind: built.kind,
          division_code: unit.code,
          address: addressFor(unit, k, rng),
          created_on: '',
        };
        household.created_on = createdOn(rng, headDay, this.asOfDay, collective);
        const plant = this.plant;
        plant.problems = [];
        plant.deaths = [];
        plant.enlistments = [];
        addCancelled(ctx, members, plant.deaths, plant.enlistments);
        plantPersonProblems(plant, members, built);
        if (!collective) {
          plantHouseholdProblem(plant, household, members, lastFamily.get(unit.code));
          lastFamily.set(unit.code, household);
        }
        const persons = members.map((m) => m.row);
        made += this.stats.add(household, persons, ctx.urbanHukou);
        yield {
          household,
          persons,
          deaths: plant.deaths,
          enlistments: plant.enlistments,
          problems: plant.problems,
        };
      }
    }
  }
}

/** A household is registered when its head came of age (or, for a collective, some years back). */
function createdOn(rng: Rng, headDay: number, asOfDay: number, collective: boolean): string {
  const earliest = Math.max(isoToDay('1958-01-09'), collective ? asOfDay - 365 * 30 : headDay + 365 * 18);
  const day = earliest >= asOfDay ? asOfDay : rng.int(earliest, Math.min(asOfDay, earliest + 365 * 12));
  return new Date(Date.UTC(1900, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
}
