// Administration of users over HTTP (admin only): list and add. Audited like every change.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app/context.ts';
import { addUser, listAllUsers } from '../../app/users/manage-users.ts';
import { createdUserResponse, newUserSchema, usersResponse } from '../../domain/users/schema.ts';
import { errorBodySchema } from '../errors.ts';
import { contextOf, requirePermission } from '../plugins/auth.ts';

export function userRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/users',
      {
        schema: {
          tags: ['users'],
          summary: '用户列表 / list users',
          response: { 200: usersResponse, 403: errorBodySchema },
        },
      },
      async (request) => {
        requirePermission(request, 'users.manage');
        return { users: await listAllUsers(deps) };
      },
    );
    app.post(
      '/api/v1/users',
      {
        schema: {
          tags: ['users'],
          summary: '新增用户 / add a user',
          body: newUserSchema,
          response: { 201: createdUserResponse, 403: errorBodySchema, 409: errorBodySchema },
        },
      },
      async (request, reply) => {
        requirePermission(request, 'users.manage');
        const created = await addUser(deps, contextOf(request), request.body);
        return reply.status(201).send(created);
      },
    );
  };
}
