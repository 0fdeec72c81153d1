// The contracts of /api/v1/applications and the public application routes: request bodies of intake, materials and
// each review step, and the answers. The routes document them; the use cases (src/app/applications/) parse with
// them, so the CLI and the HTTP API refuse the same input with the same paths. The application itself is
// applicationInputSchema (intake.ts). Answers are loose objects: they name the fields clients rely on and let the
// rest through.
import { z } from 'zod';
import { openObject } from '../open-object.ts';
import { applicationInputSchema, FACT_SECTIONS, idNumberField } from './intake.ts';

export { applicationInputSchema };

export const idParams = z.object({ id: z.uuid('编号格式无效') });
export const attachmentParams = idParams.extend({ attachmentId: z.uuid() });
/** The random token of a permit's QR code (src/app/verify-token.ts); its shape is checked by the use case. */
export const verifyTokenParams = z.object({ token: z.string().max(100) });

// ── the review steps ──
const reasonField = z.string().trim().max(1000).optional();
export const actionBodySchema = z.strictObject({
  version: z.number().int().min(1).optional(),
  reason: reasonField,
});
export const supplementBodySchema = actionBodySchema.extend({
  /** Extra items the clerk found wanting, beyond the checklist (a received copy that is unreadable …). */
  extra: z
    .array(z.strictObject({ code: z.string().min(1).max(60), name: z.string().trim().max(100).optional() }))
    .max(30)
    .default([]),
});
export const resubmitBodySchema = actionBodySchema.extend({
  /** Updated facts (sections of the case) given with the supplement; they replace the sections they name. */
  facts: z.record(z.enum(FACT_SECTIONS), z.record(z.string(), z.unknown())).optional(),
});
/**
 * Approval. Approving while checklist materials are still missing is allowed only with the approver's reason for
 * it, kept in the approval's event and audit row.
 */
export const approveBodySchema = actionBodySchema.extend({
  missingMaterialsReason: z.string().trim().min(1, '请注明理由').max(1000).optional(),
});
export const registerBodySchema = z.strictObject({
  version: z.number().int().min(1).optional(),
  reason: z.string().trim().max(500).optional(),
  /** Origin outside the city: the origin police station's confirmation of the move-out (reference, date, station). */
  originConfirmation: z
    .strictObject({
      reference: z.string().trim().min(1).max(100),
      station: z.string().trim().min(1).max(100),
    })
    .optional(),
  /**
   * The applicant (or a companion) heads an origin household in the city whose other members stay: the member who
   * becomes its head, set on the same move-out (户口登记条例 第十七条). Chosen from GET …/:id/origin-household.
   */
  newHeadPersonId: z.uuid('新户主编号格式无效').optional(),
});

/** The body each action takes (POST /api/v1/applications/:id/<action>); an empty body is allowed for all. */
export const ACTION_BODIES = {
  submit: actionBodySchema,
  accept: actionBodySchema,
  'request-supplement': supplementBodySchema,
  resubmit: resubmitBodySchema,
  approve: approveBodySchema,
  reject: actionBodySchema,
  withdraw: actionBodySchema,
  register: registerBodySchema,
} as const;
export type ApplicationAction = keyof typeof ACTION_BODIES;

// ── materials: a file sent as base64 inside JSON ──
export const uploadSchema = z.strictObject({
  materialCode: z.string().regex(/^[a-z0-9-]{2,60}$/, '材料代码格式不正确'),
  fileName: z.string().trim().min(1).max(200),
  mediaType: z.string().min(1).max(100),
  contentBase64: z
    .string()
    .min(1)
    .regex(/^[A-Za-z0-9+/=\r\n]+$/, '不是 base64 / not base64'),
});
export const uploadResponse = z.object({
  id: z.string(),
  materialCode: z.string(),
  sizeBytes: z.number(),
  sha256: z.string(),
});

// ── public tracking ──
export const trackQuerySchema = z.strictObject({
  number: z.string().trim().min(1).max(40),
  idNumber: idNumberField,
});
export const trackResponse = openObject({
  number: z.string(),
  state: z.string(),
  stateName: z.string(),
  nextStep: z.string(),
  deadline: z.string().nullable(),
  missingMaterials: z.array(z.object({ code: z.string(), name: z.string() })),
  permitNumber: z.string().nullable(),
  updatedAt: z.string(),
});

// ── answers ──
/** What every write answers: the application's number, state and version (for the next expected version). */
export const createdSchema = openObject({
  id: z.string(),
  number: z.string(),
  state: z.string(),
  version: z.number(),
});
export const summarySchema = createdSchema.extend({
  stateName: z.string(),
  applicantName: z.string(),
  deadline: z.string().nullable(),
  overdue: z.boolean(),
  permitNumber: z.string().nullable(),
  createdAt: z.string(),
});
export const queueResponse = z.object({ items: z.array(summarySchema.extend({ yourTurn: z.boolean() })) });
export const applicationResponse = summarySchema.extend({
  input: z.unknown(),
  availableActions: z.array(z.string()),
  missingMaterials: z.unknown(),
  /** The latest evaluation: decision, explanation, inputs' policy version (as stored; an old one stays as it was). */
  evaluation: openObject({ id: z.number() }).nullable(),
});

/** The origin household for the one-stop move (GET /api/v1/applications/:id/origin-household). */
export const originHouseholdResponse = z.object({
  household: z
    .object({
      householdId: z.string(),
      householdNo: z.string(),
      countyCode: z.string(),
      place: z.string(),
      members: z.array(
        z.object({
          personId: z.string(),
          name: z.string(),
          sex: z.string(),
          birthDate: z.string(),
          relation: z.string().nullable(),
          head: z.boolean(),
          moving: z.boolean(),
        }),
      ),
    })
    .nullable(),
  /** A mover heads it and others stay: registration needs newHeadPersonId, one of `candidates`. */
  mustNameNewHead: z.boolean(),
  candidates: z.array(z.string()),
});

/** Public verification of a permit: validity, a masked name and the dates, or not found. */
export const verificationSchema = z.discriminatedUnion('found', [
  z.object({ found: z.literal(false) }),
  z.object({
    found: z.literal(true),
    status: z.enum(['valid', 'expired', 'used', 'withdrawn']),
    statusName: z.string(),
    maskedName: z.string(),
    issuedOn: z.string(),
    validUntil: z.string(),
  }),
]);
export type Verification = z.infer<typeof verificationSchema>;
