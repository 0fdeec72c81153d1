// POST /api/v1/simulations {"reform": NAME | {reform object}, "size"?, "seed"?, "asOf"?}: baseline vs reform
// counts per county. Up to 100,000 cases the answer comes at once (200); larger runs return 202 with a job to
// poll at GET /api/v1/simulations/:id (progress, then the result). Stores nothing in the database.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app/context.ts';
import { DomainError } from '../../domain/errors.ts';
import { applyReform } from '../../domain/policy/parameters.ts';
import {
  simulationBody,
  simulationIdParams,
  simulationJobSchema as jobSchema,
} from '../../domain/policy/schema.ts';
import { parseOrThrow } from '../../domain/policy/validation.ts';
import { getSimulation, settled, startSimulation } from '../../jobs/simulations.ts';
import { loadParameterSet, loadShippedReform } from '../../policy-data/load.ts';
import { errorResponses } from '../contract.ts';
import { policyComputation } from '../policy/options.ts';
import { admitSimulation } from './admission.ts';

const SYNC_LIMIT = 100_000;

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
        const owner = admitSimulation(request, body.size, deps.now());
        const base = loadParameterSet();
        const reform =
          typeof body.reform === 'string'
            ? loadShippedReform(body.reform, base)
            : applyReform(base, body.reform, 'reform.');
        const job = startSimulation(
          { base, reform, size: body.size, seed: body.seed, asOf: body.asOf },
          owner,
        );
        if (body.size <= SYNC_LIMIT) return reply.status(200).send({ ...(await settled(job)) });
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
      async (request) => {
        const job = getSimulation(request.params.id);
        if (!job) throw DomainError.notFound('模拟 / simulation');
        return { ...job };
      },
    );
  };
}
