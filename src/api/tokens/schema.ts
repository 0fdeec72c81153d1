// Request and response schemas of /api/v1/tokens (API tokens for department systems, T13.2).
import { z } from 'zod';

export { newTokenSchema as createTokenBody } from '../../app/tokens/create-token.ts';

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
