// What a form sends: an optional field left empty is absent from the request, not "" (the server's schemas refuse
// "" where a value must have a form, e.g. an ID number). And "today" as the server counts it (China's calendar
// day, src/domain/applications/deadlines.ts), so a birth date the form lets through the server does not refuse.
import { localDate } from '../../../src/domain/applications/deadlines.ts';

export function localToday(now = new Date()): string {
  return localDate(now);
}

/** A copy without empty strings, blank strings and undefined, at every depth (arrays keep their length). */
export function withoutEmpty<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v) => withoutEmpty(v as unknown)) as T;
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (v === undefined || (typeof v === 'string' && v.trim() === '')) continue;
    out[k] = withoutEmpty(v as unknown);
  }
  return out as T;
}
