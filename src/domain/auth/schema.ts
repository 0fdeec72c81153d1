// Request and response schemas of /api/v1/auth — the same ones the web login form validates with (web/src/pages/
// LoginPage.tsx) and the web's session type is inferred from.
import { z } from 'zod';
import { ROLES } from '../access/roles.ts';

export const loginBody = z.strictObject({
  username: z.string().trim().min(1, '请输入用户名').max(64),
  password: z.string().min(1, '请输入密码').max(200),
});

export const userSchema = z.object({
  id: z.number(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  jurisdiction: z.string(),
  department: z.string().nullable(),
});

export const userResponse = z.object({ user: userSchema });
export type SessionUser = z.infer<typeof userSchema>;
