// How a user's role and jurisdiction read in the chosen language (header and dashboard share these).
import { CITY_CODE, CITY_COUNTY_CODE, CITY_NAME } from '../../../src/domain/divisions/city.ts';
import { divisionPath } from '../../../src/domain/divisions/tree.ts';
import type { SessionUser } from '../api/auth.ts';
import type { Translate } from '../i18n/index.tsx';

export function roleLabel(t: Translate, user: SessionUser): string {
  return t(`role.${user.role}`);
}

/** "昭阳区 凤凰街道（530602001）": names from the domain's division tree (place names stay in Chinese). */
export function jurisdictionLabel(t: Translate, user: SessionUser): string {
  const code = user.jurisdiction;
  if (!code) return t('division.none');
  const names = code === CITY_CODE || code === CITY_COUNTY_CODE ? [CITY_NAME] : divisionPath(code);
  return names.length > 0
    ? t('division.named', { name: names.join(' '), code })
    : t('division.unknown', { code });
}
