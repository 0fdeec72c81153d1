// POST /api/v1/eligibility/settlement and /residence-permit (public self-checks, T20; store nothing). The body is validated by the
// domain's own schema inside the handler, so every bad or unknown field is named by its path exactly as the
// CLI names it; the schema is still given to OpenAPI.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app/context.ts';
import { checkResidencePermit, checkSettlement } from '../../app/policy/evaluate-eligibility.ts';
import { permitApplicationSchema } from '../../domain/permits/schema.ts';
import { settlementCaseSchema } from '../../domain/policy/case-schema.ts';
import { settlementDecisionSchema } from '../../domain/policy/decision-schema.ts';
import { errorBodySchema } from '../errors.ts';
import { parseFlags } from '../policy/query.ts';

/** Skip Fastify's validation: the handler validates with the domain schema (unknown fields named one by one). */
export const validateInHandler = () => (data: unknown) => ({ value: data });

export function eligibilityRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/v1/eligibility/settlement',
      {
        validatorCompiler: validateInHandler,
        config: { idempotent: false },
        schema: {
          tags: ['policy'],
          summary:
            '落户资格自助判断 / settlement self-check (?explain=1 adds the trace; ?reform=NAME a shipped reform)',
          body: settlementCaseSchema,
          querystring: z.object({ explain: z.string().optional(), reform: z.string().optional() }),
          response: { 200: settlementDecisionSchema, 400: errorBodySchema },
        },
      },
      async (request) => {
        return checkSettlement(deps, request.body, parseFlags(request.query));
      },
    );

    app.post(
      '/api/v1/eligibility/residence-permit',
      {
        validatorCompiler: validateInHandler,
        config: { idempotent: false },
        schema: {
          tags: ['policy'],
          summary: '居住证申领资格 / residence-permit eligibility',
          body: permitApplicationSchema,
          response: {
            200: z.looseObject({ eligible: z.boolean(), clauses: z.array(z.string()) }),
            400: errorBodySchema,
          },
        },
      },
      async (request) => ({ ...checkResidencePermit(deps, request.body) }),
    );
  };
}
