// Settlement applications for staff: intake, materials, the review steps, the work queue, the permit PDF.
// Thin handlers: parse, build the context, call one use case. The role and jurisdiction checks of every
// transition live in the domain's table (src/domain/applications/states.ts). Bodies are validated by the use cases
// with the schemas the routes document (validateBodyInHandler), so the CLI and HTTP name bad fields alike.
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app/context.ts';
import { createApplication } from '../../app/applications/intake.ts';
import {
  acceptApplication,
  approveApplication,
  rejectApplication,
  requestSupplement,
  resubmitApplication,
  submitApplication,
  withdrawApplication,
} from '../../app/applications/actions.ts';
import { registerApplication } from '../../app/applications/register.ts';
import { getApplication, workQueue } from '../../app/applications/queries.ts';
import { readAttachment, uploadAttachment } from '../../app/applications/attachments.ts';
import { permitPdf } from '../../app/applications/permit-document.ts';
import { receiptPdf } from '../../app/applications/receipt.ts';
import { readOriginHousehold } from '../../app/applications/origin-household.ts';
import { loadPermitFont } from '../../app/applications/cjk-font.ts';
import {
  ACTION_BODIES,
  applicationInputSchema,
  applicationResponse,
  attachmentParams,
  createdSchema,
  idParams,
  originHouseholdResponse,
  queueResponse,
  uploadResponse,
  uploadSchema,
  type ApplicationAction,
} from '../../domain/applications/schema.ts';
import { fileResponse, staffErrors as errors, validateBodyInHandler } from '../contract.ts';
import { contextOf, requireActor } from '../plugins/auth.ts';

const ACTION_HANDLERS = {
  submit: submitApplication,
  accept: acceptApplication,
  'request-supplement': requestSupplement,
  resubmit: resubmitApplication,
  approve: approveApplication,
  reject: rejectApplication,
  withdraw: withdrawApplication,
  register: registerApplication,
} as const satisfies Record<ApplicationAction, unknown>;

const tags = ['applications'];

/** The public address of a permit's verification page (its random token), as the client reached this server. */
function verifyUrlOf(request: FastifyRequest, token: string): string {
  return `${request.protocol}://${request.host}/verify/${encodeURIComponent(token)}`;
}

export function applicationRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    loadPermitFont(); // parse the CJK font once, at start, not on the first print
    app.post(
      '/api/v1/applications',
      {
        validatorCompiler: validateBodyInHandler,
        schema: {
          tags,
          summary: '窗口受理落户申请（草稿）/ take a settlement application',
          body: applicationInputSchema,
          response: { 201: createdSchema, ...errors },
        },
      },
      async (request, reply) => {
        requireActor(request);
        return reply.status(201).send(await createApplication(deps, contextOf(request), request.body));
      },
    );
    app.get(
      '/api/v1/applications/queue',
      {
        schema: {
          tags,
          summary: '待办队列（按时限排序）/ work queue by deadline',
          response: { 200: queueResponse, ...errors },
        },
      },
      async (request) => ({ items: await workQueue(deps, contextOf(request)) }),
    );
    app.get(
      '/api/v1/applications/:id',
      {
        schema: {
          tags,
          summary: '申请详情与评估说明 / application with its explanation',
          params: idParams,
          response: { 200: applicationResponse, ...errors },
        },
      },
      async (request) => getApplication(deps, contextOf(request), request.params.id),
    );
    app.post(
      '/api/v1/applications/:id/attachments',
      {
        validatorCompiler: validateBodyInHandler,
        schema: {
          tags,
          summary: '上传材料（JSON 中的 base64）/ upload a material (base64 in JSON)',
          params: idParams,
          body: uploadSchema,
          response: { 201: uploadResponse, ...errors },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await uploadAttachment(deps, contextOf(request), request.params.id, request.body)),
    );
    app.get(
      '/api/v1/applications/:id/attachments/:attachmentId',
      {
        schema: {
          tags,
          summary: '下载材料 / download a material',
          params: attachmentParams,
          response: { 200: fileResponse('application/octet-stream', '材料原件（其媒体类型）'), ...errors },
        },
      },
      async (request, reply) => {
        const a = await readAttachment(
          deps,
          contextOf(request),
          request.params.id,
          request.params.attachmentId,
        );
        return reply
          .type(a.media_type)
          .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(a.file_name)}`)
          .send(Buffer.from(a.content));
      },
    );
    for (const [action, handler] of Object.entries(ACTION_HANDLERS)) {
      app.post(
        `/api/v1/applications/:id/${action}`,
        {
          validatorCompiler: validateBodyInHandler,
          schema: {
            tags,
            summary: `申请办理：${action}`,
            params: idParams,
            body: ACTION_BODIES[action as ApplicationAction].optional(),
            response: { 200: createdSchema, ...errors },
          },
        },
        async (request) => {
          requireActor(request);
          return handler(deps, contextOf(request), request.params.id, request.body ?? {});
        },
      );
    }
    app.get(
      '/api/v1/applications/:id/origin-household',
      {
        schema: {
          tags,
          summary:
            '原户成员（一站式迁移确定新户主，跨县读取并审计）/ the origin household for the one-stop move',
          params: idParams,
          response: { 200: originHouseholdResponse, ...errors },
        },
      },
      async (request) => readOriginHousehold(deps, contextOf(request), request.params.id),
    );
    app.get(
      '/api/v1/applications/:id/receipt.pdf',
      {
        schema: {
          tags,
          summary: '打印受理回执（含一次性告知）/ the intake receipt as PDF',
          params: idParams,
          response: { 200: fileResponse('application/pdf', '受理回执 PDF'), ...errors },
        },
      },
      async (request, reply) => {
        const { pdf, number } = await receiptPdf(
          deps,
          contextOf(request),
          request.params.id,
          `${request.protocol}://${request.host}/public/track`,
        );
        return reply
          .type('application/pdf')
          .header('content-disposition', `inline; filename="${number}-receipt.pdf"`)
          .send(pdf);
      },
    );
    app.get(
      '/api/v1/applications/:id/permit.pdf',
      {
        schema: {
          tags,
          summary: '打印准予迁入证明 / the permit as PDF',
          params: idParams,
          response: { 200: fileResponse('application/pdf', '准予迁入证明 PDF'), ...errors },
        },
      },
      async (request, reply) => {
        const { pdf, number } = await permitPdf(deps, contextOf(request), request.params.id, (n) =>
          verifyUrlOf(request, n),
        );
        return reply
          .type('application/pdf')
          .header('content-disposition', `inline; filename="${number}.pdf"`)
          .send(pdf);
      },
    );
  };
}
