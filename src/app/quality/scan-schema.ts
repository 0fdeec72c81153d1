// A whole-register scan as the API answers it (POST and GET /api/v1/quality/scans…): one zod schema for the routes'
// responses and the web's types (web/src/pages/quality/ScanPanel.tsx). Pure: zod only, so the web bundle can import it.
import { z } from 'zod';

export const scanSchema = z.object({
  scanId: z.number().int(),
  trigger: z.string(),
  state: z.enum(['running', 'done', 'failed']),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  /** Persons read so far, then in all. */
  persons: z.number().int(),
  /** About how many persons the register holds (the planner's estimate), while known. */
  total: z.number().int().nullable(),
  counts: z.record(z.string(), z.number()),
  error: z.string().nullable(),
});

/** A scan with the findings it saw once it is done (at most 1,000, in the contract's shape). */
export const scanViewSchema = scanSchema.extend({
  findings: z.array(
    z.object({
      code: z.string(),
      idNumbers: z.array(z.string()),
      householdNos: z.array(z.string()),
      detail: z.record(z.string(), z.unknown()),
    }),
  ),
});

export type ScanRecord = z.infer<typeof scanSchema>;
export type ScanView = z.infer<typeof scanViewSchema>;
