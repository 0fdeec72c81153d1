// HTTP-only pieces of the route contracts (the request and response schemas themselves live in the domain, per
// resource: src/domain/<resource>/schema.ts). What is here has no meaning outside HTTP: the error answers by status,
// an empty body, files as binary strings, and the option that leaves validation to the handler.
import { Readable } from 'node:stream';
import { validatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorBodySchema } from './errors.ts';

type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429;

/** The one error body (src/api/errors.ts) under each status a route may answer with. */
export function errorResponses<S extends ErrorStatus>(...statuses: S[]): Record<S, typeof errorBodySchema> {
  return Object.fromEntries(statuses.map((s) => [s, errorBodySchema])) as Record<S, typeof errorBodySchema>;
}

/** The errors of a logged-in staff route. */
export const staffErrors = errorResponses(400, 401, 403, 404, 409);

/** A POST that takes nothing: no body, or an empty JSON object. */
export const emptyBody = z.strictObject({}).nullish();

/** A file in OpenAPI's words: a binary string. */
const binary = { type: 'string', format: 'binary' } as const;

/** A file sent as the raw request body (the route's content-type parser hands it over as a stream). */
export const binaryBody = z.custom<Readable>((v) => v instanceof Readable).meta(binary);

/** A success answer that is a file of the given media type (sent as a Buffer or stream, never serialized). */
export function fileResponse(mediaType: string, description: string) {
  const file = z.custom<Uint8Array | Readable>((v) => v instanceof Uint8Array || v instanceof Readable);
  return { description, content: { [mediaType]: { schema: file.meta(binary) } } };
}

/**
 * Skip Fastify's validation: the handler validates with the domain schema through parseOrThrow, so every bad or
 * unknown field is named by its path exactly as the CLI names it. The schema still documents the route in OpenAPI.
 */
export const validateInHandler = () => (data: unknown) => ({ value: data });

/** The same for the body only: the path and query are still validated by Fastify (a bad id never reaches SQL). */
export const validateBodyInHandler = (route: { httpPart?: string }) =>
  route.httpPart === 'body'
    ? validateInHandler()
    : validatorCompiler(route as Parameters<typeof validatorCompiler>[0]);
