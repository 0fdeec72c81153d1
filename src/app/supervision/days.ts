// Days of the supervision board: the app's clock gives today (UTC days, as the other modules count them); a day
// ends at the next midnight, so "as of D" reads every event before D + 1.
import type { AppDeps } from '../context.ts';

export function todayOf(deps: Pick<AppDeps, 'now'>): string {
  return deps.now().toISOString().slice(0, 10);
}

export function endOfDay(day: string): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000);
}
