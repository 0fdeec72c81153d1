// /api/v1/tasks and /api/v1/supervision (issue 19; W1, W2, T1–T20): the board, a task's reports and the decisions
// on them, due dates, the live indicators, the timeline and the exported supervision report. Thin: each handler
// calls one use case, which authorizes (everyone signed in reads the board; the unit rules are the domain's).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app/context.ts';
import { actOnReport } from '../../app/supervision/act-on-report.ts';
import { listTasks, showTask } from '../../app/supervision/board.ts';
import { exportSupervisionReport } from '../../app/supervision/export-report.ts';
import { fileReport } from '../../app/supervision/file-report.ts';
import { showIndicators } from '../../app/supervision/indicators.ts';
import { listItemReports, showTimeline } from '../../app/supervision/list-reports.ts';
import { setDueDate } from '../../app/supervision/set-due-date.ts';
import {
  asOfQuery,
  dueDateResponse,
  dueDateSchema,
  exportQuery,
  fileReportSchema,
  indicatorsResponse,
  reportActionSchema,
  reportParams,
  reportSchema,
  reportsResponse,
  taskIdParams,
  taskSchema,
  tasksResponse,
  timelineQuery,
  timelineResponse,
} from '../../domain/supervision/schema.ts';
import {
  fileResponse,
  staffErrors as errors,
  validateBodyInHandler,
  validateInHandler,
} from '../contract.ts';
import { contextOf } from '../plugins/auth.ts';

const tags = ['supervision'];

export function supervisionRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/tasks',
      {
        schema: {
          tags,
          summary: '改革任务及进展 / the 20 tasks with units, status and due dates',
          querystring: asOfQuery,
          response: { 200: tasksResponse, ...errors },
        },
      },
      async (request) => listTasks(deps, contextOf(request), request.query),
    );
    app.get(
      '/api/v1/tasks/:id',
      {
        schema: {
          tags,
          summary: '一项任务 / one task',
          params: taskIdParams,
          response: { 200: taskSchema, ...errors },
        },
      },
      async (request) => showTask(deps, contextOf(request), request.params.id),
    );
    app.get(
      '/api/v1/tasks/:id/reports',
      {
        schema: {
          tags,
          summary: '进展报送及审核、评价记录 / reports with their decisions',
          params: taskIdParams,
          response: { 200: reportsResponse, ...errors },
        },
      },
      async (request) => listItemReports(deps, contextOf(request), request.params.id),
    );
    app.post(
      '/api/v1/tasks/:id/reports',
      {
        validatorCompiler: validateBodyInHandler,
        schema: {
          tags,
          summary: '单位报送进展 / a unit files a progress report',
          params: taskIdParams,
          body: fileReportSchema,
          response: { 201: reportSchema, ...errors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await fileReport(deps, contextOf(request), request.params.id, request.body)),
    );
    app.post(
      '/api/v1/tasks/:id/reports/:reportId/actions',
      {
        validatorCompiler: validateBodyInHandler,
        schema: {
          tags,
          summary: '采纳、退回、重新报送、督查意见、评价 / accept, return, refile, comment, rate',
          params: reportParams,
          body: reportActionSchema,
          response: { 200: reportSchema, ...errors },
        },
      },
      async (request) =>
        actOnReport(deps, contextOf(request), request.params.id, request.params.reportId, request.body),
    );
    app.post(
      '/api/v1/tasks/:id/due-date',
      {
        validatorCompiler: validateBodyInHandler,
        schema: {
          tags,
          summary: '督查办设定完成期限 / the supervision office sets a due date',
          params: taskIdParams,
          body: dueDateSchema,
          response: { 200: dueDateResponse, ...errors },
        },
      },
      async (request) => setDueDate(deps, contextOf(request), request.params.id, request.body),
    );
    app.get(
      '/api/v1/supervision/indicators',
      {
        schema: {
          tags,
          summary: '改革指标（取自登记数据） / live indicators',
          querystring: asOfQuery,
          response: { 200: indicatorsResponse, ...errors },
        },
      },
      async (request) => showIndicators(deps, contextOf(request), request.query),
    );
    app.get(
      '/api/v1/supervision/timeline',
      {
        schema: {
          tags,
          summary: '督查动态 / recent actions',
          querystring: timelineQuery,
          response: { 200: timelineResponse, ...errors },
        },
      },
      async (request) => showTimeline(deps, contextOf(request), request.query),
    );
    app.get(
      '/api/v1/supervision/export',
      {
        // The query is checked by the use case, so a bad date is named like everywhere else (400, field path).
        validatorCompiler: validateInHandler,
        schema: {
          tags,
          summary: '导出督查报告（PDF / XLSX） / the supervision report for a period',
          querystring: exportQuery,
          response: {
            200: fileResponse('application/pdf', '督查报告 PDF 或 XLSX'),
            ...errors,
          },
        },
      },
      async (request, reply) => {
        const out = await exportSupervisionReport(deps, contextOf(request), request.query);
        return reply
          .type(out.type)
          .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(out.file)}`)
          .send(out.body);
      },
    );
  };
}
