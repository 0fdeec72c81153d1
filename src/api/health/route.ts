// GET /api/health: is the server up, which database, which migration.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { currentMigrationId } from '../../db/migrate.ts';
import type { AppDeps } from '../../app/context.ts';

export const healthResponse = z.object({
  status: z.literal('ok'),
  database: z.enum(['pglite', 'postgres']),
  migration: z.string(),
});

export function healthRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/health',
      { schema: { tags: ['system'], summary: '健康检查 / health', response: { 200: healthResponse } } },
      async () => ({
        status: 'ok' as const,
        database: deps.database.kind,
        migration: await currentMigrationId(deps.database),
      }),
    );
  };
}
