// GET /api/v1/policy/clauses (the registry with the plan's text), GET /api/v1/policy/parameters (values in
// force on a date, for a division), GET /api/v1/policy/triggers (T3's in > out test for the 彝良 county town).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app/context.ts';
import { reportT3Trigger, showParameters } from '../../app/policy/show-parameters.ts';
import { CLAUSES } from '../../domain/policy/clauses.ts';
import { errorBodySchema } from '../errors.ts';
import { parseDate } from './query.ts';

const clauseSchema = z.object({
  id: z.string(),
  where: z.string(),
  summary: z.string(),
  text: z.string(),
  textOriginal: z.string(),
  leadUnit: z.string().nullable(),
  responsibleUnits: z.string().nullable(),
});

export function policyRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/policy/clauses',
      {
        schema: {
          tags: ['policy'],
          summary: '条款登记表 / clause registry',
          response: { 200: z.object({ clauses: z.array(clauseSchema) }) },
        },
      },
      async () => ({ clauses: [...CLAUSES] }),
    );

    app.get(
      '/api/v1/policy/parameters',
      {
        schema: {
          tags: ['policy'],
          summary: '某日某地生效的政策参数 / parameters in force on a date for a division',
          querystring: z.object({
            asOf: z.iso.date().optional(),
            division: z
              .string()
              .regex(/^\d{6}(\d{3}(\d{3})?)?$/)
              .optional(),
          }),
          response: { 200: z.unknown(), 400: errorBodySchema },
        },
      },
      async (request) => showParameters(deps, request.query),
    );

    app.get(
      '/api/v1/policy/triggers',
      {
        schema: {
          tags: ['policy'],
          summary: '第3条触发条件：彝良县城迁入是否大于迁出 / T3 trigger: in-migrants vs out-migrants',
          querystring: z.object({ from: z.string().optional(), to: z.string().optional() }),
          response: {
            200: z.object({ triggers: z.array(z.record(z.string(), z.unknown())) }),
            400: errorBodySchema,
          },
        },
      },
      async (request) => {
        const from = parseDate(request.query.from, 'from', '2017-03-10');
        const to = request.query.to === undefined ? undefined : parseDate(request.query.to, 'to');
        return { triggers: [await reportT3Trigger(deps, from, to)] };
      },
    );
  };
}
