// POST /api/v1/eligibility/settlement and /residence-permit (public self-checks, T20; store nothing). The body is
// validated by the domain's own schema inside the handler (policyComputation).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app/context.ts';
import { checkResidencePermit, checkSettlement } from '../../app/policy/evaluate-eligibility.ts';
import { permitApplicationSchema, permitEligibilityResponse } from '../../domain/permits/schema.ts';
import { settlementCaseSchema } from '../../domain/policy/case-schema.ts';
import { settlementDecisionSchema } from '../../domain/policy/decision-schema.ts';
import { evaluationQuery } from '../../domain/policy/schema.ts';
import { policyComputation } from '../policy/options.ts';
import { parseFlags } from '../policy/query.ts';

export function eligibilityRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const settlement = policyComputation(
    '落户资格自助判断 / settlement self-check (?explain=1 adds the trace; ?reform=NAME a shipped reform)',
    settlementCaseSchema,
    { 200: settlementDecisionSchema },
  );
  return async (app) => {
    app.post(
      '/api/v1/eligibility/settlement',
      { ...settlement, schema: { ...settlement.schema, querystring: evaluationQuery } },
      async (request) => {
        return checkSettlement(deps, request.body, parseFlags(request.query));
      },
    );

    app.post(
      '/api/v1/eligibility/residence-permit',
      policyComputation('居住证申领资格 / residence-permit eligibility', permitApplicationSchema, {
        200: permitEligibilityResponse,
      }),
      async (request) => ({ ...checkResidencePermit(deps, request.body) }),
    );
  };
}
