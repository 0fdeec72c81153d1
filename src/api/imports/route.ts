// The admin import page's API: create an upload, send the contract's CSV files (text/csv bodies, streamed to
// disk), start the import, poll its progress, download rejects.csv. Plus the demo city's loading status (public:
// it holds no personal data).
import type { Readable } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app/context.ts';
import { showDemoCityStatus } from '../../app/imports/demo-city-status.ts';
import {
  createImportUpload,
  openRejects,
  receiveImportFile,
  showImport,
  startUploadedImport,
} from '../../app/imports/upload-import.ts';
import { requirePermission } from '../plugins/auth.ts';

const idParams = z.object({ id: z.string().uuid() });

export function importRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.addContentTypeParser('text/csv', (_request, payload, done) => done(null, payload));
    app.get(
      '/api/v1/imports/demo-city',
      { schema: { tags: ['imports'], summary: '演示城市载入进度 / demo city loading status' } },
      async () => showDemoCityStatus(),
    );
    app.post(
      '/api/v1/imports',
      { schema: { tags: ['imports'], summary: '新建导入 / create an upload' } },
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
          params: idParams.extend({ name: z.string() }),
        },
        bodyLimit: 2 ** 31,
      },
      async (request) => {
        requirePermission(request, 'registry.import');
        return receiveImportFile(request.params.id, request.params.name, request.body as Readable);
      },
    );
    app.post(
      '/api/v1/imports/:id/start',
      {
        schema: {
          tags: ['imports'],
          summary: '开始导入 / start the import',
          params: idParams,
          body: z.object({ skipInvalid: z.boolean().default(false) }),
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
      { schema: { tags: ['imports'], summary: '导入进度 / import progress', params: idParams } },
      async (request) => {
        requirePermission(request, 'registry.import');
        return showImport(request.params.id);
      },
    );
    app.get(
      '/api/v1/imports/:id/rejects.csv',
      { schema: { tags: ['imports'], summary: '下载错误行 / download rejects.csv', params: idParams } },
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
