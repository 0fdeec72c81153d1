// How a user's role and jurisdiction read in the chosen language (header and dashboard share these).
import type { SessionUser } from '../api/auth.ts';
import type { Translate } from '../i18n/index.tsx';

export function roleLabel(t: Translate, user: SessionUser): string {
  return t(`role.${user.role}`);
}

/** The division level follows from the code length (4 city, 6 county, 9 town); names come with the division module. */
export function jurisdictionLabel(t: Translate, user: SessionUser): string {
  const code = user.jurisdiction;
  if (!code) return t('division.none');
  const key = code.length === 4 ? 'division.city' : code.length === 6 ? 'division.county' : code.length === 9 ? 'division.town' : 'division.other';
  return t(key, { code });
}
