// Identity facts that must agree with the citizen ID number (GB 11643): the birth date in digits 7–14 and the sex
// in the parity of digit 17, and (given today) no birth after today. Every write that takes identity facts asks
// this one function, so the intake, the residence registration, the unregistered intake and the web forms name
// the same field with the same words (the problems themselves: fields.ts).
import type { ErrorIssue } from '../errors.ts';
import { IDENTITY_PROBLEM_MESSAGES, identityProblems } from './fields.ts';

export interface IdentityFacts {
  idNumber?: string | undefined;
  sex?: string | undefined;
  birthDate?: string | undefined;
}

/**
 * Disagreements between the number and the given sex and birth date, and births after `today` when it is given,
 * each on its field (prefix + name). The number's own format is its schema's to refuse (citizenIdNumber), so it is
 * not reported twice; a birth date after today inside the number is.
 */
export function identityIssues(facts: IdentityFacts, prefix = '', today?: string): ErrorIssue[] {
  return identityProblems(facts, today)
    .filter((p) => p.field !== 'idNumber' || p.problem === 'id-birth-in-future')
    .filter((p) => p.problem !== 'birth-not-a-date')
    .map((p) => ({ path: `${prefix}${p.field}`, message: IDENTITY_PROBLEM_MESSAGES[p.problem] }));
}
