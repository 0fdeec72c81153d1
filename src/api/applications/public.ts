// Public (no login): online application, tracking by number + ID number, permit verification as JSON and as a
// page at /verify/<token> (what the QR code opens). An unknown token is a friendly "not found", never a 500.
// Each of them is limited per client address (service.publicLookupsPerMinute): numbers are random, and a limit
// keeps them from being found by trying.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app/context.ts';
import { createApplication } from '../../app/applications/intake.ts';
import { trackApplication } from '../../app/applications/queries.ts';
import { verifyPermit } from '../../app/applications/permit.ts';
import {
  applicationInputSchema,
  createdSchema,
  trackQuerySchema,
  trackResponse,
  verificationSchema,
  verifyTokenParams,
} from '../../domain/applications/schema.ts';
import { errorResponses, validateBodyInHandler } from '../contract.ts';
import { contextOf } from '../plugins/auth.ts';
import { verifyPage } from './verify-page.ts';
import { limitedPerClient } from '../rate-limit.ts';
import { PUBLIC } from '../../domain/access/principal.ts';

export function publicApplicationRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const limited = limitedPerClient(deps, 'service.publicLookupsPerMinute');
  return async (app) => {
    app.post(
      '/api/v1/public/applications',
      {
        ...limited,
        validatorCompiler: validateBodyInHandler,
        schema: {
          tags: ['public'],
          summary: '网上申请落户 / apply online',
          body: applicationInputSchema,
          response: { 201: createdSchema, ...errorResponses(400, 409, 429) },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await createApplication(deps, { ...contextOf(request), principal: PUBLIC }, request.body)),
    );
    app.post(
      '/api/v1/public/applications/track',
      {
        ...limited,
        validatorCompiler: validateBodyInHandler,
        schema: {
          tags: ['public'],
          summary: '查询办理进度 / track an application',
          body: trackQuerySchema,
          response: { 200: trackResponse, ...errorResponses(400, 404, 429) },
        },
      },
      async (request) => trackApplication(deps, request.body),
    );
    app.get(
      '/api/v1/verify/:token',
      {
        ...limited,
        schema: {
          tags: ['public'],
          summary: '核验准予迁入证明 / verify a permit',
          params: verifyTokenParams,
          response: { 200: verificationSchema, ...errorResponses(400, 429) },
        },
      },
      async (request) => verifyPermit(deps, request.params.token),
    );
    app.get(
      '/verify/:token',
      { ...limited, schema: { hide: true, params: verifyTokenParams } },
      async (request, reply) => {
        const v = await verifyPermit(deps, request.params.token);
        return reply
          .status(v.found ? 200 : 404)
          .type('text/html; charset=utf-8')
          .header('cache-control', 'no-store')
          .send(verifyPage(v));
      },
    );
  };
}
