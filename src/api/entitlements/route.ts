// POST /api/v1/entitlements: what a residence-permit holder is entitled to (T11.2). Public, stores nothing.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app/context.ts';
import { checkEntitlements } from '../../app/policy/evaluate-eligibility.ts';
import { entitlementsInputSchema, entitlementsResponse } from '../../domain/permits/schema.ts';
import { policyComputation } from '../policy/options.ts';

export function entitlementRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/v1/entitlements',
      policyComputation(
        '居住证持有人享有的权利 / entitlements of a residence-permit holder',
        entitlementsInputSchema,
        { 200: entitlementsResponse },
      ),
      async (request) => ({ ...checkEntitlements(deps, request.body) }),
    );
  };
}
