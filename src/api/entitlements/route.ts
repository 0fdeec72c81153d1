// POST /api/v1/entitlements: what a residence-permit holder is entitled to (T11.2). Public, stores nothing.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app/context.ts';
import { checkEntitlements } from '../../app/policy/evaluate-eligibility.ts';
import { entitlementsInputSchema } from '../../domain/permits/schema.ts';
import { validateInHandler } from '../eligibility/route.ts';
import { errorBodySchema } from '../errors.ts';

export function entitlementRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/v1/entitlements',
      {
        validatorCompiler: validateInHandler,
        config: { idempotent: false },
        schema: {
          tags: ['policy'],
          summary: '居住证持有人享有的权利 / entitlements of a residence-permit holder',
          body: entitlementsInputSchema,
          response: {
            200: z.looseObject({ permitStatus: z.enum(['valid', 'suspended', 'expired']) }),
            400: errorBodySchema,
          },
        },
      },
      async (request) => ({ ...checkEntitlements(deps, request.body) }),
    );
  };
}
