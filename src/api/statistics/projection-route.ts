// GET /api/v1/stats/projection?reform=ID (issue 16, T1): the registered urbanization per county if the settlement
// policy — today's, or a shipped reform's — were applied to the people already here. Thin: one use case, which
// authorizes (statistics.read) and parses the query, so a bad `reform` is a 400 naming the field. The lead's
// statistics routes register this plugin.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app/context.ts';
import { projectUrbanization } from '../../app/statistics/project-urbanization.ts';
import { projectionOutput, projectionQuery } from '../../domain/statistics/schema.ts';
import { staffErrors, validateInHandler } from '../contract.ts';
import { contextOf } from '../plugins/auth.ts';

export function projectionRoute(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/stats/projection',
      {
        validatorCompiler: validateInHandler,
        schema: {
          tags: ['statistics'],
          summary: '政策推演：按政策落户后的户籍城镇化率（第1条） / T1 projection of the settlement policy',
          querystring: projectionQuery,
          response: { 200: projectionOutput, ...staffErrors },
        },
      },
      async (request) => projectUrbanization(deps, contextOf(request), request.query),
    );
  };
}
