// Time limits per step. Each limit is a dated parameter (policy/parameters/applications.yaml); a state's deadline
// runs from the moment the application entered it. Overdue = past the deadline and still in that state.
import { resolveParameter, type ParameterSet, type ResolvedParameter } from '../policy/parameters.ts';
import type { ApplicationState } from './states.ts';

/** The parameter holding the time limit (calendar days) of each waiting state; states without one have no deadline. */
export const DEADLINE_PARAMETERS: Partial<Record<ApplicationState, string>> = {
  submitted: 'applications.acceptDays',
  resubmitted: 'applications.acceptDays',
  'under-review': 'applications.reviewDays',
  'supplement-requested': 'applications.supplementDays',
  approved: 'applications.issueDays',
  'permit-issued': 'permits.validityDays',
};

const DAY_MS = 86_400_000;
/** China Standard Time has no daylight saving: local dates are UTC+8. */
const CST_OFFSET_MS = 8 * 3_600_000;

/** The calendar date in China (YYYY-MM-DD) of an instant: decisions and permits are dated locally. */
export function localDate(at: Date): string {
  return new Date(at.getTime() + CST_OFFSET_MS).toISOString().slice(0, 10);
}

/** A local date plus whole days. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The end of a local date (23:59:59.999 China time) as an instant. */
export function endOfLocalDay(date: string): Date {
  return new Date(Date.parse(`${date}T00:00:00Z`) - CST_OFFSET_MS + DAY_MS - 1);
}

export function timeLimit(
  set: ParameterSet,
  state: ApplicationState,
  enteredAt: Date,
  countyCode: string,
): ResolvedParameter | null {
  const name = DEADLINE_PARAMETERS[state];
  return name ? resolveParameter(set, name, localDate(enteredAt), countyCode) : null;
}

/** Deadline of a state entered at `enteredAt`: the end of the local day `days` days later; null when none. */
export function deadlineFor(
  set: ParameterSet,
  state: ApplicationState,
  enteredAt: Date,
  countyCode: string,
): Date | null {
  const limit = timeLimit(set, state, enteredAt, countyCode);
  if (!limit) return null;
  return endOfLocalDay(addDays(localDate(enteredAt), limit.value as number));
}

export function isOverdue(deadline: Date | null, now: Date): boolean {
  return deadline !== null && now.getTime() > deadline.getTime();
}

/** Last day a permit issued on `issuedOn` is valid (the day of issue counts as day 1). */
export function permitValidUntil(set: ParameterSet, issuedOn: string, countyCode: string): string {
  const days = resolveParameter(set, 'permits.validityDays', issuedOn, countyCode).value as number;
  return addDays(issuedOn, days - 1);
}
