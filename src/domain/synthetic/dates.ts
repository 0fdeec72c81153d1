// Day arithmetic for synthetic data: days since 1900-01-01 (UTC) ↔ 'YYYY-MM-DD', with a cache of the strings.

const EPOCH = Date.UTC(1900, 0, 1);
const DAY_MS = 86_400_000;
export const MAX_DAY = 50_000; // 2036

const cache: string[] = [];

export function dayToIso(day: number): string {
  let s = cache[day];
  if (s === undefined) {
    s = new Date(EPOCH + day * DAY_MS).toISOString().slice(0, 10);
    if (day >= 0 && day < MAX_DAY) cache[day] = s;
  }
  return s;
}

export function isoToDay(iso: string): number {
  return Math.round(
    (Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) - EPOCH) /
      DAY_MS,
  );
}

export const DAYS_PER_YEAR = 365.2425;
