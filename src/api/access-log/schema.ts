// Schemas of the resident's access log (public, no login).
import { z } from 'zod';

export { accessLogQuerySchema as accessLogBody } from '../../app/access-log/show-access-log.ts';

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
