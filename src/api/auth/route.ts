// POST /api/v1/auth/login, POST /api/v1/auth/logout, GET /api/v1/auth/me.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { logIn, logOut } from '../../app/auth/login.ts';
import type { AppDeps } from '../../app/context.ts';
import { z } from 'zod';
import { emptyBody } from '../contract.ts';
import { errorBodySchema } from '../errors.ts';
import {
  clearSessionCookie,
  contextOf,
  requireActor,
  SESSION_COOKIE,
  setSessionCookie,
} from '../plugins/auth.ts';
import { loginBody, userResponse } from '../../domain/auth/schema.ts';

export function authRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/v1/auth/login',
      {
        // A replayed login would hand out a cookie for a session created earlier: never replay it.
        config: { idempotent: false },
        schema: {
          tags: ['auth'],
          summary: '登录 / log in',
          body: loginBody,
          response: { 200: userResponse, 401: errorBodySchema, 429: errorBodySchema },
        },
      },
      async (request, reply) => {
        const { user, token, expiresAt } = await logIn(deps, contextOf(request), request.body);
        setSessionCookie(reply, token, expiresAt, deps.config.production);
        return { user };
      },
    );

    app.post(
      '/api/v1/auth/logout',
      {
        config: { idempotent: false },
        schema: {
          tags: ['auth'],
          summary: '退出 / log out',
          body: emptyBody,
          response: { 204: z.null().describe('已退出 / logged out') },
        },
      },
      async (request, reply) => {
        const token = request.cookies[SESSION_COOKIE];
        if (token) await logOut(deps, contextOf(request), token);
        clearSessionCookie(reply);
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/api/v1/auth/me',
      {
        schema: {
          tags: ['auth'],
          summary: '当前用户 / who am I',
          response: { 200: userResponse, 401: errorBodySchema },
        },
      },
      async (request) => ({ user: requireActor(request) }),
    );
  };
}
