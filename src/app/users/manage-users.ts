// Administration of users: add and list (one user's changes: administer-user.ts). Used by the API, the CLI
// (`hukou users …`) and demo seeding.
import { DomainError } from '../../domain/errors.ts';
import type { Role } from '../../domain/access/roles.ts';
import { findUserByUsername, insertUser, listUsers } from '../../db/repositories/users.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import { hashPassword } from '../auth/password.ts';
import { auditActor, type AppDeps, type RequestContext } from '../context.ts';
import { parseOrThrow } from '../../domain/validation.ts';
import { newUserSchema, type ListedUser, type NewUserInput } from '../../domain/users/schema.ts';

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
