// Use cases: the parameters in force on a date for a division, every dated value (administrators), and T3's trigger report (彝良 county town: do
// move-ins exceed move-outs?), read from the registry's events.
import { resolveParameter } from '../../domain/policy/parameters.ts';
import { t3CountyTown, t3TriggerReport } from '../../domain/policy/triggers.ts';
import { loadMoveRecords } from '../../db/repositories/registry/moves.ts';
import type { DatedValue } from '../../domain/policy/parameters.ts';
import type { ParameterHistory } from '../../domain/policy/schema.ts';
import { requirePermitted, type AppDeps, type RequestContext } from '../context.ts';

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

/** Every dated value of every parameter, default and per division, with its reference and placeholder mark. */
export function listParameterHistory(deps: AppDeps, ctx: RequestContext): ParameterHistory {
  requirePermitted(ctx, 'policy.manage');
  const set = deps.policy.parameters;
  const dated = (values: DatedValue[]) =>
    values.map((v) => ({ ...v, to: v.to ?? null, placeholder: v.placeholder === true }));
  return {
    id: set.id,
    reform: set.reform,
    parameters: Object.entries(set.parameters).map(([name, def]) => ({
      name,
      type: def.type,
      unit: def.unit,
      clauses: def.clauses,
      description: def.description,
      values: dated(def.values),
      divisions: Object.entries(def.divisions ?? {}).map(([division, values]) => ({
        division,
        values: dated(values),
      })),
    })),
  };
}

/** T3's report between two dates (`to` defaults to today). */
export async function reportT3Trigger(deps: AppDeps, from: string, to: string = today(deps)) {
  const set = deps.policy.parameters;
  const counties = [...new Set(t3CountyTown(set, from).map((t) => t.slice(0, 6)))];
  const { moves, source } = await loadMoveRecords(deps.database.db, counties, from, to);
  return { ...t3TriggerReport(set, moves, from, to), source };
}
