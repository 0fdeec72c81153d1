// GET /api/v1/policy/clauses (the registry with the plan's text), GET /api/v1/policy/parameters (values in
// force on a date, for a division), GET /api/v1/policy/triggers (T3's in > out test for the 彝良 county town).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app/context.ts';
import { CLAUSES } from '../../domain/policy/clauses.ts';
import { resolveParameter } from '../../domain/policy/parameters.ts';
import { t3CountyTown, t3TriggerReport } from '../../domain/policy/triggers.ts';
import { loadParameterSet } from '../../policy-data/load.ts';
import { loadMoveRecords } from '../../policy-data/moves.ts';
import {
  clausesResponse,
  parametersQuery,
  parametersResponse,
  triggersQuery,
  triggersResponse,
} from '../../domain/policy/schema.ts';
import { errorResponses } from '../contract.ts';
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
      async (request) => {
        const set = loadParameterSet();
        const asOf = request.query.asOf ?? new Date().toISOString().slice(0, 10);
        const parameters = Object.entries(set.parameters).map(([name, def]) => ({
          ...resolveParameter(set, name, asOf, request.query.division),
          clauses: def.clauses,
          description: def.description,
        }));
        return { id: set.id, asOf, division: request.query.division ?? null, parameters };
      },
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
        const to = parseDate(request.query.to, 'to', new Date().toISOString().slice(0, 10));
        const set = loadParameterSet();
        const counties = [...new Set(t3CountyTown(set, from).map((t) => t.slice(0, 6)))];
        const { moves, source } = await loadMoveRecords(deps, counties, from, to);
        return { triggers: [{ ...t3TriggerReport(set, moves, from, to), source }] };
      },
    );
  };
}
