// Sessions: an httpOnly cookie holds a random token; the database holds its hash. Every request gets
// request.actor (null when not logged in); handlers call requireActor / requirePermission.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { resolveSession, type PublicUser } from '../../app/auth/login.ts';
import type { AppDeps, RequestContext } from '../../app/context.ts';
import { DomainError } from '../../domain/errors.ts';
import { mayAct, type Permission } from '../../domain/access/roles.ts';
import { PUBLIC, staff } from '../../domain/access/principal.ts';

export const SESSION_COOKIE = 'hukou_session';

declare module 'fastify' {
  interface FastifyRequest {
    actor: PublicUser | null;
  }
}

export const authPlugin = fp(async (app: FastifyInstance, opts: { deps: AppDeps }) => {
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    request.actor = token ? await resolveSession(opts.deps, token) : null;
  });
});

export function setSessionCookie(reply: FastifyReply, token: string, expiresAt: Date, secure: boolean) {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    path: '/',
    expires: expiresAt,
    secure,
  });
}

export function clearSessionCookie(reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

export function contextOf(request: FastifyRequest): RequestContext {
  return { principal: request.actor ? staff(request.actor) : PUBLIC, requestId: request.id, ip: request.ip };
}

export function requireActor(request: FastifyRequest): PublicUser {
  if (!request.actor) throw new DomainError('unauthenticated', '请先登录 / please log in');
  return request.actor;
}

/** The actor, if the role may take this action (in this division, when given); otherwise 401/403. */
export function requirePermission(
  request: FastifyRequest,
  permission: Permission,
  divisionCode?: string,
): PublicUser {
  const actor = requireActor(request);
  if (!mayAct(actor, permission, divisionCode)) {
    throw new DomainError(
      'forbidden',
      '无权办理此项业务或超出辖区 / not permitted for your role or jurisdiction',
    );
  }
  return actor;
}
