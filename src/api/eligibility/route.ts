// POST /api/v1/eligibility/settlement and /residence-permit (public self-checks, T20; store nothing). The body is
// validated by the domain's own schema inside the handler (policyComputation).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app/context.ts';
import { evaluatePermitApplication } from '../../domain/permits/eligibility.ts';
import { permitApplicationSchema, permitEligibilityResponse } from '../../domain/permits/schema.ts';
import { settlementCaseSchema } from '../../domain/policy/case-schema.ts';
import { evaluateSettlement } from '../../domain/policy/decide.ts';
import { settlementDecisionSchema } from '../../domain/policy/decision-schema.ts';
import { evaluationQuery } from '../../domain/policy/schema.ts';
import { loadParameterSet, loadShippedReform } from '../../policy-data/load.ts';
import { policyComputation } from '../policy/options.ts';
import { parseFlags } from '../policy/query.ts';

export function eligibilityRoutes(_deps: AppDeps): FastifyPluginAsyncZod {
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
        const { explain, reform } = parseFlags(request.query);
        const set = reform ? loadShippedReform(reform) : loadParameterSet();
        return evaluateSettlement(request.body, set, { explain });
      },
    );

    app.post(
      '/api/v1/eligibility/residence-permit',
      policyComputation('居住证申领资格 / residence-permit eligibility', permitApplicationSchema, {
        200: permitEligibilityResponse,
      }),
      async (request) => ({ ...evaluatePermitApplication(request.body, loadParameterSet()) }),
    );
  };
}
