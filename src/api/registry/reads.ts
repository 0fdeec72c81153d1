// The four reads of the register (look up by ID number, search, a person, a household) are one kind of route: a
// logged-in caller, one input from the path or the query, one use case that decides the view and audits the read.
// One function registers each, so the four cannot drift apart.
import type { FastifySchema } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { AppDeps, RequestContext } from '../../app/context.ts';
import {
  lookupByIdNumber,
  readHousehold,
  readPerson,
  searchRegistry,
} from '../../app/registry/read-registry.ts';
import {
  householdIdParams,
  householdResponse,
  idNumberParams,
  lookupResponse,
  personIdParams,
  personResponse,
  searchQuery,
  searchResponse,
} from '../../domain/registry/schema.ts';
import { staffErrors as errors } from '../contract.ts';
import { contextOf, requireActor } from '../plugins/auth.ts';

type App = Parameters<FastifyPluginAsyncZod>[0];

interface ReadRoute<I extends z.ZodObject, O extends z.ZodType> {
  url: string;
  summary: string;
  /** Where the input comes from, and its schema. */
  from: 'params' | 'querystring';
  input: I;
  response: O;
  read: (deps: AppDeps, ctx: RequestContext, input: z.output<I>) => Promise<z.input<O>>;
  /**
   * The hot read path: the answer is built by our own code to the response's type, and that schema is loose
   * (records), so validating it again on the way out strips nothing; plain JSON.stringify costs far less
   * (docs/PERFORMANCE.md, Registry). The schema still documents the route in OpenAPI.
   */
  plainJson?: boolean;
}

function readRoute<I extends z.ZodObject, O extends z.ZodType>(app: App, deps: AppDeps, r: ReadRoute<I, O>) {
  // Typed as a plain FastifySchema: the route's types are checked where each read is declared (ReadRoute).
  const schema: FastifySchema = {
    tags: ['registry'],
    summary: r.summary,
    [r.from]: r.input,
    response: { 200: r.response, ...errors },
  };
  app.get(
    r.url,
    {
      schema,
      ...(r.plainJson ? { serializerCompiler: () => (data: unknown) => JSON.stringify(data) } : {}),
    },
    async (request) => {
      requireActor(request); // the use case decides the view, and audits a refusal
      const input = (r.from === 'params' ? request.params : request.query) as z.output<I>;
      return r.read(deps, contextOf(request), input);
    },
  );
}

export function registryReadRoutes(app: App, deps: AppDeps) {
  readRoute(app, deps, {
    url: '/api/v1/registry/persons/by-id-number/:idNumber',
    summary: '按公民身份号码查询 / look up by ID number',
    from: 'params',
    input: idNumberParams,
    response: lookupResponse,
    read: (d, ctx, p) => lookupByIdNumber(d, ctx, p.idNumber),
    plainJson: true,
  });
  readRoute(app, deps, {
    url: '/api/v1/registry/persons',
    summary: '按号码、姓名或拼音查找 / search',
    from: 'querystring',
    input: searchQuery,
    response: searchResponse,
    read: (d, ctx, q) => searchRegistry(d, ctx, q),
  });
  readRoute(app, deps, {
    url: '/api/v1/registry/persons/:personId',
    summary: '人员及户口档案 / a person and their history',
    from: 'params',
    input: personIdParams,
    response: personResponse,
    read: (d, ctx, p) => readPerson(d, ctx, p.personId),
  });
  readRoute(app, deps, {
    url: '/api/v1/registry/households/:householdId',
    summary: '户：成员、住址、历史 / a household',
    from: 'params',
    input: householdIdParams,
    response: householdResponse,
    read: (d, ctx, p) => readHousehold(d, ctx, p.householdId),
  });
}
