// Administration of users: add, list, change a password. Used by the CLI (`hukou users …`) and demo seeding.
import { z } from 'zod';
import { DomainError } from '../../domain/errors.ts';
import { ROLES, isJurisdictionCode } from '../../domain/access/roles.ts';
import { DEPARTMENTS, departmentOf } from '../../domain/access/departments.ts';
import { findUserByUsername, insertUser, listUsers, updatePasswordHash } from '../../db/repositories/users.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import { hashPassword } from '../auth/password.ts';
import { auditActor, type AppDeps, type RequestContext } from '../context.ts';
import { parseOrThrow } from '../validate.ts';

/** A department by code, name or alias → its canonical name; anything else names the field. */
export const departmentField = z
  .string()
  .trim()
  .max(64)
  .transform((name, ctx) => {
    const d = departmentOf(name);
    if (!d) ctx.addIssue({ code: 'custom', message: `未知部门：${name}（可选：${Object.values(DEPARTMENTS).map((x) => x.name).join('、')}）` });
    return d?.name ?? name;
  });

const passwordSchema = z.strictObject({ password: z.string().min(8, '密码至少 8 位').max(200) });

export const newUserSchema = z
  .strictObject({
    username: z.string().regex(/^[a-z0-9][a-z0-9._-]{1,31}$/, '用户名：2–32 位小写字母、数字、点、下划线或连字符'),
    displayName: z.string().trim().min(1, '姓名不能为空').max(64),
    password: passwordSchema.shape.password,
    role: z.enum(ROLES),
    jurisdiction: z.string().refine(isJurisdictionCode, '辖区须为 4、6 或 9 位区划代码'),
    // One of the known departments (by code, name or alias), stored by its canonical name (departments.ts).
    department: departmentField.nullable().default(null),
  })
  .refine((u) => u.role !== 'department-officer' || u.department !== null, {
    path: ['department'],
    message: '部门工作人员必须填写所属部门',
  });
export type NewUserInput = z.input<typeof newUserSchema>;

export async function addUser(deps: AppDeps, ctx: RequestContext, raw: NewUserInput): Promise<{ id: number }> {
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
    await recordAudit(trx, { ...auditActor(ctx), action: 'create', resourceType: 'user', resourceId: String(id) });
    return { id };
  });
}

export async function listAllUsers(deps: AppDeps) {
  const rows = await listUsers(deps.database.db);
  return rows.map(({ passwordHash: _omit, ...rest }) => rest);
}

export async function changePassword(deps: AppDeps, ctx: RequestContext, username: string, password: string) {
  const parsed = parseOrThrow(passwordSchema, { password });
  const { db } = deps.database;
  const user = await findUserByUsername(db, username);
  if (!user) throw DomainError.notFound(`用户 ${username}`);
  const hash = await hashPassword(parsed.password);
  await db.transaction().execute(async (trx) => {
    await updatePasswordHash(trx, user.id, hash);
    await recordAudit(trx, { ...auditActor(ctx), action: 'change-password', resourceType: 'user', resourceId: String(user.id) });
  });
}
