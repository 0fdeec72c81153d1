// /api/v1/registry: search and read persons and households, and record each kind of registry event. Logged-in
// users within their jurisdiction; every POST honours Idempotency-Key (src/api/plugins/idempotency.ts).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app/context.ts';
import { recordChange } from '../../app/registry/record-change.ts';
import { registryCodeTables } from '../../app/registry/code-tables.ts';
import { listDivisions } from '../../app/registry/list-divisions.ts';
import { revealPerson } from '../../app/registry/reveal-person.ts';
import { readRegistryAsOf } from '../../app/registry/registry-as-of.ts';
import { asOfQuery, asOfResponse } from '../../domain/registry/as-of-schema.ts';
import {
  changeResponse,
  codeTablesResponse,
  COMMAND_ROUTES,
  COMMAND_SCHEMAS,
  divisionsQuery,
  divisionUnitsResponse,
  personIdParams,
  revealResponse,
  revealSchema,
} from '../../domain/registry/schema.ts';
import { staffErrors as errors } from '../contract.ts';
import { contextOf, requireActor, requirePermission } from '../plugins/auth.ts';
import { registryReadRoutes } from './reads.ts';

const tags = ['registry'];

export function registryRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    for (const { path, command, summary } of COMMAND_ROUTES) {
      app.post(
        `/api/v1/registry/${path}`,
        {
          schema: {
            tags,
            summary,
            body: COMMAND_SCHEMAS[command],
            response: { 201: changeResponse, ...errors },
          },
        },
        async (request, reply) => {
          requirePermission(request, 'registry.write');
          return reply.status(201).send(await recordChange(deps, contextOf(request), command, request.body));
        },
      );
    }

    registryReadRoutes(app, deps);

    app.post(
      '/api/v1/registry/persons/:personId/reveal',
      {
        schema: {
          tags,
          summary: '说明目的后查看未遮蔽项目 / reveal masked items for a stated purpose',
          params: personIdParams,
          body: revealSchema,
          response: { 200: revealResponse, ...errors },
        },
      },
      async (request) => {
        requireActor(request);
        return revealPerson(deps, contextOf(request), request.params.personId, request.body);
      },
    );

    app.get(
      '/api/v1/registry/codes',
      { schema: { tags, summary: '代码表 / code tables', response: { 200: codeTablesResponse, ...errors } } },
      async (request) => {
        requirePermission(request, 'registry.read');
        return registryCodeTables();
      },
    );

    app.get(
      '/api/v1/registry/as-of',
      {
        schema: {
          tags,
          summary: '某一时刻的登记状态 / the register as it stood at a moment',
          querystring: asOfQuery,
          response: { 200: asOfResponse, ...errors },
        },
      },
      async (request) => {
        requirePermission(request, 'registry.read');
        return readRegistryAsOf(deps, contextOf(request), request.query);
      },
    );

    app.get(
      '/api/v1/registry/divisions',
      {
        schema: {
          tags,
          summary: '村（居）委会 / village and community units',
          querystring: divisionsQuery,
          response: { 200: divisionUnitsResponse, ...errors },
        },
      },
      async (request) => {
        requirePermission(request, 'registry.read');
        return listDivisions(deps, request.query.prefix);
      },
    );
  };
}
