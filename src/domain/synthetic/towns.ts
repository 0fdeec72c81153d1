// The synthetic city's geography: the 11 counties and 150 towns of the real tree, generated village and community
// units with urban-rural codes, and how many persons each town should hold.
import { COUNTIES, TOWNS, townsOf, type Town } from '../divisions/tree.ts';
import { generateUnits, type DivisionUnit } from '../divisions/units.ts';
import { isUrban } from '../codes/urban-rural.ts';
import type { DivisionRow } from '../exchange/columns.ts';
import type { Rng } from './prng.ts';
import { WeightedTable } from './prng.ts';
import { COUNTY_REGISTERED_WAN, TOWN_KIND_WEIGHT, UNITS_PER_TOWN, URBAN_SHARE } from './parameters.ts';

export interface TownPlan {
  town: Town;
  /** Active persons this town should hold. */
  target: number;
  /** Chance that a household of this town is registered in an urban (1xx) unit. */
  urbanShare: number;
  urban: WeightedTable<DivisionUnit> | null;
  rural: WeightedTable<DivisionUnit> | null;
  units: DivisionUnit[];
}

/** Units of every town (fixed, independent of the seed and the size): the statistical division table. */
export function syntheticUnits(town: Town): DivisionUnit[] {
  return generateUnits(town.code, UNITS_PER_TOWN[town.kind]);
}

/** The county seat 镇 of a county without 街道: its first 镇 by code. */
function isSeatTown(town: Town): boolean {
  if (town.kind !== '镇') return false;
  const siblings = townsOf(town.countyCode);
  if (siblings.some((t) => t.kind === '街道')) return false;
  return siblings.find((t) => t.kind === '镇')?.code === town.code;
}

function table(units: DivisionUnit[], rng: Rng): WeightedTable<DivisionUnit> | null {
  return units.length
    ? new WeightedTable(
        units,
        units.map(() => 0.4 + rng.next() * 1.2),
      )
    : null;
}

/** Every town with its share of `persons`, in code order. */
export function planTowns(persons: number, rng: Rng): TownPlan[] {
  const countyTotal = Object.values(COUNTY_REGISTERED_WAN).reduce((a, b) => a + b, 0);
  const plans: TownPlan[] = [];
  for (const county of COUNTIES.values()) {
    const countyTarget = (persons * (COUNTY_REGISTERED_WAN[county.code] ?? 0)) / countyTotal;
    const towns = townsOf(county.code);
    const weights = towns.map((t) => TOWN_KIND_WEIGHT[t.kind] * (0.7 + rng.next() * 0.6));
    const sum = weights.reduce((a, b) => a + b, 0);
    towns.forEach((town, i) => {
      const units = syntheticUnits(town);
      const urbanUnits = units.filter((u) => isUrban(u.urbanRuralCode));
      const ruralUnits = units.filter((u) => !isUrban(u.urbanRuralCode));
      const share = isSeatTown(town) ? URBAN_SHARE.seatTown : URBAN_SHARE[town.kind];
      plans.push({
        town,
        target: Math.round((countyTarget * weights[i]!) / sum),
        urbanShare: urbanUnits.length === 0 ? 0 : ruralUnits.length === 0 ? 1 : share,
        urban: table(urbanUnits, rng),
        rural: table(ruralUnits, rng),
        units,
      });
    });
  }
  return plans.sort((a, b) => (a.town.code < b.town.code ? -1 : 1));
}

/** divisions.csv: counties (6 digits), towns (9) and units (12, with their urban-rural code). */
export function syntheticDivisionRows(): DivisionRow[] {
  const rows: DivisionRow[] = [];
  for (const county of COUNTIES.values())
    rows.push({ code: county.code, name: county.name, urban_rural_code: '' });
  for (const town of TOWNS.values()) {
    rows.push({ code: town.code, name: town.name, urban_rural_code: '' });
    for (const u of syntheticUnits(town))
      rows.push({ code: u.code, name: u.name, urban_rural_code: u.urbanRuralCode });
  }
  return rows.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/** All urban units of the city, and those of each county: where in-city movers live. */
export function urbanDestinations(plans: TownPlan[], rng: Rng) {
  const byCounty = new Map<string, DivisionUnit[]>();
  for (const p of plans) {
    const list = byCounty.get(p.town.countyCode) ?? [];
    list.push(...p.units.filter((u) => isUrban(u.urbanRuralCode)));
    byCounty.set(p.town.countyCode, list);
  }
  const tables = new Map<string, WeightedTable<DivisionUnit> | null>();
  for (const [code, units] of byCounty) tables.set(code, table(units, rng));
  return tables;
}
