// A service limit in force today: a number parameter of policy/parameters/service.yaml (simulation sizes and
// queues, per-address request windows). Dated like every parameter, so a limit can change on a date.
import { resolveParameter } from '../../domain/policy/parameters.ts';
import type { AppDeps } from '../context.ts';

export function serviceLimit(deps: AppDeps, name: string): number {
  return Number(resolveParameter(deps.policy.parameters, name, deps.now().toISOString().slice(0, 10)).value);
}
