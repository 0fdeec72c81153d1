// Administration of users over HTTP (administrators only; the use cases check it): list, add, disable and enable,
// reset a password, change role and jurisdiction. Every change is audited; every POST honours Idempotency-Key.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app/context.ts';
import { addUser, listAllUsers } from '../../app/users/manage-users.ts';
import { assignUser, resetPassword, setUserActive } from '../../app/users/administer-user.ts';
import {
  createdUserResponse,
  newUserSchema,
  passwordResetSchema,
  userAssignmentSchema,
  userChangedResponse,
  usernameParams,
  usersResponse,
} from '../../domain/users/schema.ts';
import { emptyBody } from '../contract.ts';
import { errorBodySchema } from '../errors.ts';
import { contextOf, requirePermission } from '../plugins/auth.ts';

const tags = ['users'];
const errors = { 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema };

export function userRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/users',
      { schema: { tags, summary: '用户列表 / list users', response: { 200: usersResponse, ...errors } } },
      async (request) => {
        requirePermission(request, 'users.manage');
        return { users: await listAllUsers(deps) };
      },
    );
    app.post(
      '/api/v1/users',
      {
        schema: {
          tags,
          summary: '新增用户 / add a user',
          body: newUserSchema,
          response: { 201: createdUserResponse, ...errors, 409: errorBodySchema },
        },
      },
      async (request, reply) => {
        requirePermission(request, 'users.manage');
        const created = await addUser(deps, contextOf(request), request.body);
        return reply.status(201).send(created);
      },
    );
    for (const [verb, active] of [
      ['disable', false],
      ['enable', true],
    ] as const) {
      app.post(
        `/api/v1/users/:username/${verb}`,
        {
          schema: {
            tags,
            summary: active
              ? '启用用户 / enable a user'
              : '停用用户（立即结束其会话）/ disable a user (ends their sessions)',
            params: usernameParams,
            body: emptyBody,
            response: { 200: userChangedResponse, ...errors },
          },
        },
        async (request) => ({
          user: await setUserActive(deps, contextOf(request), request.params.username, active),
        }),
      );
    }
    app.post(
      '/api/v1/users/:username/password',
      {
        schema: {
          tags,
          summary: '重置密码（结束其会话）/ reset a password (ends their sessions)',
          params: usernameParams,
          body: passwordResetSchema,
          response: { 200: userChangedResponse, ...errors },
        },
      },
      async (request) => ({
        user: await resetPassword(deps, contextOf(request), request.params.username, request.body),
      }),
    );
    app.post(
      '/api/v1/users/:username/assignment',
      {
        schema: {
          tags,
          summary: '变更角色、辖区和部门 / change role, jurisdiction and department',
          params: usernameParams,
          body: userAssignmentSchema,
          response: { 200: userChangedResponse, ...errors },
        },
      },
      async (request) => ({
        user: await assignUser(deps, contextOf(request), request.params.username, request.body),
      }),
    );
  };
}
