// The route options every public policy computation shares (eligibility, entitlements, simulations): the body is
// validated in the handler by the domain's own schema, so every bad or unknown field is named by its path exactly as
// the CLI names it (the schema still documents the route); nothing is stored, so a retry is just computed again and
// Idempotency-Key does not apply; 400 in the one error shape.
import type { z } from 'zod';
import { errorResponses, validateInHandler } from '../contract.ts';

export function policyComputation<B extends z.ZodType, R extends Partial<Record<number, z.ZodType>>>(
  summary: string,
  body: B,
  response: R,
) {
  return {
    validatorCompiler: validateInHandler,
    config: { idempotent: false },
    schema: { tags: ['policy'], summary, body, response: { ...response, ...errorResponses(400) } },
  };
}
