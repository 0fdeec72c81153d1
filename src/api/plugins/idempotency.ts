// Idempotency-Key on every POST: the first request with a key runs and its answer is stored; a retry with
// the same key and body gets the stored answer (header Idempotent-Replayed: true) and changes nothing; the
// same key with another body is a 409. A request that failed with a server error releases its key.
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { AppDeps } from '../../app/context.ts';
import { DomainError } from '../../domain/errors.ts';
import { claimRequest, finishRequest } from '../../app/idempotency/claim-request.ts';

const HEADER = 'idempotency-key';
const KEY_PATTERN = /^[\x21-\x7e]{1,200}$/;

declare module 'fastify' {
  interface FastifyRequest {
    idempotency: { scope: string; key: string } | null;
  }
  interface FastifyContextConfig {
    /** false for routes where replaying a stored answer would be wrong (login sets a fresh cookie). */
    idempotent?: boolean;
  }
}

function requestHash(request: FastifyRequest): string {
  return createHash('sha256')
    .update(`${request.method} ${request.url}\n${JSON.stringify(request.body ?? null)}`)
    .digest('base64url');
}

export const idempotencyPlugin = fp(async (app: FastifyInstance, opts: { deps: AppDeps }) => {
  app.decorateRequest('idempotency', null);

  app.addHook('preHandler', async (request, reply) => {
    if (request.method !== 'POST' || request.routeOptions.config?.idempotent === false) return;
    const key = request.headers[HEADER];
    if (key === undefined) return;
    if (typeof key !== 'string' || !KEY_PATTERN.test(key)) {
      throw DomainError.invalid([
        { path: 'headers.idempotency-key', message: '须为 1–200 个可见 ASCII 字符' },
      ]);
    }
    const scope = request.actor ? `user:${request.actor.id}` : 'public';
    const hash = requestHash(request);
    const path = request.routeOptions.url ?? request.url;
    const stored = await claimRequest(opts.deps, { scope, key, method: request.method, path, hash });
    if (!stored) {
      request.idempotency = { scope, key };
      return;
    }
    return reply
      .status(stored.statusCode)
      .header('idempotent-replayed', 'true')
      .type(stored.type)
      .send(stored.body);
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const claim = request.idempotency;
    if (!claim) return payload;
    request.idempotency = null;
    if (reply.statusCode >= 500) {
      await finishRequest(opts.deps, claim, null);
    } else {
      const body =
        typeof payload === 'string' ? payload : Buffer.isBuffer(payload) ? payload.toString('utf8') : '';
      const type = String(reply.getHeader('content-type') ?? 'application/json');
      await finishRequest(opts.deps, claim, { statusCode: reply.statusCode, body, type });
    }
    return payload;
  });
});
