// A request carrying Authorization: Bearer hkt_… acts as the token's principal: a department officer of the token's
// department and jurisdiction, limited to the token's scopes (Actor.token; mayAct checks them). Unknown, revoked or
// expired → 401: a department system must not fall back to acting anonymously.
import type { PublicUser } from '../auth/login.ts';
import { hashToken } from '../auth/login.ts';
import { TOKEN_SCOPES, type TokenScope } from '../../domain/access/tokens.ts';
import { DomainError } from '../../domain/errors.ts';
import { findTokenByHash } from '../../db/repositories/tokens/tokens.ts';
import type { AppDeps } from '../context.ts';

export async function authenticateToken(deps: AppDeps, token: string): Promise<PublicUser> {
  const row = await findTokenByHash(deps.database.db, hashToken(token));
  if (!row || row.revoked_at || row.expires_at <= deps.now()) {
    throw new DomainError(
      'unauthenticated',
      '接口令牌无效、已过期或已吊销 / token invalid, expired or revoked',
    );
  }
  const id = Number(row.id);
  const scopes = row.scopes.filter((s): s is TokenScope => (TOKEN_SCOPES as readonly string[]).includes(s));
  return {
    // Negative: never an app_user id (idempotency keys are scoped by actor id); audit rows name token:<id> instead.
    id: -id,
    username: `token:${id}`,
    displayName: row.name,
    role: 'department-officer',
    jurisdiction: row.jurisdiction,
    department: row.department,
    token: { id, name: row.name, scopes },
  };
}
