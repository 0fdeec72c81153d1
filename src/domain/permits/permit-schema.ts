// The contract of the permit itself (issue 15): apply from a residence registration, act on it, read it with the
// holder's entitlements in the shape of ../shared/spec/residence-permit.md, the station's work lists, and the
// department feeds (人社: social-insurance years; 教育: a child's continuous schooling years).
import { z } from 'zod';
import { idNumberField } from '../applications/intake.ts';
import { residenceEventSchema } from './residence-schema.ts';
import { CANCEL_REASONS, PERMIT_STATES, REPLACE_KINDS } from './states.ts';

const date = () => z.iso.date({ error: '不是有效日期 / not a date' });
const reason = z.string().trim().max(500).optional();

export const permitApplyInput = z.strictObject({
  registrationId: z.uuid('编号格式无效 / not an id'),
});

export const permitCreatedSchema = z.object({
  id: z.uuid(),
  number: z.string(),
  status: z.enum(PERMIT_STATES),
  /** The day by which the card must be issued (Decree 663 art. 9: 15 days, a dated parameter). */
  issueBy: z.string(),
});

/** Issue, endorse: the client's expected version guards against acting on a permit someone else just changed. */
export const permitActionInput = z.strictObject({
  version: z.number().int().min(1).optional(),
  reason,
});

export const permitReplaceInput = z.strictObject({
  version: z.number().int().min(1).optional(),
  kind: z.enum(REPLACE_KINDS, `应为其中之一：${REPLACE_KINDS.join(' | ')}`),
  reason,
});

export const permitCancelInput = z.strictObject({
  version: z.number().int().min(1).optional(),
  reason: z.enum(CANCEL_REASONS, `应为其中之一：${CANCEL_REASONS.join(' | ')}`),
  note: z.string().trim().max(500).optional(),
});

const entitlementSchema = z.object({
  code: z.string(),
  clause: z.string(),
  granted: z.boolean(),
  needs: z.record(z.string(), z.union([z.number(), z.boolean()])).optional(),
});

export const permitActionResponse = z.object({
  id: z.uuid(),
  number: z.string(),
  status: z.enum(PERMIT_STATES),
  version: z.number().int(),
  continuousResidenceYears: z.number().int(),
  nextEndorsement: z.object({ opens: z.string(), closes: z.string() }).nullable(),
  /** On an endorsement: late ones restart the continuous years (Decree 663 art. 10). */
  timing: z.enum(['on-time', 'late']).optional(),
  cardEdition: z.number().int(),
});

export const permitResponse = z.object({
  id: z.uuid(),
  number: z.string(),
  status: z.enum(PERMIT_STATES),
  version: z.number().int(),
  registrationId: z.uuid(),
  holder: z.object({ name: z.string(), idNumber: z.string(), sex: z.string(), birthDate: z.string() }),
  countyCode: z.string(),
  stationCode: z.string(),
  appliedOn: z.string(),
  issueBy: z.string(),
  issuedOn: z.string().nullable(),
  endorsements: z.array(z.string()),
  cardEdition: z.number().int(),
  continuousResidenceYears: z.number().int(),
  continuousResidenceSince: z.string().nullable(),
  nextEndorsement: z.object({ opens: z.string(), closes: z.string() }).nullable(),
  socialInsuranceYears: z.number().int(),
  entitlements: z.array(entitlementSchema),
  children: z.array(
    z.object({
      index: z.number().int(),
      name: z.string().nullable(),
      birthDate: z.string(),
      continuousSchoolingYears: z.number().int(),
      entitlements: z.array(entitlementSchema),
    }),
  ),
  eligibility: z.object({ clauses: z.array(z.string()), reasons: z.array(z.unknown()) }),
  actions: z.array(z.string()),
  events: z.array(residenceEventSchema),
});
export type PermitResponse = z.output<typeof permitResponse>;

export const dueListQuery = z.strictObject({
  /** A station (9 digits) or county (6); absent = the caller's whole jurisdiction. */
  division: z
    .string()
    .regex(/^\d{4}(\d{2}(\d{3})?)?$/, '须为4、6或9位区划代码')
    .optional(),
  days: z.coerce.number().int().min(1).max(366).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

const dueItem = z.object({
  id: z.uuid(),
  number: z.string(),
  name: z.string(),
  stationCode: z.string(),
  status: z.enum(PERMIT_STATES),
  dueOn: z.string(),
  opensOn: z.string(),
});

export const dueListResponse = z.object({
  asOf: z.string(),
  days: z.number().int(),
  due: z.object({ total: z.number().int(), items: z.array(dueItem) }),
  overdue: z.object({ total: z.number().int(), items: z.array(dueItem) }),
});

export const FACT_KINDS = ['social-insurance-years', 'child-schooling-years'] as const;

export const permitFactInput = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({
      kind: z.literal('social-insurance-years'),
      idNumber: idNumberField,
      years: z.number().int().min(0).max(80),
      asOf: date(),
    }),
    z.strictObject({
      kind: z.literal('child-schooling-years'),
      idNumber: idNumberField,
      child: z.strictObject({
        idNumber: idNumberField.optional(),
        name: z.string().trim().min(1).max(50).optional(),
        birthDate: date(),
      }),
      years: z.number().int().min(0).max(20),
      asOf: date(),
    }),
  ],
  { error: `kind 应为其中之一：${FACT_KINDS.join(' | ')}` },
);
export type PermitFactInput = z.output<typeof permitFactInput>;

export const permitFactsInput = z.strictObject({
  items: z.array(permitFactInput).min(1, '至少一条 / at least one item').max(5000, '一次最多 5000 条'),
});

export const permitFactsResponse = z.object({
  received: z.number().int(),
  applied: z.number().int(),
  /** Facts about a person who holds no permit here are kept too: they apply once a permit is issued. */
  withoutPermit: z.number().int(),
});

export const verificationResponse = z.object({
  found: z.boolean(),
  status: z.enum(['valid', 'suspended', 'expired', 'cancelled']).nullable(),
  maskedName: z.string().nullable(),
  countyName: z.string().nullable(),
});
export type PermitVerification = z.output<typeof verificationResponse>;

export const residenceIdParams = z.object({ id: z.uuid('编号格式无效 / not an id') });
export const verifyTokenParams = z.object({ token: z.string().max(64) });

/** The settlement application prefilled from a permit: the intake's own input shape (src/domain/applications/intake.ts). */
export const settlementDraftResponse = z.looseObject({
  basis: z.literal('residence-permit'),
  applicant: z.looseObject({ idNumber: z.string(), name: z.string() }),
  destination: z.looseObject({ divisionCode: z.string(), kind: z.string() }),
  residencePermit: z.looseObject({ valid: z.boolean(), continuousYears: z.number() }),
  consent: z.boolean(),
});
