// The levels of a dashboard view, by code: the city 5306 ⊃ a county (6 digits) ⊃ a town (9 digits).
import { CITY_CODE } from '../../../../src/domain/divisions/city.ts';

/** The codes from the city down to the scope: 5306, 530628, 530628100 (the breadcrumb's steps). */
export function scopeTrail(scope: string): string[] {
  return [CITY_CODE, scope.slice(0, 6), scope.slice(0, 9)].filter(
    (code, i, all) => code.length <= scope.length && all.indexOf(code) === i,
  );
}
