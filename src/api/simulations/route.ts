// POST /api/v1/simulations {"reform": NAME | {reform object}, "size"?, "seed"?, "asOf"?}: baseline vs reform
// counts per county. Up to 100,000 cases the answer comes at once (200); larger runs return 202 with a job to
// poll at GET /api/v1/simulations/:id (progress, then the result). Stores nothing in the database.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app/context.ts';
import { compareReforms, showSimulation } from '../../app/simulations/compare-reforms.ts';
import {
  simulationBody,
  simulationIdParams,
  simulationJobSchema as jobSchema,
} from '../../domain/policy/schema.ts';
import { parseOrThrow } from '../../domain/validation.ts';
import { errorResponses } from '../contract.ts';
import { contextOf } from '../plugins/auth.ts';
import { policyComputation } from '../policy/options.ts';

export function simulationRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/v1/simulations',
      policyComputation('改革模拟 / what-if simulation', simulationBody, {
        200: jobSchema,
        202: jobSchema,
        ...errorResponses(429),
      }),
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
          params: simulationIdParams,
          response: { 200: jobSchema, ...errorResponses(404) },
        },
      },
      async (request) => ({ ...showSimulation(request.params.id) }),
    );
  };
}
