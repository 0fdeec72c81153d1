// POST /api/v1/simulations {"reform": NAME | {reform object}, "size"?, "seed"?, "asOf"?}: baseline vs reform
// counts per county. Up to 100,000 cases the answer comes at once (200); larger runs return 202 with a job to
// poll at GET /api/v1/simulations/:id (progress, then the result). Stores nothing in the database.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app/context.ts';
import { compareReforms, showSimulation } from '../../app/simulations/compare-reforms.ts';
import { reformSchema } from '../../domain/policy/parameters.ts';
import { parseOrThrow } from '../../domain/validation.ts';
import { errorBodySchema } from '../errors.ts';
import { validateInHandler } from '../eligibility/route.ts';
import { contextOf } from '../plugins/auth.ts';

const jobSchema = z.looseObject({
  id: z.string(),
  status: z.enum(['queued', 'running', 'done', 'failed']),
  progress: z.object({ done: z.number(), total: z.number(), percent: z.number() }),
  result: z.unknown(),
});

export const simulationBody = z.strictObject({
  reform: z.union([z.string().regex(/^[a-z0-9-]+$/), reformSchema]),
  size: z.number().int().min(1).max(10_000_000).default(1_000_000),
  seed: z.number().int().default(20170310),
  asOf: z.iso.date().default('2017-06-01'),
});

export function simulationRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/v1/simulations',
      {
        validatorCompiler: validateInHandler,
        config: { idempotent: false },
        schema: {
          tags: ['policy'],
          summary: '改革模拟 / what-if simulation',
          body: simulationBody,
          response: { 200: jobSchema, 202: jobSchema, 400: errorBodySchema, 429: errorBodySchema },
        },
      },
      async (request, reply) => {
        const body = parseOrThrow(simulationBody, request.body);
        const { job, finished } = await compareReforms(deps, contextOf(request), body);
        if (finished) return reply.status(200).send({ ...job });
        return reply
          .status(202)
          .header('location', `/api/v1/simulations/${job.id}`)
          .send({ ...job });
      },
    );
    app.get(
      '/api/v1/simulations/:id',
      {
        schema: {
          tags: ['policy'],
          summary: '模拟进度与结果 / simulation progress and result',
          params: z.object({ id: z.string() }),
          response: { 200: jobSchema, 404: errorBodySchema },
        },
      },
      async (request) => ({ ...showSimulation(request.params.id) }),
    );
  };
}
