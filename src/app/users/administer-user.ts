// Administration of one user over HTTP and the CLI: disable or enable, reset the password, change the role and
// jurisdiction. Administrators only (users.manage), checked before anything says whether the user exists; each
// change, the end of the user's sessions where it must, and its audit row commit in one transaction.
import { DomainError } from '../../domain/errors.ts';
import { staffActor } from '../../domain/access/principal.ts';
import type { Role } from '../../domain/access/roles.ts';
import { passwordProblems } from '../../domain/auth/password-rules.ts';
import { parseOrThrow } from '../../domain/validation.ts';
import {
  passwordResetSchema,
  userAssignmentSchema,
  type ListedUser,
  type PasswordResetInput,
  type UserAssignmentInput,
} from '../../domain/users/schema.ts';
import {
  endUserSessions,
  findUserByUsername,
  updatePasswordHash,
  updateUserActive,
  updateUserAssignment,
  type Executor,
  type UserRow,
} from '../../db/repositories/users.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import { hashPassword } from '../auth/password.ts';
import { forgetUserSessions } from '../auth/session-cache.ts';
import { auditActor, requirePermitted, type AppDeps, type RequestContext } from '../context.ts';

const listed = ({ passwordHash: _omit, ...rest }: UserRow): ListedUser => ({
  ...rest,
  role: rest.role as Role,
});

/** The user by name, for an administrator; not-found only after the caller is known to be one. */
async function userToAdminister(db: Executor, ctx: RequestContext, username: string): Promise<UserRow> {
  requirePermitted(ctx, 'users.manage');
  const user = await findUserByUsername(db, username);
  if (!user) throw DomainError.notFound(`用户 ${username}`);
  return user;
}

/** An administrator may not lock themself out: neither disable their own account nor give up their own role. */
function refuseSelf(ctx: RequestContext, user: UserRow, path: string, message: string) {
  if (staffActor(ctx.principal)?.id === user.id) throw DomainError.invalid([{ path, message }]);
}

/** Disable (ending every session at once) or enable a user again. */
export async function setUserActive(
  deps: AppDeps,
  ctx: RequestContext,
  username: string,
  active: boolean,
): Promise<ListedUser> {
  const { db } = deps.database;
  const changed = await db.transaction().execute(async (trx) => {
    const user = await userToAdminister(trx, ctx, username);
    if (!active) refuseSelf(ctx, user, 'username', '不能停用自己的账号');
    await updateUserActive(trx, user.id, active);
    if (!active) await endUserSessions(trx, user.id, deps.now());
    await recordAudit(trx, {
      ...auditActor(ctx),
      action: active ? 'enable' : 'disable',
      resourceType: 'user',
      resourceId: String(user.id),
    });
    return { ...user, active };
  });
  forgetUserSessions(deps.database, changed.id);
  return listed(changed);
}

/** A new password set by an administrator; whoever held the old one loses their sessions. */
export async function resetPassword(
  deps: AppDeps,
  ctx: RequestContext,
  username: string,
  raw: PasswordResetInput,
): Promise<ListedUser> {
  requirePermitted(ctx, 'users.manage');
  const { password } = parseOrThrow(passwordResetSchema, raw);
  const { db } = deps.database;
  const problems = passwordProblems(password, username);
  if (problems.length > 0) throw DomainError.invalid(problems);
  // Hashing takes a while (scrypt): done before the transaction, so no row waits on it.
  const hash = await hashPassword(password);
  const changed = await db.transaction().execute(async (trx) => {
    const user = await userToAdminister(trx, ctx, username);
    await updatePasswordHash(trx, user.id, hash);
    await endUserSessions(trx, user.id, deps.now());
    await recordAudit(trx, {
      ...auditActor(ctx),
      action: 'reset-password',
      resourceType: 'user',
      resourceId: String(user.id),
    });
    return user;
  });
  forgetUserSessions(deps.database, changed.id);
  return listed(changed);
}

/**
 * A new role, jurisdiction and department. The user's sessions end, so the next request is judged under the new
 * assignment (the session cache would otherwise keep the old one for a few seconds).
 */
export async function assignUser(
  deps: AppDeps,
  ctx: RequestContext,
  username: string,
  raw: UserAssignmentInput,
): Promise<ListedUser> {
  requirePermitted(ctx, 'users.manage');
  const input = parseOrThrow(userAssignmentSchema, raw);
  const { db } = deps.database;
  const changed = await db.transaction().execute(async (trx) => {
    const user = await userToAdminister(trx, ctx, username);
    if (input.role !== 'admin') refuseSelf(ctx, user, 'role', '不能取消自己的管理员角色');
    await updateUserAssignment(trx, user.id, input);
    await endUserSessions(trx, user.id, deps.now());
    await recordAudit(trx, {
      ...auditActor(ctx),
      action: 'assign',
      resourceType: 'user',
      resourceId: String(user.id),
      detail: {
        before: { role: user.role, jurisdiction: user.jurisdiction, department: user.department },
        after: input,
      },
    });
    return { ...user, ...input };
  });
  forgetUserSessions(deps.database, changed.id);
  return listed(changed);
}
