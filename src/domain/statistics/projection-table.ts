// The projection as one table (CSV): a line per county and one for the city, the figures a spreadsheet needs.
// Rates as fractions 0..1, empty where the denominator is 0. Pure.
import { CITY_CODE, CITY_NAME } from '../divisions/index.ts';
import type { ProjectionOutput } from './schema.ts';

export const PROJECTION_COLUMNS = [
  'code',
  'name',
  'registered',
  'urbanization_registered',
  'urbanization_projected',
  'urbanization_upper',
  'eligible',
  'undetermined',
  'referred',
  'ineligible',
  'meets_target',
] as const;

type Line = ProjectionOutput['city'] & { code: string; name: string; meetsTarget: boolean };

const fraction = (r: number | null) => (r === null ? '' : String(r));

export function projectionTable(o: ProjectionOutput): string[][] {
  const line = (x: Line) => [
    x.code,
    x.name,
    String(x.registered),
    fraction(x.urbanization.registered),
    fraction(x.urbanization.projected),
    fraction(x.urbanization.upper),
    String(x.eligible),
    String(x.undetermined),
    String(x.referred),
    String(x.ineligible),
    x.meetsTarget ? 'true' : 'false',
  ];
  const projected = o.city.urbanization.projected;
  const city = {
    ...o.city,
    code: CITY_CODE,
    name: CITY_NAME,
    meetsTarget: projected !== null && projected >= o.target.registered,
  };
  return [[...PROJECTION_COLUMNS], ...o.counties.map(line), line(city)];
}
