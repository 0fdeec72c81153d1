// Identity facts field by field: what is wrong with an ID number, a sex or a birth date as a person types them, as
// stable problem codes. The server turns a code into its Chinese message (IDENTITY_PROBLEM_MESSAGES); the web forms
// turn the same code into the catalog's words in the chosen language, so a form and the server refuse exactly the
// same input on the same field. GB 11643 (公民身份号码) for the number, GB/T 2261.1 for the sex code.
import { z } from 'zod';
import { checkIdNumber, type IdNumberProblem } from './id-number.ts';

export type IdentityField = 'idNumber' | 'sex' | 'birthDate';

export const IDENTITY_PROBLEMS = [
  'id-wrong-length',
  'id-bad-characters',
  'id-impossible-date',
  'id-invalid-check-digit',
  'id-legacy',
  'id-birth-in-future',
  'birth-not-a-date',
  'birth-in-future',
  'sex-disagrees',
  'birth-disagrees',
] as const;
export type IdentityProblem = (typeof IDENTITY_PROBLEMS)[number];

/** The server's words for each problem (the web has its own, per language, under `identity.problem.*`). */
export const IDENTITY_PROBLEM_MESSAGES: Readonly<Record<IdentityProblem, string>> = {
  'id-wrong-length': '公民身份号码应为18位 / the ID number has 18 characters',
  'id-bad-characters': '公民身份号码只能是17位数字加一位数字或X / digits and a final X only',
  'id-impossible-date': '公民身份号码中的出生日期不存在 / the date inside the number is not a real day',
  'id-invalid-check-digit': '公民身份号码校验码错误（GB 11643）/ wrong check character',
  'id-legacy': '须为18位号码，15位旧号码请先升位 / a 15-digit number must be upgraded to 18 digits',
  'id-birth-in-future': '公民身份号码中的出生日期晚于今天 / the birth date in the number is after today',
  'birth-not-a-date': '不是有效日期（YYYY-MM-DD）/ not a date',
  'birth-in-future': '出生日期不能晚于今天 / must not be in the future',
  'sex-disagrees': '与公民身份号码中的性别不一致（GB 11643）/ differs from the ID number',
  'birth-disagrees': '与公民身份号码中的出生日期不一致 / differs from the ID number',
};

const ID_PROBLEM: Readonly<Record<IdNumberProblem, IdentityProblem>> = {
  'wrong-length': 'id-wrong-length',
  'bad-characters': 'id-bad-characters',
  'impossible-date': 'id-impossible-date',
  'invalid-check-digit': 'id-invalid-check-digit',
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** What is wrong with an 18-digit ID number on its own (null: nothing); with `today`, a birth after it too. */
export function idNumberProblem(raw: string, today?: string): IdentityProblem | null {
  const check = checkIdNumber(raw);
  if (!check.valid) return ID_PROBLEM[check.problem];
  if (check.facts.legacy15) return 'id-legacy';
  if (today !== undefined && check.facts.birthDate > today) return 'id-birth-in-future';
  return null;
}

export interface IdentityInput {
  idNumber?: string | undefined;
  sex?: string | undefined;
  birthDate?: string | undefined;
}

/**
 * Every problem of the facts given, each on its field. An absent or empty field is not checked (whether it is
 * required is the schema's business); sex and birth date are compared with a valid number only.
 */
export function identityProblems(
  facts: IdentityInput,
  today?: string,
): Array<{ field: IdentityField; problem: IdentityProblem }> {
  const out: Array<{ field: IdentityField; problem: IdentityProblem }> = [];
  const idNumber = facts.idNumber?.trim().toUpperCase() ?? '';
  const idProblem = idNumber ? idNumberProblem(idNumber, today) : null;
  if (idProblem) out.push({ field: 'idNumber', problem: idProblem });
  const { birthDate, sex } = facts;
  if (birthDate) {
    if (!ISO_DATE.test(birthDate) || Number.isNaN(Date.parse(birthDate)))
      out.push({ field: 'birthDate', problem: 'birth-not-a-date' });
    else if (today !== undefined && birthDate > today)
      out.push({ field: 'birthDate', problem: 'birth-in-future' });
  }
  const check = idNumber ? checkIdNumber(idNumber) : null;
  if (check?.valid) {
    if (sex && String(check.facts.sex) !== sex) out.push({ field: 'sex', problem: 'sex-disagrees' });
    // One problem per field: a birth after today is said first, and says enough.
    const dateSaid = out.some((p) => p.field === 'birthDate');
    if (birthDate && !dateSaid && check.facts.birthDate !== birthDate)
      out.push({ field: 'birthDate', problem: 'birth-disagrees' });
  }
  return out;
}

/** The problems of one field only (a form validates field by field). */
export function identityFieldProblem(
  field: IdentityField,
  facts: IdentityInput,
  today?: string,
): IdentityProblem | null {
  return identityProblems(facts, today).find((p) => p.field === field)?.problem ?? null;
}

/**
 * An 18-digit citizen ID number as a zod field: trimmed, upper-cased X, and refused with the problem's own message
 * (wrong length, a wrong check character …) rather than one word for every mistake.
 */
export const citizenIdNumber = z
  .string()
  .trim()
  .toUpperCase()
  .superRefine((s, ctx) => {
    const problem = idNumberProblem(s);
    if (problem) ctx.addIssue({ code: 'custom', message: IDENTITY_PROBLEM_MESSAGES[problem] });
  });
