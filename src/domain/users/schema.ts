// The users resource's contract (POST/GET /api/v1/users, `hukou users add`): who may be created, and the list's
// answer. The password rules are the domain's own (auth/password-rules.ts), so the form and the server agree.
import { z } from 'zod';
import { ROLES, isJurisdictionCode } from '../access/roles.ts';
import { departmentField } from '../access/departments.ts';
import { userSchema } from '../auth/schema.ts';
import { PASSWORD_MAX_LENGTH, passwordProblems } from '../auth/password-rules.ts';
import { CITY_CODE, COUNTIES, TOWNS } from '../divisions/index.ts';

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

export const usernameField = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]{1,31}$/, '用户名：2–32 位小写字母、数字、点、下划线或连字符');

/** What a user may do and where: the role, the jurisdiction, and the department a department officer works for. */
const assignmentFields = {
  role: z.enum(ROLES, '请选择角色'),
  jurisdiction: z
    .string()
    .refine(isZhaotongJurisdiction, '辖区须为昭通市（5306）、其所辖县区（6 位）或乡镇街道（9 位）的区划代码'),
  // One of the known departments (by code, name or alias), stored by its canonical name (departments.ts).
  department: departmentField.nullable().default(null),
};
const departmentNamed = {
  check: (u: { role: string; department: string | null }) =>
    u.role !== 'department-officer' || u.department !== null,
  issue: { path: ['department'], message: '部门工作人员必须填写所属部门' },
};

export const newUserSchema = z
  .strictObject({
    username: usernameField,
    displayName: z.string().trim().min(1, '姓名不能为空').max(64),
    password: passwordField,
    ...assignmentFields,
  })
  .refine(departmentNamed.check, departmentNamed.issue)
  .superRefine(checkPassword);
export type NewUserInput = z.input<typeof newUserSchema>;

/** A user as the administrators' list shows it. */
export const listedUserSchema = userSchema.extend({ active: z.boolean() });
export type ListedUser = z.infer<typeof listedUserSchema>;
export const usersResponse = z.object({ users: z.array(listedUserSchema) });
export const createdUserResponse = z.object({ id: z.number() });

/** The user a route acts on, by the name they sign in with. */
export const usernameParams = z.strictObject({ username: usernameField });

/** POST /api/v1/users/{username}/role: the role, jurisdiction and department (administrators only). */
export const userAssignmentSchema = z
  .strictObject(assignmentFields)
  .refine(departmentNamed.check, departmentNamed.issue);
export type UserAssignmentInput = z.input<typeof userAssignmentSchema>;

/** POST /api/v1/users/{username}/password: a new password chosen by an administrator (the rules name the user). */
export const passwordResetSchema = z.strictObject({ password: passwordField });
export type PasswordResetInput = z.input<typeof passwordResetSchema>;

/** The answer of every change to one user: the user as the list shows it. */
export const userChangedResponse = z.object({ user: listedUserSchema });
