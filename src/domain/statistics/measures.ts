// From a day's figure table (cells.ts) to the answers of /api/v1/stats: a scope's headline figures with its
// children (the city's 11 counties, a county's towns), and the registered population's structure. Pure.
import { ETHNICITY_CODES } from '../codes/ethnicity.ts';
import { CITY_CODE, CITY_NAME } from '../divisions/city.ts';
import { COUNTIES, TOWNS, townsOf } from '../divisions/tree.ts';
import { AGE_BANDS, rate, residents, sumTowns, type DayFigures, type TownFigures } from './cells.ts';
import type { AreaFigures, ScopeLevel, StructureOutput, SummaryOutput } from './schema.ts';

export interface ScopeRef {
  code: string;
  name: string;
  level: ScopeLevel;
}

/** The scope a code names, or null when no such county or town exists. */
export function scopeOf(code: string): ScopeRef | null {
  if (code === CITY_CODE) return { code, name: CITY_NAME, level: 'city' };
  if (code.length === 6) {
    const c = COUNTIES.get(code);
    return c ? { code, name: c.name, level: 'county' } : null;
  }
  const t = TOWNS.get(code);
  return t ? { code, name: t.name, level: 'town' } : null;
}

/** The areas one level down: the counties of the city, the towns of a county, none for a town. */
export function childrenOf(scope: ScopeRef): ScopeRef[] {
  if (scope.level === 'city')
    return [...COUNTIES.values()].map((c) => ({ code: c.code, name: c.name, level: 'county' }));
  if (scope.level === 'county')
    return townsOf(scope.code).map((t) => ({ code: t.code, name: t.name, level: 'town' }));
  return [];
}

export function areaOf(scope: ScopeRef, t: TownFigures): AreaFigures {
  const r = residents(t);
  return {
    ...scope,
    registered: { persons: t.registered, households: t.households },
    residents: { persons: r },
    urbanization: { resident: rate(t.residentUrban, r), registered: rate(t.registeredUrban, t.registered) },
  };
}

/** The scope's figures, its children's, and how its residents are made up. */
export function summarize(
  figures: DayFigures,
  scope: ScopeRef,
): Omit<SummaryOutput, 'asOf' | 'computedAt' | 'source' | 'target'> {
  const t = sumTowns(figures, scope.code);
  const children = childrenOf(scope).map((c) => areaOf(c, sumTowns(figures, c.code)));
  return {
    ...areaOf(scope, t),
    residentsBy: { present: t.present, movedWithinCity: t.movedIn, fromOutside: t.fromOutside },
    awayFromCity: t.awayFromCity,
    ...(scope.level === 'city'
      ? { counties: children }
      : scope.level === 'county'
        ? { towns: children }
        : {}),
  };
}

export function bandLabel(band: number): string {
  return band === AGE_BANDS - 1 ? `${band * 5}+` : `${band * 5}-${band * 5 + 4}`;
}

/** Age pyramid, sex ratio, ethnicities and households of the registered population of a scope. */
export function structureOf(
  figures: DayFigures,
  scope: ScopeRef,
): Omit<StructureOutput, 'asOf' | 'computedAt' | 'source'> {
  const t = sumTowns(figures, scope.code);
  const males = t.male.reduce((a, b) => a + b, 0);
  const females = t.female.reduce((a, b) => a + b, 0);
  const pyramid = t.male.map((male, band) => ({ band: bandLabel(band), male, female: t.female[band]! }));
  const ethnicities = Object.entries(t.ethnicities)
    .map(([code, persons]) => ({ code, name: ETHNICITY_CODES[code] ?? code, persons }))
    .sort((a, b) => b.persons - a.persons || a.code.localeCompare(b.code));
  return {
    scope,
    pyramid,
    sexRatio: females === 0 ? null : (males / females) * 100,
    ethnicities,
    households: {
      family: t.families,
      collective: t.households - t.families,
      personsPerFamily: t.families === 0 ? null : t.familyMembers / t.families,
    },
  };
}
