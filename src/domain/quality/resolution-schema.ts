// The body of POST /api/v1/quality/findings/:id/resolution: one variant per way of resolving a finding, each naming
// the versions it expects (a concurrent change answers 409). Shared by the route, the use case and the web form.
import { z } from 'zod';
import { CORRECTABLE_FIELDS } from '../registry/events.ts';

const uuid = z.uuid('编号格式无效');
const version = z.number().int().min(1);
const reason = z.string().trim().min(1, '请填写理由').max(500);

export const resolveFindingSchema = z.discriminatedUnion('action', [
  z.object({
    action: z.literal('merge'),
    version,
    cancelPersonId: uuid,
    cancelPersonVersion: version,
    keepPersonId: uuid,
    reason,
  }),
  z.object({ action: z.literal('not-duplicate'), version, reason }),
  z.object({ action: z.literal('later'), version, reason: reason.optional() }),
  z.object({
    action: z.literal('correct'),
    version,
    personId: uuid,
    personVersion: version,
    field: z.enum(CORRECTABLE_FIELDS),
    after: z.string().trim().max(200).nullable(),
    reason,
  }),
  z.object({ action: z.literal('upgrade'), version, personId: uuid, personVersion: version, reason }),
  z.object({
    action: z.literal('record-death'),
    version,
    personId: uuid,
    personVersion: version,
    deathDate: z.iso.date(),
    newHeadPersonId: uuid.optional(),
    reason,
  }),
  z.object({
    action: z.literal('cancel-enlisted'),
    version,
    personId: uuid,
    personVersion: version,
    newHeadPersonId: uuid.optional(),
    reason,
  }),
  z.object({
    action: z.literal('change-head'),
    version,
    householdId: uuid,
    householdVersion: version,
    newHeadPersonId: uuid,
    formerHeadPersonId: uuid.optional(),
    formerHeadRelation: z.string(),
    reason,
  }),
  z.object({ action: z.literal('dismiss'), version, reason }),
]);
export type ResolveFindingInput = z.output<typeof resolveFindingSchema>;
