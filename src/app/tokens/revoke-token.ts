// Revoke an API token: from the next request on it answers 401. Revoking twice is harmless (the first time stays).
import { DomainError } from '../../domain/errors.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import { markRevoked } from '../../db/repositories/tokens/tokens.ts';
import { auditActor, type AppDeps, type RequestContext } from '../context.ts';
import { requireTokenAdmin, tokenSummary } from './list-tokens.ts';

export async function revokeToken(deps: AppDeps, ctx: RequestContext, id: number) {
  requireTokenAdmin(ctx);
  const now = deps.now();
  const row = await deps.database.db.transaction().execute(async (trx) => {
    const r = await markRevoked(trx, id, now);
    if (r)
      await recordAudit(trx, {
        ...auditActor(ctx),
        action: 'token.revoke',
        resourceType: 'api_token',
        resourceId: String(id),
      });
    return r;
  });
  if (!row) throw DomainError.notFound(`接口令牌 ${id}`);
  return tokenSummary(row, now);
}
