// /api/v1/quality: the T12 work queue (findings by code and county, one finding with its persons, assignment,
// resolution as registry events), whole-register scans, and the department feeds (deaths, enlistments).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app/context.ts';
import { receiveFeed } from '../../app/quality/feeds.ts';
import { findingHouseholds } from '../../app/quality/finding-households.ts';
import { intakeUnregistered } from '../../app/quality/unregistered.ts';
import { resolveFinding } from '../../app/quality/resolve-finding.ts';
import { recentScans, scanView, startQualityScan } from '../../app/quality/run-scan.ts';
import { assignFinding, listQueue, openFinding, queueSummary } from '../../app/quality/work-queue.ts';
import {
  assignSchema,
  feedParams,
  feedResponse,
  feedSchema,
  findingHouseholdsResponse,
  findingIdParams as idParams,
  findingResponse,
  findingViewSchema,
  queueQuerySchema,
  queueResponse,
  resolutionResponse,
  resolveFindingSchema,
  scanIdParams as scanParams,
  scanSchema,
  scanViewSchema,
  summaryResponse,
  unregisteredIntakeSchema,
  unregisteredResponse,
} from '../../domain/quality/schema.ts';
import { emptyBody, staffErrors as errors, validateBodyInHandler } from '../contract.ts';
import { contextOf, requirePermission } from '../plugins/auth.ts';
import { CITY_COUNTY_CODE } from '../../domain/divisions/city.ts';

const tags = ['quality'];

export function qualityRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/quality/findings',
      {
        schema: {
          tags,
          summary: '问题清单 / the work queue',
          querystring: queueQuerySchema,
          response: { 200: queueResponse, ...errors },
        },
      },
      async (request) => {
        requirePermission(request, 'quality.resolve');
        return listQueue(deps, contextOf(request), request.query);
      },
    );
    app.get(
      '/api/v1/quality/summary',
      {
        schema: {
          tags,
          summary: '按代码和县区统计 / counts by code and county',
          response: { 200: summaryResponse, ...errors },
        },
      },
      async (request) => {
        requirePermission(request, 'quality.resolve');
        return queueSummary(deps, contextOf(request));
      },
    );
    app.get(
      '/api/v1/quality/findings/:findingId',
      {
        schema: {
          tags,
          summary: '问题及所涉人员 / a finding with its persons',
          params: idParams,
          response: { 200: findingResponse, ...errors },
        },
      },
      async (request) => {
        requirePermission(request, 'quality.resolve');
        return openFinding(deps, contextOf(request), request.params.findingId);
      },
    );
    app.get(
      '/api/v1/quality/findings/:findingId/households',
      {
        schema: {
          tags,
          summary: '问题所涉的户及成员 / the households a finding names, with members',
          params: idParams,
          response: { 200: findingHouseholdsResponse, ...errors },
        },
      },
      async (request) => {
        requirePermission(request, 'quality.resolve');
        return findingHouseholds(deps, contextOf(request), request.params.findingId);
      },
    );
    app.post(
      '/api/v1/quality/findings/:findingId/assignment',
      {
        schema: {
          tags,
          summary: '指派与期限 / assign',
          params: idParams,
          body: assignSchema,
          response: { 200: findingViewSchema, ...errors },
        },
      },
      async (request) => {
        requirePermission(request, 'quality.resolve');
        return assignFinding(deps, contextOf(request), request.params.findingId, request.body);
      },
    );
    app.post(
      '/api/v1/quality/findings/:findingId/resolution',
      {
        schema: {
          tags,
          summary: '处理（写入户籍事件） / resolve through registry events',
          params: idParams,
          body: resolveFindingSchema,
          response: { 200: resolutionResponse, ...errors },
        },
      },
      async (request) => {
        requirePermission(request, 'quality.resolve');
        return resolveFinding(deps, contextOf(request), request.params.findingId, request.body);
      },
    );
    // A scan of a city takes tens of seconds: it is started and answered at once (202); its row tells how far it is.
    app.post(
      '/api/v1/quality/scans',
      {
        schema: {
          tags,
          summary: '开始全库检查 / start a scan of the whole register',
          body: emptyBody,
          response: { 202: scanViewSchema, ...errors },
        },
      },
      async (request, reply) => {
        requirePermission(request, 'quality.resolve', CITY_COUNTY_CODE);
        const { scanId, outcome } = await startQualityScan(deps, contextOf(request), { trigger: 'api' });
        outcome.catch((e: unknown) => app.log.error({ err: e, scanId }, 'quality scan failed'));
        return reply.status(202).send(await scanView(deps, scanId));
      },
    );
    app.get(
      '/api/v1/quality/scans',
      {
        schema: {
          tags,
          summary: '最近的全库检查 / the latest scans',
          response: { 200: z.object({ scans: z.array(scanSchema) }), ...errors },
        },
      },
      async (request) => {
        requirePermission(request, 'quality.resolve');
        return recentScans(deps);
      },
    );
    app.get(
      '/api/v1/quality/scans/:scanId',
      {
        schema: {
          tags,
          summary: '一次全库检查的进度与结果 / a scan: progress, then its findings',
          params: scanParams,
          response: { 200: scanViewSchema, ...errors },
        },
      },
      async (request) => {
        requirePermission(request, 'quality.resolve');
        return scanView(deps, request.params.scanId);
      },
    );
    app.post(
      '/api/v1/quality/feeds/:feed',
      {
        // The sender's department is checked before the records are read: a system without the feed's scope is
        // refused the same whatever it sends (the use case validates the body after its permission check).
        validatorCompiler: validateBodyInHandler,
        schema: {
          tags,
          summary: '部门推送死亡、入伍信息 / department feed',
          params: feedParams,
          body: feedSchema,
          response: { 201: feedResponse, ...errors },
        },
      },
      async (request, reply) => {
        requirePermission(request, 'quality.feed');
        const out = await receiveFeed(deps, contextOf(request), request.params.feed, request.body);
        return reply
          .status(201)
          .send({ received: out.received, findings: out.findings, created: out.created });
      },
    );
    app.post(
      '/api/v1/quality/unregistered',
      {
        schema: {
          tags,
          summary: '无户口人员登记（应落未落） / intake of a person without hukou',
          body: unregisteredIntakeSchema,
          response: { 201: unregisteredResponse, ...errors },
        },
      },
      async (request, reply) => {
        requirePermission(request, 'applications.intake');
        return reply.status(201).send(await intakeUnregistered(deps, contextOf(request), request.body));
      },
    );
  };
}
