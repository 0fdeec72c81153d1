// Use cases: the public self-checks (T20) and a holder's entitlements (T11.2). Nothing is stored; the input is
// validated by the domain's schema so every bad or unknown field is named by its path, as the CLI names it.
import { evaluatePermitApplication } from '../../domain/permits/eligibility.ts';
import { evaluateEntitlements } from '../../domain/permits/entitlements.ts';
import { evaluateSettlement } from '../../domain/policy/decide.ts';
import type { PolicyOnly } from '../context.ts';
import { parametersUnder } from './reforms.ts';

/** Settlement under the plan, or under a shipped reform named by the caller (never a path). */
export function checkSettlement(
  deps: PolicyOnly,
  input: unknown,
  options: { explain?: boolean; reform?: string | undefined } = {},
) {
  return evaluateSettlement(input, parametersUnder(deps, options.reform), {
    explain: options.explain ?? false,
  });
}

export function checkResidencePermit(deps: PolicyOnly, input: unknown) {
  return evaluatePermitApplication(input, deps.policy.parameters);
}

export function checkEntitlements(deps: PolicyOnly, input: unknown) {
  return evaluateEntitlements(input, deps.policy.parameters);
}
