// Division names for documents and pages, from the domain's division tree ("昭阳区 凤凰街道").
import { CITY_NAME, divisionPath } from '../../domain/divisions/index.ts';
import { isInCity } from '../../domain/divisions/city.ts';

export function divisionName(code: string): string {
  const path = divisionPath(code);
  return path.length ? `${CITY_NAME}${path.join('')}` : code;
}

/** An origin inside 昭通 (5306…): the move-out is done here in the same transaction (one-stop). */
export function originInCity(divisionCode: string | null | undefined): boolean {
  return isInCity(divisionCode);
}

/** The public security bureau of a jurisdiction, as it signs: the city's, or a county's (a county approved). */
export function authorityName(jurisdiction: string): string {
  return jurisdiction.length >= 6 ? `${divisionName(jurisdiction.slice(0, 6))}公安局` : `${CITY_NAME}公安局`;
}
