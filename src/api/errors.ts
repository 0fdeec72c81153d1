// One error shape for every failure: {"error":{"code","message","issues":[{"path","message"}]}}.
// A user's mistake is never a 500 and never shows a stack trace; an unexpected error is logged in full and
// answered with a plain "internal" error.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  DomainError,
  ERROR_CODES,
  isDomainError,
  type ErrorCode,
  type ErrorIssue,
} from '../domain/errors.ts';

export const errorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    issues: z.array(z.object({ path: z.string(), message: z.string() })),
  }),
});

/** Bounds on an error answer: a body of 700,000 unknown keys must not come back as a 40 MB list of them. */
export const ERROR_LIMITS = { issues: 20, message: 500, path: 200 } as const;

function clip(text: string, max: number): string {
  // Cut on a code point boundary, so the answer never carries a lone surrogate of its own making.
  return text.length <= max ? text : `${Array.from(text.slice(0, max)).slice(0, -1).join('')}…`;
}

/** The error body, clipped: at most ERROR_LIMITS.issues issues (a last one says how many were left out). */
export function errorBody(code: ErrorCode, message: string, issues: readonly ErrorIssue[] = []) {
  const shown = issues
    .slice(0, ERROR_LIMITS.issues)
    .map((i) => ({ path: clip(i.path, ERROR_LIMITS.path), message: clip(i.message, ERROR_LIMITS.message) }));
  if (issues.length > ERROR_LIMITS.issues) {
    shown.push({
      path: '',
      message: `另有 ${issues.length - ERROR_LIMITS.issues} 处错误未列出 / ${issues.length - ERROR_LIMITS.issues} more issues not shown`,
    });
  }
  return { error: { code, message: clip(message, ERROR_LIMITS.message), issues: shown } };
}

export function sendError(
  reply: FastifyReply,
  code: ErrorCode,
  message: string,
  issues: readonly ErrorIssue[] = [],
) {
  return reply
    .status(ERROR_CODES[code].http)
    .type('application/json')
    .send(errorBody(code, message, issues));
}

/** Map Fastify's own client errors (body parsing, size, media type) onto our codes. */
function fromFastifyError(err: FastifyError): DomainError | null {
  const status = err.statusCode ?? 500;
  if (
    err.code === 'FST_ERR_CTP_INVALID_JSON_BODY' ||
    err instanceof SyntaxError ||
    err.code === 'FST_ERR_CTP_EMPTY_JSON_BODY'
  ) {
    return new DomainError('malformed-json', '请求体不是合法的 JSON / request body is not valid JSON', [
      { path: '', message: err.message },
    ]);
  }
  if (status === 413) return new DomainError('payload-too-large', '请求体过大 / request body too large');
  if (status === 415) {
    return new DomainError('invalid-input', '不支持的内容类型 / unsupported content type', [
      { path: '', message: err.message },
    ]);
  }
  if (status >= 400 && status < 500) return new DomainError('invalid-input', err.message);
  return null;
}

function pathOf(instancePath: string, missing?: unknown): string {
  const p = instancePath.replace(/^\//, '').replaceAll('/', '.');
  return typeof missing === 'string' && missing ? (p ? `${p}.${missing}` : missing) : p;
}

export function installErrorHandling(app: FastifyInstance) {
  app.setErrorHandler((err: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (isDomainError(err)) {
      if (err.retryAfterSeconds !== undefined)
        reply.header('retry-after', String(Math.max(1, Math.ceil(err.retryAfterSeconds))));
      return sendError(reply, err.code, err.message, err.issues);
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const issues = err.validation.map((v) => ({
        path: pathOf(
          v.instancePath,
          (v.params as { missingProperty?: unknown } | undefined)?.missingProperty,
        ),
        message: v.message ?? 'invalid',
      }));
      const where = err.validationContext ? ` (${err.validationContext})` : '';
      return sendError(reply, 'invalid-input', `输入有误${where} / invalid input`, issues);
    }
    const mapped = fromFastifyError(err);
    if (mapped) return sendError(reply, mapped.code, mapped.message, mapped.issues);
    request.log.error({ err }, 'unexpected error');
    return sendError(reply, 'internal', '服务器内部错误 / internal error');
  });
}
