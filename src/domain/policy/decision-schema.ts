// The decision's shape as a zod schema, for the HTTP response (OpenAPI) and for clients. Mirrors
// SettlementDecision in decide.ts; the type check below keeps the two in step.
import { z } from 'zod';
import type { SettlementDecision } from './decide.ts';

const reason = z.object({ clause: z.string(), code: z.string(), met: z.boolean(), message: z.string() });
const resolvedParameter = z.object({
  name: z.string(),
  value: z.union([z.number(), z.boolean(), z.string(), z.array(z.string())]),
  unit: z.string(),
  division: z.string().nullable(),
  from: z.string(),
  to: z.string().nullable(),
  reference: z.string(),
  placeholder: z.boolean(),
});

export const settlementDecisionSchema = z.object({
  outcome: z.enum(['eligible', 'ineligible', 'refer']),
  eligible: z.boolean(),
  clauses: z.array(z.string()),
  reasons: z.array(reason),
  companions: z.array(
    z.object({
      index: z.number(),
      eligible: z.boolean(),
      clauses: z.array(z.string()),
      reasons: z.array(reason),
    }),
  ),
  rejectedConditions: z.array(z.object({ condition: z.string(), clause: z.string() })),
  ruralRightsRetained: z.boolean().nullable(),
  materials: z.array(z.object({ code: z.string(), name: z.string() })),
  policy: z.object({
    id: z.string(),
    version: z.string(),
    reform: z.object({ id: z.string(), name: z.string() }).optional(),
  }),
  trace: z
    .array(
      z.object({
        clause: z.string(),
        code: z.string(),
        met: z.boolean(),
        effect: z.enum(['require', 'refer', 'info']),
        inputs: z.record(z.string(), z.unknown()),
        parameters: z.array(resolvedParameter),
      }),
    )
    .optional(),
});

// Compile-time check that the schema and the type agree in both directions.
type Schema = z.infer<typeof settlementDecisionSchema>;
export const _decisionSchemaMatches: [SettlementDecision] extends [Schema]
  ? [Schema] extends [SettlementDecision]
    ? true
    : false
  : false = true;
