// The daily sweep (Decree 663 art. 10): a permit whose anniversary passed without an endorsement is suspended, and
// expires once rp.expiryAfterMissedYears more have passed. Each change is the table's action taken by the system
// job, with its event and audit row, one permit per transaction so one failure does not hold back the rest.
import { systemJob } from '../../domain/access/principal.ts';
import { CITY_CODE } from '../../domain/divisions/city.ts';
import { standingOn } from '../../domain/permits/lifecycle.ts';
import { addYears } from '../../domain/policy/dates.ts';
import { resolveParameter } from '../../domain/policy/parameters.ts';
import { lapsedPermitIds } from '../../db/repositories/residence/permits.ts';
import { inTransaction } from '../transaction.ts';
import type { AppDeps, RequestContext } from '../context.ts';
import { todayOf } from './common.ts';
import { actOn, factsOf, loadPermitInScope } from './permit-actions.ts';

const BATCH = 500;

export async function sweepLapsedPermits(deps: AppDeps, requestId = 'permit-sweep') {
  const ctx: RequestContext = { principal: systemJob('permit-sweep'), requestId, ip: '127.0.0.1' };
  const today = todayOf(deps);
  const years = resolveParameter(deps.policy.parameters, 'rp.expiryAfterMissedYears', today).value as number;
  const counts = { examined: 0, suspended: 0, expired: 0 };
  // Permits examined and left as they are (a county whose parameter differs): never fetched again in this run.
  const kept: string[] = [];
  for (;;) {
    const ids = await lapsedPermitIds(deps.database.db, {
      today,
      expireBefore: addYears(today, -years),
      exclude: kept,
      limit: BATCH,
    });
    if (!ids.length) break;
    for (const id of ids) {
      counts.examined++;
      const changed = await inTransaction(deps, async (trx) => {
        let row = await loadPermitInScope(trx, id, CITY_CODE, true);
        const { state } = standingOn(factsOf(row), today, deps.policy.parameters, row.county_code);
        const reason = `满一年之日 ${row.due_on} 未签注 / not endorsed by ${row.due_on}`;
        let did = false;
        if ((state === 'suspended' || state === 'expired') && row.status === 'valid') {
          row = await actOn(trx, deps, ctx, row, 'suspend', { reason });
          counts.suspended++;
          did = true;
        }
        if (state === 'expired' && row.status === 'suspended') {
          await actOn(trx, deps, ctx, row, 'expire', { reason });
          counts.expired++;
          did = true;
        }
        return did;
      });
      if (!changed) kept.push(id);
    }
  }
  return counts;
}
