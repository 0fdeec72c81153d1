// GET /api/v1/registry/as-of: the register as it stood at a moment (issue 16), a page at a time. The CLI's
// `registry as-of` prints the same records, all of them.
import { z } from 'zod';
import { openObject } from '../open-object.ts';

export const asOfQuery = z.strictObject({
  /** A day (its end in 昭通) or an ISO timestamp. */
  at: z.string().regex(/^\d{4}-\d{2}-\d{2}(T.+)?$/, '应为日期（YYYY-MM-DD）或时间（ISO 8601）'),
  /** A division code: 5306 (the city), a county (6 digits) or a town (9 digits); default: the reader's jurisdiction. */
  within: z
    .string()
    .regex(/^5306(\d{2}(\d{3})?)?$/, '范围应为 5306、县级代码（6位）或乡级代码（9位）')
    .optional(),
  kind: z.enum(['persons', 'households']).optional(),
  after: z.uuid('分页游标格式无效').optional(),
  limit: z.coerce.number().int().min(1, '至少1条').max(1000, '最多1000条').optional(),
});
export type AsOfQuery = z.infer<typeof asOfQuery>;

export const asOfResponse = z.object({
  at: z.string(),
  within: z.string(),
  kind: z.enum(['persons', 'households']),
  totals: z.object({ persons: z.number().int(), households: z.number().int() }),
  items: z.array(openObject({})),
  next: z.string().nullable(),
});
