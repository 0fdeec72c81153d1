// POST /api/v1/public/access-log: a resident, without login, sees who read their record (identity by ID number and
// their application or permit number). POST so the ID number stays out of URLs and access logs.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app/context.ts';
import { showAccessLog } from '../../app/access-log/show-access-log.ts';
import { errorBodySchema } from '../errors.ts';
import { limitedPerClient } from '../rate-limit.ts';
import { contextOf } from '../plugins/auth.ts';
import { accessLogQuerySchema, accessLogResponse } from '../../domain/access-log/schema.ts';
import { PUBLIC } from '../../domain/access/principal.ts';

export function accessLogRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/v1/public/access-log',
      {
        // Proving identity by two numbers is a lookup: limited per address like tracking and verifying, so pairs
        // cannot be tried at speed.
        ...limitedPerClient(deps, 'service.publicLookupsPerMinute'),
        schema: {
          tags: ['public'],
          summary: '谁查看了我的户籍信息 / who read my record',
          body: accessLogQuerySchema,
          response: {
            200: accessLogResponse,
            400: errorBodySchema,
            404: errorBodySchema,
            429: errorBodySchema,
          },
        },
      },
      async (request) => showAccessLog(deps, { ...contextOf(request), principal: PUBLIC }, request.body),
    );
  };
}
