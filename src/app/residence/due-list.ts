// The work lists of a station (or a county, or the city): permits whose endorsement falls due in the next days
// (rp.dueListDays) and those already overdue. Read from the projection's due anniversary, by index.
import { addDays } from '../../domain/applications/deadlines.ts';
import { coversDivision } from '../../domain/access/roles.ts';
import { DomainError } from '../../domain/errors.ts';
import { endorsementWindow } from '../../domain/permits/lifecycle.ts';
import { dueListQuery } from '../../domain/permits/permit-schema.ts';
import type { PermitState } from '../../domain/permits/states.ts';
import { resolveParameter } from '../../domain/policy/parameters.ts';
import { parseOrThrow } from '../../domain/validation.ts';
import { duePermits } from '../../db/repositories/residence/permits.ts';
import type { AppDeps, RequestContext } from '../context.ts';
import { scopeFor, todayOf } from './common.ts';

export async function permitsDue(deps: AppDeps, ctx: RequestContext, raw: unknown) {
  const q = parseOrThrow(dueListQuery, raw ?? {});
  const scope = scopeFor(ctx, 'permits.read');
  const division = q.division ?? scope;
  if (!coversDivision(scope, division))
    throw new DomainError('forbidden', '超出辖区 / outside your jurisdiction', [
      { path: 'division', message: division },
    ]);
  const today = todayOf(deps);
  const set = deps.policy.parameters;
  const days = q.days ?? (resolveParameter(set, 'rp.dueListDays', today, division).value as number);
  const db = deps.database.db;
  const [due, overdue] = await Promise.all([
    duePermits(db, { division, from: today, to: addDays(today, days), overdue: false, limit: q.limit }),
    duePermits(db, { division, from: today, to: today, overdue: true, limit: q.limit }),
  ]);
  const item = (r: (typeof due.items)[number]) => ({
    id: r.id,
    number: r.number,
    name: r.holder_name,
    stationCode: r.station_code,
    status: r.status as PermitState,
    dueOn: r.due_on!,
    opensOn: endorsementWindow(r.due_on!, set, today, r.station_code).opens,
  });
  return {
    asOf: today,
    days,
    due: { total: due.total, items: due.items.map(item) },
    overdue: { total: overdue.total, items: overdue.items.map(item) },
  };
}
