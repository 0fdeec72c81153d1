// GET /api/health: is the server up, which database, which migration.
import { z } from 'zod';

export const healthResponse = z.object({
  status: z.literal('ok'),
  database: z.enum(['pglite', 'postgres']),
  migration: z.string(),
});
export type Health = z.infer<typeof healthResponse>;
