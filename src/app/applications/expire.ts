// The expiry sweep: a supplement not given in time, or a permit not used within its validity, ends the
// application as expired (an event by the system, with the reason).
import { findApplication, listPastDeadline } from '../../db/repositories/applications/applications.ts';
import type { AppDeps, RequestContext } from '../context.ts';
import { transition } from './common.ts';
import { systemJob } from '../../domain/access/principal.ts';

const SYSTEM: RequestContext = { principal: systemJob('expiry-sweep'), requestId: 'expiry-sweep', ip: '' };
const REASONS: Record<string, string> = {
  'supplement-requested': '逾期未补正材料，申请失效',
  'permit-issued': '准予迁入证明逾期未使用，已失效',
};

export async function expireOverdue(deps: AppDeps, batch = 500): Promise<{ expired: string[] }> {
  const due = await listPastDeadline(deps.database.db, Object.keys(REASONS), deps.now(), batch);
  const expired: string[] = [];
  for (const r of due) {
    await deps.database.db.transaction().execute(async (trx) => {
      const row = await findApplication(trx, r.id, true);
      if (!row || row.version !== r.version) return; // acted on meanwhile
      await transition(trx, deps, SYSTEM, row, 'expire', { reason: REASONS[row.state] ?? '逾期失效' });
      expired.push(row.number);
    });
  }
  return { expired };
}
