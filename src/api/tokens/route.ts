// /api/v1/tokens: administrators create (the token is shown once), list (never the token) and revoke API tokens.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app/context.ts';
import { createToken } from '../../app/tokens/create-token.ts';
import { listTokens } from '../../app/tokens/list-tokens.ts';
import { revokeToken } from '../../app/tokens/revoke-token.ts';
import { emptyBody } from '../contract.ts';
import { errorBodySchema } from '../errors.ts';
import { contextOf, requireActor } from '../plugins/auth.ts';
import {
  createdTokenResponse,
  newTokenSchema as createTokenBody,
  tokenIdParams,
  tokenListResponse,
  tokenSummary,
} from '../../domain/tokens/schema.ts';

const errors = { 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema };
const tags = ['tokens'];

export function tokenRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/v1/tokens',
      {
        schema: {
          tags,
          summary: '新建接口令牌（仅此一次显示）/ create an API token',
          body: createTokenBody,
          response: { 201: createdTokenResponse, ...errors },
        },
      },
      async (request, reply) => {
        requireActor(request);
        return reply.status(201).send(await createToken(deps, contextOf(request), request.body));
      },
    );
    app.get(
      '/api/v1/tokens',
      {
        schema: {
          tags,
          summary: '接口令牌列表 / list API tokens',
          response: { 200: tokenListResponse, ...errors },
        },
      },
      async (request) => {
        requireActor(request);
        return listTokens(deps, contextOf(request));
      },
    );
    app.post(
      '/api/v1/tokens/:id/revoke',
      {
        schema: {
          tags,
          summary: '吊销接口令牌 / revoke an API token',
          params: tokenIdParams,
          body: emptyBody,
          response: { 200: tokenSummary, ...errors },
        },
      },
      async (request) => {
        requireActor(request);
        return revokeToken(deps, contextOf(request), request.params.id);
      },
    );
  };
}
