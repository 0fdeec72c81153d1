// Schemas of the resident's access log (POST /api/v1/public/access-log, no login): identity by ID number and an
// application or permit number of theirs; the answer lists who read or changed their record.
import { z } from 'zod';
import { idNumberField } from '../applications/intake.ts';

export const accessLogQuerySchema = z.strictObject({
  idNumber: idNumberField,
  applicationNo: z.string().trim().min(1, '请填写落户申请编号或准迁证编号').max(40),
  page: z.number().int().min(1).max(1000).default(1),
});

export const accessLogResponse = z.object({
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
  entries: z.array(
    z.object({
      at: z.string(),
      unit: z.string(),
      role: z.string().nullable(),
      roleName: z.string().nullable(),
      action: z.string(),
      actionName: z.string(),
      purpose: z.string().nullable(),
    }),
  ),
});
