// Log in, log out, and resolve a session token to an actor. Attempts are throttled per user name and per client
// address in the database (not in memory), so the limit holds across restarts and several server processes.
import { createHash, randomBytes } from 'node:crypto';
import { DomainError } from '../../domain/errors.ts';
import type { Actor, Role } from '../../domain/access/roles.ts';
import {
  endSession,
  findSessionUser,
  findUserByUsername,
  insertSession,
  recordLoginFailure,
  type UserRow,
} from '../../db/repositories/users.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import { auditActor, type AppDeps, type RequestContext } from '../context.ts';
import { UNKNOWN_USER_HASH, verifyPassword } from './password.ts';
import { cachedSession, forgetSession, rememberSession } from './session-cache.ts';
import { checkLoginTurn, loginSucceeded } from './throttle.ts';
import { staff } from '../../domain/access/principal.ts';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

export function toActor(u: UserRow): Actor {
  return {
    id: u.id,
    username: u.username,
    role: u.role as Role,
    jurisdiction: u.jurisdiction,
    department: u.department,
  };
}

export interface PublicUser extends Actor {
  displayName: string;
}

export function toPublicUser(u: UserRow): PublicUser {
  return { ...toActor(u), displayName: u.displayName };
}

export async function logIn(
  deps: AppDeps,
  ctx: RequestContext,
  input: { username: string; password: string },
): Promise<{ user: PublicUser; token: string; expiresAt: Date }> {
  const { db } = deps.database;
  const now = deps.now();
  await checkLoginTurn(db, input.username, ctx.ip, now);
  const user = await findUserByUsername(db, input.username);
  // Verify even for an unknown user, so timing does not reveal which usernames exist.
  const ok = await verifyPassword(input.password, user?.passwordHash ?? UNKNOWN_USER_HASH);
  if (!user || !ok || !user.active) {
    await db.transaction().execute(async (trx) => {
      await recordLoginFailure(trx, input.username, ctx.ip, now);
      await recordAudit(trx, {
        ...auditActor(ctx),
        action: 'login-failed',
        resourceType: 'session',
        detail: { username: input.username },
      });
    });
    throw new DomainError('unauthenticated', '用户名或密码错误 / wrong username or password', [
      { path: 'password', message: '用户名或密码错误' },
    ]);
  }
  await loginSucceeded(db, input.username, ctx.ip);
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + deps.config.sessionHours * 3_600_000);
  await db.transaction().execute(async (trx) => {
    await insertSession(trx, hashToken(token), user.id, expiresAt);
    await recordAudit(trx, {
      ...auditActor({ ...ctx, principal: staff(toActor(user)) }),
      action: 'login',
      resourceType: 'session',
    });
  });
  return { user: toPublicUser(user), token, expiresAt };
}

export async function logOut(deps: AppDeps, ctx: RequestContext, token: string): Promise<void> {
  forgetSession(deps.database, hashToken(token));
  await deps.database.db.transaction().execute(async (trx) => {
    await endSession(trx, hashToken(token), deps.now());
    await recordAudit(trx, { ...auditActor(ctx), action: 'logout', resourceType: 'session' });
  });
}

export async function resolveSession(deps: AppDeps, token: string): Promise<PublicUser | null> {
  const tokenHash = hashToken(token);
  const now = deps.now();
  const cached = cachedSession<PublicUser>(deps.database, tokenHash, now);
  if (cached) return cached;
  const row = await findSessionUser(deps.database.db, tokenHash, now);
  const user = row ? toPublicUser(row) : null;
  if (user) rememberSession(deps.database, tokenHash, user, now);
  return user;
}
