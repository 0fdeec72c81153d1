// Administration of users: add, list, change a password, disable. Used by the CLI (`hukou users …`) and demo seeding.
import { DomainError } from '../../domain/errors.ts';
import type { Role } from '../../domain/access/roles.ts';
import {
  endUserSessions,
  findUserByUsername,
  insertUser,
  listUsers,
  updatePasswordHash,
  updateUserActive,
} from '../../db/repositories/users.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import { hashPassword } from '../auth/password.ts';
import { forgetUserSessions } from '../auth/session-cache.ts';
import { auditActor, type AppDeps, type RequestContext } from '../context.ts';
import { parseOrThrow } from '../../domain/validation.ts';
import { newUserSchema, type ListedUser, type NewUserInput } from '../../domain/users/schema.ts';
import { passwordProblems } from '../../domain/auth/password-rules.ts';

export type { NewUserInput } from '../../domain/users/schema.ts';

export async function addUser(
  deps: AppDeps,
  ctx: RequestContext,
  raw: NewUserInput,
): Promise<{ id: number }> {
  const input = parseOrThrow(newUserSchema, raw);
  const { db } = deps.database;
  if (await findUserByUsername(db, input.username)) {
    throw new DomainError('conflict', `用户名 ${input.username} 已存在 / username taken`, [
      { path: 'username', message: '用户名已存在' },
    ]);
  }
  const passwordHash = await hashPassword(input.password);
  return db.transaction().execute(async (trx) => {
    const id = await insertUser(trx, { ...input, passwordHash });
    await recordAudit(trx, {
      ...auditActor(ctx),
      action: 'create',
      resourceType: 'user',
      resourceId: String(id),
    });
    return { id };
  });
}

/** Every user, without the password hash. The role column holds one of ROLES (the table's check constraint). */
export async function listAllUsers(deps: AppDeps): Promise<ListedUser[]> {
  const rows = await listUsers(deps.database.db);
  return rows.map(({ passwordHash: _omit, ...rest }) => ({ ...rest, role: rest.role as Role }));
}

export async function changePassword(deps: AppDeps, ctx: RequestContext, username: string, password: string) {
  const { db } = deps.database;
  const user = await findUserByUsername(db, username);
  if (!user) throw DomainError.notFound(`用户 ${username}`);
  const problems = passwordProblems(password, username);
  if (problems.length > 0) throw DomainError.invalid(problems);
  const hash = await hashPassword(password);
  await db.transaction().execute(async (trx) => {
    await updatePasswordHash(trx, user.id, hash);
    // Whoever held the old password may hold a session too: a new password ends them all.
    await endUserSessions(trx, user.id, deps.now());
    await recordAudit(trx, {
      ...auditActor(ctx),
      action: 'change-password',
      resourceType: 'user',
      resourceId: String(user.id),
    });
  });
  forgetUserSessions(deps.database, user.id);
}

/** Disable (or enable again) a user; disabling ends their sessions at once. */
export async function setUserActive(deps: AppDeps, ctx: RequestContext, username: string, active: boolean) {
  const { db } = deps.database;
  const user = await findUserByUsername(db, username);
  if (!user) throw DomainError.notFound(`用户 ${username}`);
  await db.transaction().execute(async (trx) => {
    await updateUserActive(trx, user.id, active);
    if (!active) await endUserSessions(trx, user.id, deps.now());
    await recordAudit(trx, {
      ...auditActor(ctx),
      action: active ? 'enable' : 'disable',
      resourceType: 'user',
      resourceId: String(user.id),
    });
  });
  forgetUserSessions(deps.database, user.id);
}
