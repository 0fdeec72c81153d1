// Request and response schemas of /api/v1/tokens (API tokens for department systems, T13.2).
import { z } from 'zod';
import { departmentField } from '../access/departments.ts';
import { isJurisdictionCode } from '../access/roles.ts';
import { TOKEN_MAX_DAYS, TOKEN_SCOPES } from '../access/tokens.ts';

export const newTokenSchema = z.strictObject({
  name: z.string().trim().min(1, '请填写令牌名称（如：教育局学籍系统）').max(64, '名称不超过64字'),
  department: departmentField,
  jurisdiction: z.string().refine(isJurisdictionCode, '辖区须为 4、6 或 9 位区划代码'),
  scopes: z.array(z.enum(TOKEN_SCOPES, '未知的权限范围')).min(1, '至少选择一项权限范围'),
  expiresInDays: z
    .number()
    .int('有效天数须为整数')
    .min(1, '有效期至少1天')
    .max(TOKEN_MAX_DAYS, `有效期最长${TOKEN_MAX_DAYS}天`),
});
export type NewTokenInput = z.input<typeof newTokenSchema>;

export const tokenIdParams = z.object({ id: z.coerce.number().int().positive('令牌编号无效') });

const tokenFields = {
  id: z.number(),
  name: z.string(),
  department: z.string(),
  jurisdiction: z.string(),
  scopes: z.array(z.string()),
  expiresAt: z.string(),
};

/** The one answer that carries the token itself. */
export const createdTokenResponse = z.object({ ...tokenFields, token: z.string() });

export const tokenSummary = z.object({
  ...tokenFields,
  hint: z.string(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
  state: z.enum(['active', 'expired', 'revoked']),
});
export const tokenListResponse = z.object({ tokens: z.array(tokenSummary) });
