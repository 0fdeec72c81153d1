// Use cases: the parameters in force on a date for a division, and T3's trigger report (彝良 county town: do
// move-ins exceed move-outs?), read from the registry's events.
import { resolveParameter } from '../../domain/policy/parameters.ts';
import { t3CountyTown, t3TriggerReport } from '../../domain/policy/triggers.ts';
import { loadMoveRecords } from '../../db/repositories/registry/moves.ts';
import type { AppDeps } from '../context.ts';

const today = (deps: AppDeps) => deps.now().toISOString().slice(0, 10);

export function showParameters(
  deps: AppDeps,
  query: { asOf?: string | undefined; division?: string | undefined },
) {
  const set = deps.policy.parameters;
  const asOf = query.asOf ?? today(deps);
  const parameters = Object.entries(set.parameters).map(([name, def]) => ({
    ...resolveParameter(set, name, asOf, query.division),
    clauses: def.clauses,
    description: def.description,
  }));
  return { id: set.id, asOf, division: query.division ?? null, parameters };
}

/** T3's report between two dates (`to` defaults to today). */
export async function reportT3Trigger(deps: AppDeps, from: string, to: string = today(deps)) {
  const set = deps.policy.parameters;
  const counties = [...new Set(t3CountyTown(set, from).map((t) => t.slice(0, 6)))];
  const { moves, source } = await loadMoveRecords(deps.database.db, counties, from, to);
  return { ...t3TriggerReport(set, moves, from, to), source };
}
