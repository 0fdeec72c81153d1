// Inputs of the residence-permit contract (../shared/spec/residence-permit.md): eligibility to apply, and the
// entitlements of a holder. Strict objects, like the settlement case: unknown fields are refused.
import { z } from 'zod';
import { notAfter } from '../policy/dates.ts';
import { isInCity } from '../divisions/city.ts';

const date = () => z.iso.date({ error: '不是有效日期 / not a date' });
const years = () =>
  z
    .number({ error: '应为数字 / expected a number' })
    .int({ error: '应为整数 / expected an integer' })
    .min(0, { error: '不能为负数 / must be ≥ 0' });
const division = z.string().regex(/^\d{6}(\d{3}(\d{3})?)?$/, {
  error: '区划代码应为6、9或12位数字 / expected a 6, 9 or 12-digit division code',
});

export const GROUNDS = ['employment', 'residence', 'study'] as const;

export const permitApplicationSchema = z
  .strictObject({
    asOf: date(),
    applicant: z.strictObject({
      birthDate: date(),
      idNumber: z.string().optional(),
      nationality: z
        .string()
        .regex(/^[A-Z]{2}$/, { error: '应为两位国家代码 / expected an ISO country code like CN' })
        .default('CN'),
      hukou: z.strictObject({ divisionCode: division, rural: z.boolean() }).nullable(),
    }),
    residence: z.strictObject({
      divisionCode: division.refine(isInCity, {
        error: '不是昭通市的区划 / not a division of 昭通市 (5306…)',
      }),
      since: date(),
    }),
    grounds: z.array(z.enum(GROUNDS, { error: `应为其中之一 / expected one of: ${GROUNDS.join(' | ')}` })),
  })
  .superRefine((c, ctx) => {
    if (!notAfter(c.applicant.birthDate, c.asOf))
      ctx.addIssue({
        code: 'custom',
        path: ['applicant', 'birthDate'],
        message: '出生日期晚于 asOf / after asOf',
      });
    if (!notAfter(c.residence.since, c.asOf))
      ctx.addIssue({ code: 'custom', path: ['residence', 'since'], message: '晚于 asOf / after asOf' });
  });
export type PermitApplication = z.output<typeof permitApplicationSchema>;

export const entitlementsInputSchema = z
  .strictObject({
    asOf: date(),
    /** Optional addition: the county of the permit, for per-division thresholds. */
    divisionCode: division.optional(),
    permit: z.strictObject({ issuedOn: date(), endorsements: z.array(date()).default([]) }),
    socialInsuranceYears: years(),
    children: z.array(z.strictObject({ birthDate: date(), continuousSchoolingYears: years() })).default([]),
  })
  .superRefine((c, ctx) => {
    if (!notAfter(c.permit.issuedOn, c.asOf))
      ctx.addIssue({ code: 'custom', path: ['permit', 'issuedOn'], message: '晚于 asOf / after asOf' });
    c.permit.endorsements.forEach((e, i) => {
      if (!notAfter(c.permit.issuedOn, e))
        ctx.addIssue({
          code: 'custom',
          path: ['permit', 'endorsements', i],
          message: '早于发证日期 / before issuedOn',
        });
    });
  });
export type EntitlementsInput = z.output<typeof entitlementsInputSchema>;

/** The answers: the contract's fields clients rely on; the explanation passes through as computed. */
export const permitEligibilityResponse = z.looseObject({
  eligible: z.boolean(),
  clauses: z.array(z.string()),
});
export const entitlementsResponse = z.looseObject({
  permitStatus: z.enum(['valid', 'suspended', 'expired']),
});
