// Reforms as callers name them: a shipped reform by name (HTTP, which never takes a path), a reform file (the
// CLI) or a reform object (a simulation's body). Each is overlaid on the dependencies' parameter set, so the plan
// is read from disk once per process and a reform never sees a second copy of it.
import { applyReform, type ParameterSet } from '../../domain/policy/parameters.ts';
import { loadReformFile, loadShippedReform } from '../../policy-data/load.ts';
import type { PolicyOnly } from '../context.ts';

/** The plan itself, or the plan under the shipped reform of this name. */
export function parametersUnder(deps: PolicyOnly, reform: string | undefined): ParameterSet {
  return reform ? loadShippedReform(reform, deps.policy.parameters) : deps.policy.parameters;
}

/** The plan under a reform given inline (validated whole; issues are named under `pathPrefix`). */
export function parametersWithReform(deps: PolicyOnly, reform: unknown, pathPrefix = ''): ParameterSet {
  return applyReform(deps.policy.parameters, reform, pathPrefix);
}

/** The plan under a reform file (CLI), or the plan itself without one. */
export function parametersFromFile(deps: PolicyOnly, file: string | undefined): ParameterSet {
  return file ? loadReformFile(file, deps.policy.parameters) : deps.policy.parameters;
}
