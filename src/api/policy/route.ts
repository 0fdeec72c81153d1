// GET /api/v1/policy/clauses (the registry with the plan's text), GET /api/v1/policy/parameters (values in
// force on a date, for a division; /history every dated value, for administrators), GET /api/v1/policy/triggers (T3's in > out test for the 彝良 county town).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app/context.ts';
import { listParameterHistory, reportT3Trigger, showParameters } from '../../app/policy/show-parameters.ts';
import { CLAUSES } from '../../domain/policy/clauses.ts';
import {
  clausesResponse,
  parameterHistoryResponse,
  parametersQuery,
  parametersResponse,
  triggersQuery,
  triggersResponse,
} from '../../domain/policy/schema.ts';
import { errorResponses } from '../contract.ts';
import { contextOf } from '../plugins/auth.ts';
import { parseDate } from './query.ts';

export function policyRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/policy/clauses',
      {
        schema: {
          tags: ['policy'],
          summary: '条款登记表 / clause registry',
          response: { 200: clausesResponse },
        },
      },
      async () => ({ clauses: [...CLAUSES] }),
    );

    app.get(
      '/api/v1/policy/parameters',
      {
        schema: {
          tags: ['policy'],
          summary: '某日某地生效的政策参数 / parameters in force on a date for a division',
          querystring: parametersQuery,
          response: { 200: parametersResponse, ...errorResponses(400) },
        },
      },
      async (request) => showParameters(deps, request.query),
    );

    app.get(
      '/api/v1/policy/parameters/history',
      {
        schema: {
          tags: ['policy'],
          summary:
            '全部政策参数的各期取值、出处和待定标记 / every dated value with its source and placeholder mark',
          response: { 200: parameterHistoryResponse, ...errorResponses(401, 403) },
        },
      },
      async (request) => listParameterHistory(deps, contextOf(request)),
    );

    app.get(
      '/api/v1/policy/triggers',
      {
        schema: {
          tags: ['policy'],
          summary: '第3条触发条件：彝良县城迁入是否大于迁出 / T3 trigger: in-migrants vs out-migrants',
          querystring: triggersQuery,
          response: { 200: triggersResponse, ...errorResponses(400) },
        },
      },
      async (request) => {
        const from = parseDate(request.query.from, 'from', '2017-03-10');
        const to = request.query.to === undefined ? undefined : parseDate(request.query.to, 'to');
        return { triggers: [await reportT3Trigger(deps, from, to)] };
      },
    );
  };
}
