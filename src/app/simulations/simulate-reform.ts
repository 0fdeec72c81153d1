// Use case: a what-if run in the caller's own process and to its end (the CLI's `hukou simulate`): the plan against
// a reform file, counted per county, progress reported as rows done out of 3 × size.
import { runSimulation } from '../../jobs/simulations.ts';
import type { PolicyOnly } from '../context.ts';
import { parametersFromFile } from '../policy/reforms.ts';

export async function simulateReformFile(
  deps: PolicyOnly,
  file: string,
  spec: { size: number; seed: number; asOf: string },
  onProgress: (done: number, total: number) => void,
) {
  const reform = parametersFromFile(deps, file);
  const result = await runSimulation({ base: deps.policy.parameters, reform, ...spec }, onProgress);
  return { policy: { id: reform.id, reform: reform.reform }, ...spec, ...result };
}
