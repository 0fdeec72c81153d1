// /api/v1/stats: population statistics and the reform's indicators as of any day (issue 16; T1, T3, T13.1,
// T16.1). Aggregates only; officers, supervisors and department officers read them (statistics.read).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app/context.ts';
import { statsCsv, statsXlsx } from '../../app/statistics/export-stats.ts';
import { readMigration, readReform, readStructure, readSummary } from '../../app/statistics/read-stats.ts';
import { readTrend } from '../../app/statistics/trend.ts';
import {
  exportQuery,
  migrationOutput,
  migrationQuery,
  reformOutput,
  statsQuery,
  structureOutput,
  summaryOutput,
  trendOutput,
  trendQuery,
} from '../../domain/statistics/schema.ts';
import { fileResponse, staffErrors as errors } from '../contract.ts';
import { requirePermission } from '../plugins/auth.ts';

const tags = ['statistics'];

export function statisticsRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/stats/summary',
      {
        schema: {
          tags,
          summary: '户籍人口、常住人口与城镇化率 / registered and resident population, urbanization',
          querystring: statsQuery,
          response: { 200: summaryOutput, ...errors },
        },
      },
      async (request) => {
        requirePermission(request, 'statistics.read');
        return readSummary(deps, request.query);
      },
    );
    app.get(
      '/api/v1/stats/structure',
      {
        schema: {
          tags,
          summary: '年龄、性别、民族与户的结构 / age, sex, ethnicity and households',
          querystring: statsQuery,
          response: { 200: structureOutput, ...errors },
        },
      },
      async (request) => {
        requirePermission(request, 'statistics.read');
        return readStructure(deps, request.query);
      },
    );
    app.get(
      '/api/v1/stats/migration',
      {
        schema: {
          tags,
          summary: '按月迁入、迁出与净迁入（含彝良县城，T3） / migration by month, and the T3 county town',
          querystring: migrationQuery,
          response: { 200: migrationOutput, ...errors },
        },
      },
      async (request) => {
        requirePermission(request, 'statistics.read');
        return readMigration(deps, request.query);
      },
    );
    app.get(
      '/api/v1/stats/reform',
      {
        schema: {
          tags,
          summary: '市民化、落户、居住证与遗留问题 / citizenization, settlements, permits, findings',
          querystring: statsQuery,
          response: { 200: reformOutput, ...errors },
        },
      },
      async (request) => {
        requirePermission(request, 'statistics.read');
        return readReform(deps, request.query);
      },
    );
    app.get(
      '/api/v1/stats/trend',
      {
        schema: {
          tags,
          summary: '每月末的人口与城镇化率 / month-end population and urbanization',
          querystring: trendQuery,
          response: { 200: trendOutput, ...errors },
        },
      },
      async (request) => {
        requirePermission(request, 'statistics.read');
        return readTrend(deps, request.query);
      },
    );
    app.get(
      '/api/v1/stats/export',
      {
        schema: {
          tags,
          summary: '导出统计（XLSX 全部指标 / CSV 区域表） / every measure as XLSX, or the area table as CSV',
          querystring: exportQuery,
          response: { 200: fileResponse('application/octet-stream', '统计表 XLSX 或 CSV'), ...errors },
        },
      },
      async (request, reply) => {
        requirePermission(request, 'statistics.read');
        const { format = 'xlsx', ...q } = request.query;
        const name = `昭通人口统计-${q.scope ?? '5306'}-${q.asOf ?? 'today'}.${format}`;
        const body = format === 'csv' ? Buffer.from(await statsCsv(deps, q)) : await statsXlsx(deps, q);
        return reply
          .type(
            format === 'csv'
              ? 'text/csv; charset=utf-8'
              : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          )
          .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`)
          .send(body);
      },
    );
  };
}
