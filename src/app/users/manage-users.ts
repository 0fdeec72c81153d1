// Administration of users: add, list, change a password, disable. Used by the CLI (`hukou users …`) and demo seeding.
import { z } from 'zod';
import { DomainError } from '../../domain/errors.ts';
import { ROLES, isJurisdictionCode } from '../../domain/access/roles.ts';
import { departmentField } from '../../domain/access/departments.ts';
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
import { PASSWORD_MAX_LENGTH, passwordProblems } from '../auth/password-rules.ts';
import { CITY_CODE, COUNTIES, TOWNS } from '../../domain/divisions/index.ts';
import { auditActor, type AppDeps, type RequestContext } from '../context.ts';
import { parseOrThrow } from '../../domain/validation.ts';

const passwordField = z.string().max(PASSWORD_MAX_LENGTH);

/** A jurisdiction on the 昭通 tree: the city (5306), one of its counties, or one of its towns (stations). */
export function isZhaotongJurisdiction(code: string): boolean {
  return isJurisdictionCode(code) && (code === CITY_CODE || COUNTIES.has(code) || TOWNS.has(code));
}

/** The password rules as a zod check on an object with `username` and `password` (the path names the field). */
function checkPassword(u: { username: string; password: string }, ctx: z.RefinementCtx) {
  for (const issue of passwordProblems(u.password, u.username))
    ctx.addIssue({ code: 'custom', path: ['password'], message: issue.message });
}

export const newUserSchema = z
  .strictObject({
    username: z
      .string()
      .regex(/^[a-z0-9][a-z0-9._-]{1,31}$/, '用户名：2–32 位小写字母、数字、点、下划线或连字符'),
    displayName: z.string().trim().min(1, '姓名不能为空').max(64),
    password: passwordField,
    role: z.enum(ROLES),
    jurisdiction: z
      .string()
      .refine(
        isZhaotongJurisdiction,
        '辖区须为昭通市（5306）、其所辖县区（6 位）或乡镇街道（9 位）的区划代码',
      ),
    // One of the known departments (by code, name or alias), stored by its canonical name (departments.ts).
    department: departmentField.nullable().default(null),
  })
  .refine((u) => u.role !== 'department-officer' || u.department !== null, {
    path: ['department'],
    message: '部门工作人员必须填写所属部门',
  })
  .superRefine(checkPassword);
export type NewUserInput = z.input<typeof newUserSchema>;

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

export async function listAllUsers(deps: AppDeps) {
  const rows = await listUsers(deps.database.db);
  return rows.map(({ passwordHash: _omit, ...rest }) => rest);
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
