// Identity facts that must agree with the citizen ID number (GB 11643): the birth date in digits 7–14 and the sex
// in the parity of digit 17. Every write that takes identity facts asks this one function, so the intake, the
// residence registration and the web forms name the same field with the same words.
import type { ErrorIssue } from '../errors.ts';
import { checkIdNumber } from './id-number.ts';

export interface IdentityFacts {
  idNumber: string;
  sex?: string | undefined;
  birthDate?: string | undefined;
}

/** Disagreements between the number and the given sex and birth date, each on its field (prefix + name). */
export function identityIssues(facts: IdentityFacts, prefix = ''): ErrorIssue[] {
  const id = checkIdNumber(facts.idNumber);
  if (!id.valid) return [];
  const issues: ErrorIssue[] = [];
  if (facts.sex !== undefined && String(id.facts.sex) !== facts.sex) {
    issues.push({
      path: `${prefix}sex`,
      message: '与公民身份号码中的性别不一致（GB 11643）/ differs from the ID number',
    });
  }
  if (facts.birthDate !== undefined && id.facts.birthDate !== facts.birthDate) {
    issues.push({
      path: `${prefix}birthDate`,
      message: '与公民身份号码中的出生日期不一致 / differs from the ID number',
    });
  }
  return issues;
}
