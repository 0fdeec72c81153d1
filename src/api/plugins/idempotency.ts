// Idempotency-Key on every POST: the first request with a key runs and its answer is stored; a retry with
// the same key and body gets the stored answer (header Idempotent-Replayed: true) and changes nothing; the
// same key with another body is a 409. A request that failed with a server error releases its key.
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { AppDeps } from '../../app/context.ts';
import { DomainError } from '../../domain/errors.ts';
import {
  claimKey,
  completeKey,
  readOutcome,
  reclaimStaleKey,
  releaseKey,
} from '../../db/repositories/idempotency.ts';

const HEADER = 'idempotency-key';
const KEY_PATTERN = /^[\x21-\x7e]{1,200}$/;
/** A claim older than this without an answer belongs to a request that died; a retry may take it over. */
const ABANDONED_AFTER_MS = 5 * 60_000;

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
  const { db } = opts.deps.database;
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
    if (await claimKey(db, scope, key, request.method, path, hash)) {
      request.idempotency = { scope, key };
      return;
    }
    const stored = await readOutcome(db, scope, key);
    if (!stored)
      throw new DomainError('conflict', '幂等键状态异常，请重试 / idempotency key vanished, retry');
    if (stored.requestHash !== hash) {
      throw new DomainError(
        'conflict',
        '同一幂等键用于了不同的请求 / Idempotency-Key reused with a different request',
        [{ path: 'headers.idempotency-key', message: '已用于另一请求' }],
      );
    }
    if (stored.statusCode !== null) {
      return reply
        .status(stored.statusCode)
        .header('idempotent-replayed', 'true')
        .type(stored.responseType ?? 'application/json')
        .send(stored.responseBody ?? '');
    }
    const olderThan = new Date(opts.deps.now().getTime() - ABANDONED_AFTER_MS);
    if (await reclaimStaleKey(db, scope, key, olderThan)) {
      request.idempotency = { scope, key };
      return;
    }
    throw new DomainError('conflict', '相同请求正在处理中 / the same request is still in progress');
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const claim = request.idempotency;
    if (!claim) return payload;
    request.idempotency = null;
    if (reply.statusCode >= 500) {
      await releaseKey(db, claim.scope, claim.key);
    } else {
      const body =
        typeof payload === 'string' ? payload : Buffer.isBuffer(payload) ? payload.toString('utf8') : '';
      const type = String(reply.getHeader('content-type') ?? 'application/json');
      await completeKey(db, claim.scope, claim.key, reply.statusCode, body, type);
    }
    return payload;
  });
});
