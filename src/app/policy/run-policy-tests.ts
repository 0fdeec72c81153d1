// Use case: run the plan's YAML policy tests (policy/tests) against the dependencies' parameters, each test under
// its reform when it names one (shipped reforms first, then test-only ones), and report coverage per clause.
import type { ParameterSet } from '../../domain/policy/parameters.ts';
import { evaluateSettlement } from '../../domain/policy/decide.ts';
import { parsePolicyTests, runPolicyTests } from '../../domain/policy/policy-tests.ts';
import { loadPolicyTestDocs, loadTestReform } from '../../policy-data/load.ts';
import type { PolicyOnly } from '../context.ts';

export function runPlanTests(deps: PolicyOnly) {
  const base = deps.policy.parameters;
  // Many tests share a reform: read each once for this run.
  const reforms = new Map<string, ParameterSet>();
  const setFor = (name: string | undefined) => {
    if (!name) return base;
    if (!reforms.has(name)) reforms.set(name, loadTestReform(name, base));
    return reforms.get(name)!;
  };
  const tests = parsePolicyTests(loadPolicyTestDocs());
  return runPolicyTests(tests, (input, reform) => evaluateSettlement(input, setFor(reform)));
}
