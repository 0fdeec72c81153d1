// What "as of a day" means for the register and its statistics: the state at the end of that calendar day in 昭通
// (China Standard Time, UTC+8, no daylight saving), so a day's figures include everything recorded that day.
const DAY_MS = 86_400_000;
const CHINA_OFFSET_MS = 8 * 3_600_000;

/** The last millisecond of a calendar day (YYYY-MM-DD) in 昭通. */
export function endOfDay(day: string): Date {
  return new Date(Date.parse(`${day}T00:00:00+08:00`) + DAY_MS - 1);
}

/** The calendar day (YYYY-MM-DD) in 昭通 of a moment. */
export function chinaDay(at: Date): string {
  return new Date(at.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** Has the day ended by `now`? Only then are its figures final (the past does not change). */
export function dayHasEnded(day: string, now: Date): boolean {
  return endOfDay(day).getTime() < now.getTime();
}

/** The day `months` whole months before `day` (clamped to the month's end): the residence threshold's start. */
export function monthsBefore(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** The first days of the `count` months ending with the month of `day`, oldest first ("YYYY-MM"). */
export function monthsEnding(day: string, count: number): string[] {
  const [y, m] = day.split('-').map(Number) as [number, number];
  const out: string[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const total = y * 12 + (m - 1) - i;
    out.push(`${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`);
  }
  return out;
}
