// How the permit pages put the API's codes into words: what a right still needs (the contract's `needs` record,
// e.g. { continuousResidenceYears: 5 } → 需连续居住满5年), events, and states. Pure, so it is tested alone.
import type { Translate } from '../../i18n/index.tsx';
import type { MessageKey } from '../../i18n/zh-CN.ts';
import type { permitsZhCN } from '../../i18n/permits/permits.zh-CN.ts';

type PermitsKey = keyof typeof permitsZhCN;

/** The words of one need; a need this page does not know yet is still shown, by its code. */
function needText(t: Translate, name: string, value: number | boolean): string {
  const key = `permits.needs.${name}` as PermitsKey;
  const known: readonly string[] = [
    'validPermit',
    'continuousResidenceYears',
    'socialInsuranceYears',
    'continuousSchoolingYears',
  ];
  if (!known.includes(name)) return t('permits.needs.other', { name: `${name} ${String(value)}` });
  return t(key, { n: typeof value === 'number' ? value : '' });
}

/** All that a right still needs, in words, joined; '' when nothing is needed. */
export function needsText(t: Translate, needs: Record<string, number | boolean> | undefined): string {
  if (!needs) return '';
  return Object.entries(needs)
    .filter(([, v]) => v !== false)
    .map(([name, value]) => needText(t, name, value))
    .join(t('permits.needs.separator'));
}

/** The label of a catalog key built from a code, or the code itself when the catalog has no such key. */
export function codeLabel(t: Translate, prefix: string, code: string): string {
  const key = `${prefix}${code}` as MessageKey;
  const text = t(key);
  // t() of an unknown key gives undefined at run time (the catalogs are typed, the codes come from the server).
  return typeof text === 'string' ? text : code;
}

/** An event's action in words: a permit action, a registration step, or the server's own name for it. */
export function eventLabel(t: Translate, action: string): string {
  for (const prefix of ['permits.action.', 'permits.event.']) {
    const text = codeLabel(t, prefix, action);
    if (text !== action) return text;
  }
  return action;
}

/** Today in local time as YYYY-MM-DD (the clerk's day, as date inputs show it). */
export function localToday(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
