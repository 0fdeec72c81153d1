// Shared pieces of the application endpoints.
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';

export const idParams = z.object({ id: z.uuid('编号格式无效') });
export const createdSchema = z.object({
  id: z.string(),
  number: z.string(),
  state: z.string(),
  version: z.number(),
});

/** The public address of a permit's verification page, as the client reached this server. */
export function verifyUrlOf(request: FastifyRequest, number: string): string {
  return `${request.protocol}://${request.host}/verify/${encodeURIComponent(number)}`;
}
