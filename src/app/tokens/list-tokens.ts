// The API tokens, for administrators: never the token itself (it is not stored), only its first characters.
import { listTokenRows, type TokenRow } from '../../db/repositories/tokens/tokens.ts';
import { requirePermitted, type AppDeps, type RequestContext } from '../context.ts';

/** Administrators over the API, and the CLI operator. */
export function requireTokenAdmin(ctx: RequestContext) {
  requirePermitted(ctx, 'users.manage', undefined, '仅系统管理员可管理接口令牌 / administrators only');
}

export function tokenSummary(r: TokenRow, now: Date) {
  const state: 'revoked' | 'expired' | 'active' = r.revoked_at
    ? 'revoked'
    : r.expires_at <= now
      ? 'expired'
      : 'active';
  return {
    id: Number(r.id),
    name: r.name,
    hint: r.hint,
    department: r.department,
    jurisdiction: r.jurisdiction,
    scopes: r.scopes,
    createdBy: r.created_by,
    createdAt: r.created_at.toISOString(),
    expiresAt: r.expires_at.toISOString(),
    revokedAt: r.revoked_at?.toISOString() ?? null,
    state,
  };
}

export async function listTokens(deps: AppDeps, ctx: RequestContext) {
  requireTokenAdmin(ctx);
  const now = deps.now();
  return { tokens: (await listTokenRows(deps.database.db)).map((r) => tokenSummary(r, now)) };
}
