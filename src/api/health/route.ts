// GET /api/health: is the server up, which database, which migration.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app/context.ts';
import { checkHealth } from '../../app/health/check-health.ts';
import { healthResponse } from '../../domain/health/schema.ts';

export function healthRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/health',
      { schema: { tags: ['system'], summary: '健康检查 / health', response: { 200: healthResponse } } },
      async () => checkHealth(deps),
    );
  };
}
