// The admin import page's API: create an upload, send the contract's CSV files (text/csv bodies, streamed to
// disk), start the import, poll its progress, download rejects.csv. Plus the demo city's loading status (public:
// it holds no personal data).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app/context.ts';
import { showDemoCityStatus } from '../../app/imports/demo-city-status.ts';
import {
  createImportUpload,
  openRejects,
  receiveImportFile,
  showImport,
  startUploadedImport,
} from '../../app/imports/upload-import.ts';
import {
  demoCityStatusSchema,
  startImportBody,
  uploadFileParams,
  uploadIdParams as idParams,
  uploadViewSchema,
} from '../../domain/imports/schema.ts';
import { binaryBody, emptyBody, errorResponses, fileResponse } from '../contract.ts';
import { requirePermission } from '../plugins/auth.ts';

const errors = errorResponses(400, 401, 403, 404, 409);

export function importRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.addContentTypeParser('text/csv', (_request, payload, done) => done(null, payload));
    app.get(
      '/api/v1/imports/demo-city',
      {
        schema: {
          tags: ['imports'],
          summary: '演示城市载入进度 / demo city loading status',
          response: { 200: demoCityStatusSchema },
        },
      },
      async () => showDemoCityStatus(),
    );
    app.post(
      '/api/v1/imports',
      {
        schema: {
          tags: ['imports'],
          summary: '新建导入 / create an upload',
          body: emptyBody,
          response: { 201: uploadViewSchema, ...errors },
        },
      },
      async (request, reply) => {
        requirePermission(request, 'registry.import');
        return reply.status(201).send(createImportUpload());
      },
    );
    app.put(
      '/api/v1/imports/:id/files/:name',
      {
        schema: {
          tags: ['imports'],
          summary: '上传一个 CSV 文件 / upload one CSV file',
          params: uploadFileParams,
          consumes: ['text/csv'],
          body: binaryBody,
          response: { 200: uploadViewSchema, ...errors },
        },
        bodyLimit: 2 ** 31,
      },
      async (request) => {
        requirePermission(request, 'registry.import');
        return receiveImportFile(request.params.id, request.params.name, request.body);
      },
    );
    app.post(
      '/api/v1/imports/:id/start',
      {
        schema: {
          tags: ['imports'],
          summary: '开始导入 / start the import',
          params: idParams,
          body: startImportBody,
          response: { 202: uploadViewSchema, ...errors },
        },
      },
      async (request, reply) => {
        const actor = requirePermission(request, 'registry.import');
        return reply.status(202).send(
          startUploadedImport(deps, request.params.id, {
            skipInvalid: request.body.skipInvalid,
            actor: actor.username,
          }),
        );
      },
    );
    app.get(
      '/api/v1/imports/:id',
      {
        schema: {
          tags: ['imports'],
          summary: '导入进度 / import progress',
          params: idParams,
          response: { 200: uploadViewSchema, ...errors },
        },
      },
      async (request) => {
        requirePermission(request, 'registry.import');
        return showImport(request.params.id);
      },
    );
    app.get(
      '/api/v1/imports/:id/rejects.csv',
      {
        schema: {
          tags: ['imports'],
          summary: '下载错误行 / download rejects.csv',
          params: idParams,
          response: { 200: fileResponse('text/csv', '被拒绝的行 / the rejected rows'), ...errors },
        },
      },
      async (request, reply) => {
        requirePermission(request, 'registry.import');
        const rejects = openRejects(request.params.id);
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', 'attachment; filename="rejects.csv"')
          .send(rejects);
      },
    );
  };
}
