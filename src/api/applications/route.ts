// Settlement applications for staff: intake, materials, the review steps, the work queue, the permit PDF.
// Thin handlers: parse, build the context, call one use case. The role and jurisdiction checks of every
// transition live in the domain's table (src/domain/applications/states.ts).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
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
import { loadPermitFont } from '../../app/applications/permit-pdf.ts';
import { errorBodySchema } from '../errors.ts';
import { contextOf, requireActor } from '../plugins/auth.ts';
import { createdSchema, idParams, verifyUrlOf } from './schema.ts';

const ACTION_HANDLERS = {
  submit: submitApplication,
  accept: acceptApplication,
  'request-supplement': requestSupplement,
  resubmit: resubmitApplication,
  approve: approveApplication,
  reject: rejectApplication,
  withdraw: withdrawApplication,
  register: registerApplication,
} as const;

const errors = {
  400: errorBodySchema,
  401: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
  409: errorBodySchema,
};

export function applicationRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    loadPermitFont(); // parse the CJK font once, at start, not on the first print
    app.post(
      '/api/v1/applications',
      {
        schema: {
          tags: ['applications'],
          summary: '窗口受理落户申请（草稿）/ take a settlement application',
          body: z.unknown(),
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
      { schema: { tags: ['applications'], summary: '待办队列（按时限排序）/ work queue by deadline' } },
      async (request) => ({
        items: await workQueue(deps, contextOf(request)),
      }),
    );
    app.get(
      '/api/v1/applications/:id',
      {
        schema: {
          tags: ['applications'],
          summary: '申请详情与评估说明 / application with its explanation',
          params: idParams,
        },
      },
      async (request) => getApplication(deps, contextOf(request), request.params.id),
    );
    app.post(
      '/api/v1/applications/:id/attachments',
      {
        schema: {
          tags: ['applications'],
          summary: '上传材料 / upload a material',
          params: idParams,
          body: z.unknown(),
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
          tags: ['applications'],
          summary: '下载材料 / download a material',
          params: idParams.extend({ attachmentId: z.uuid() }),
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
          schema: {
            tags: ['applications'],
            summary: `申请办理：${action}`,
            params: idParams,
            body: z.unknown().optional(),
          },
        },
        async (request) => {
          requireActor(request);
          return handler(deps, contextOf(request), request.params.id, request.body ?? {});
        },
      );
    }
    app.get(
      '/api/v1/applications/:id/permit.pdf',
      {
        schema: { tags: ['applications'], summary: '打印准予迁入证明 / the permit as PDF', params: idParams },
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
