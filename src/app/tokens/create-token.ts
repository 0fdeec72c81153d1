// Create an API token for a department system (T13.2). The token — hkt_ and 32 random bytes — is returned once;
// only its SHA-256 is stored. Bound to a department (which decides the registry view) and a jurisdiction, limited to
// its scopes, and always expiring, at most a year on.
import { nameOf } from '../../domain/access/principal.ts';
import { randomBytes } from 'node:crypto';
import { TOKEN_PREFIX } from '../../domain/access/tokens.ts';
import { newTokenSchema } from '../../domain/tokens/schema.ts';
import { DomainError } from '../../domain/errors.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import { insertToken } from '../../db/repositories/tokens/tokens.ts';
import { hashToken } from '../auth/login.ts';
import { auditActor, type AppDeps, type RequestContext } from '../context.ts';
import { parseOrThrow } from '../../domain/validation.ts';
import { requireTokenAdmin } from './list-tokens.ts';

const DAY_MS = 86_400_000;

export async function createToken(deps: AppDeps, ctx: RequestContext, raw: unknown) {
  requireTokenAdmin(ctx);
  const input = parseOrThrow(newTokenSchema, raw);
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  const now = deps.now();
  const expiresAt = new Date(now.getTime() + input.expiresInDays * DAY_MS);
  const scopes = [...new Set(input.scopes)];
  const id = await deps.database.db.transaction().execute(async (trx) => {
    const tokenId = await insertToken(trx, {
      name: input.name,
      tokenHash: hashToken(token),
      hint: token.slice(0, TOKEN_PREFIX.length + 4),
      department: input.department,
      jurisdiction: input.jurisdiction,
      scopes,
      createdBy: nameOf(ctx.principal),
      createdAt: now,
      expiresAt,
    });
    await recordAudit(trx, {
      ...auditActor(ctx),
      action: 'token.create',
      resourceType: 'api_token',
      resourceId: String(tokenId),
      detail: {
        name: input.name,
        department: input.department,
        jurisdiction: input.jurisdiction,
        scopes,
        expiresAt: expiresAt.toISOString(),
      },
    });
    return tokenId;
  });
  if (!id) throw new DomainError('internal', '令牌未能创建');
  return {
    id,
    name: input.name,
    token,
    department: input.department,
    jurisdiction: input.jurisdiction,
    scopes,
    expiresAt: expiresAt.toISOString(),
  };
}
