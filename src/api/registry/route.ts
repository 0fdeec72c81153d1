// /api/v1/registry: search and read persons and households, and record each kind of registry event. Logged-in
// users within their jurisdiction; every POST honours Idempotency-Key (src/api/plugins/idempotency.ts).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { AppDeps } from '../../app/context.ts';
import { recordChange } from '../../app/registry/record-change.ts';
import {
  lookupByIdNumber,
  readHousehold,
  readPerson,
  searchRegistry,
} from '../../app/registry/read-registry.ts';
import { registryCodeTables } from '../../app/registry/code-tables.ts';
import { listDivisions } from '../../app/registry/list-divisions.ts';
import { errorBodySchema } from '../errors.ts';
import { contextOf, requireActor, requirePermission } from '../plugins/auth.ts';
import { revealPerson } from '../../app/registry/reveal-person.ts';
import {
  changeResponse,
  COMMAND_ROUTES,
  COMMAND_SCHEMAS,
  divisionsQuery,
  householdIdParams,
  householdResponse,
  idNumberParams,
  lookupResponse,
  personIdParams,
  personResponse,
  revealBody,
  revealResponse,
  searchQuery,
  searchResponse,
} from './schema.ts';

const errors = {
  400: errorBodySchema,
  401: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
  409: errorBodySchema,
};
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
          const result = await recordChange(deps, contextOf(request), command, request.body);
          return reply.status(201).send(result as unknown as z.infer<typeof changeResponse>);
        },
      );
    }

    app.get(
      '/api/v1/registry/persons/by-id-number/:idNumber',
      {
        schema: {
          tags,
          summary: '按公民身份号码查询 / look up by ID number',
          params: idNumberParams,
          response: { 200: lookupResponse, ...errors },
        },
        // The hot read path: the answer is built by our own code to lookupResponse's type, and that schema is loose
        // (records), so validating it again on the way out strips nothing; plain JSON.stringify costs far less
        // (docs/PERFORMANCE.md, Registry). The schema still documents the route in OpenAPI.
        serializerCompiler: () => (data) => JSON.stringify(data),
      },
      async (request) => {
        requireActor(request); // the use case decides the view, and audits a refusal
        return (await lookupByIdNumber(
          deps,
          contextOf(request),
          request.params.idNumber,
        )) as unknown as z.infer<typeof lookupResponse>;
      },
    );

    app.get(
      '/api/v1/registry/persons',
      {
        schema: {
          tags,
          summary: '按号码、姓名或拼音查找 / search',
          querystring: searchQuery,
          response: { 200: searchResponse, ...errors },
        },
      },
      async (request) => {
        requireActor(request);
        return (await searchRegistry(deps, contextOf(request), request.query.q)) as unknown as z.infer<
          typeof searchResponse
        >;
      },
    );

    app.get(
      '/api/v1/registry/persons/:personId',
      {
        schema: {
          tags,
          summary: '人员及户口档案 / a person and their history',
          params: personIdParams,
          response: { 200: personResponse, ...errors },
        },
      },
      async (request) => {
        requireActor(request);
        return (await readPerson(deps, contextOf(request), request.params.personId)) as unknown as z.infer<
          typeof personResponse
        >;
      },
    );

    app.get(
      '/api/v1/registry/households/:householdId',
      {
        schema: {
          tags,
          summary: '户：成员、住址、历史 / a household',
          params: householdIdParams,
          response: { 200: householdResponse, ...errors },
        },
      },
      async (request) => {
        requireActor(request);
        return (await readHousehold(
          deps,
          contextOf(request),
          request.params.householdId,
        )) as unknown as z.infer<typeof householdResponse>;
      },
    );

    app.post(
      '/api/v1/registry/persons/:personId/reveal',
      {
        schema: {
          tags,
          summary: '说明目的后查看未遮蔽项目 / reveal masked items for a stated purpose',
          params: personIdParams,
          body: revealBody,
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
      { schema: { tags, summary: '代码表 / code tables' } },
      async (request) => {
        requirePermission(request, 'registry.read');
        return registryCodeTables();
      },
    );

    app.get(
      '/api/v1/registry/divisions',
      {
        schema: { tags, summary: '村（居）委会 / village and community units', querystring: divisionsQuery },
      },
      async (request) => {
        requirePermission(request, 'registry.read');
        return listDivisions(deps, request.query.prefix);
      },
    );
  };
}
