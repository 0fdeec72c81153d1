// The contracts of the policy resources (/api/v1/policy/*, /api/v1/simulations, /api/v1/eligibility/settlement):
// request and response schemas beside the settlement case (case-schema.ts) and its decision (decision-schema.ts).
// The residence-permit ones are in src/domain/permits/schema.ts.
import { z } from 'zod';
import { openObject } from '../open-object.ts';
import { paramValueSchema, reformSchema } from './parameters.ts';

/** ?explain=1 adds the trace; ?reform=NAME evaluates under a shipped reform (checked by hand: unknown keys named). */
export const evaluationQuery = z.object({ explain: z.string().optional(), reform: z.string().optional() });

export const clauseSchema = z.object({
  id: z.string(),
  where: z.string(),
  summary: z.string(),
  text: z.string(),
  textOriginal: z.string(),
  leadUnit: z.string().nullable(),
  responsibleUnits: z.string().nullable(),
});
export const clausesResponse = z.object({ clauses: z.array(clauseSchema) });

export const parametersQuery = z.object({
  asOf: z.iso.date().optional(),
  division: z
    .string()
    .regex(/^\d{6}(\d{3}(\d{3})?)?$/)
    .optional(),
});
export const parametersResponse = z.object({
  id: z.string(),
  asOf: z.string(),
  division: z.string().nullable(),
  parameters: z.array(openObject({ name: z.string(), unit: z.string(), clauses: z.array(z.string()) })),
});

/** Every dated value of every parameter, with its source and placeholder mark (the administrators' page). */
const datedValue = z.object({
  from: z.string(),
  to: z.string().nullable(),
  value: paramValueSchema,
  reference: z.string(),
  placeholder: z.boolean(),
});
export const parameterHistoryResponse = z.object({
  id: z.string(),
  reform: z.object({ id: z.string(), name: z.string() }).nullable(),
  parameters: z.array(
    z.object({
      name: z.string(),
      type: z.enum(['number', 'boolean', 'string', 'list']),
      unit: z.string(),
      clauses: z.array(z.string()),
      description: z.string(),
      values: z.array(datedValue),
      divisions: z.array(z.object({ division: z.string(), values: z.array(datedValue) })),
    }),
  ),
});
export type ParameterHistory = z.infer<typeof parameterHistoryResponse>;

export const triggersQuery = z.object({ from: z.string().optional(), to: z.string().optional() });
export const triggersResponse = z.object({ triggers: z.array(z.record(z.string(), z.any())) });

// ── what-if simulations ──
export const simulationBody = z.strictObject({
  reform: z.union([z.string().regex(/^[a-z0-9-]+$/), reformSchema]),
  size: z.number().int().min(1).max(10_000_000).default(1_000_000),
  seed: z.number().int().default(20170310),
  asOf: z.iso.date().default('2017-06-01'),
});
export type SimulationRequest = z.output<typeof simulationBody>;

export const simulationIdParams = z.object({ id: z.string() });
export const simulationJobSchema = z.looseObject({
  id: z.string(),
  status: z.enum(['queued', 'running', 'done', 'failed']),
  progress: z.object({ done: z.number(), total: z.number(), percent: z.number() }),
  result: z.unknown(),
});
