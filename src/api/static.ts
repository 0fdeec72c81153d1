// The web app (web/dist, built by Vite) is served by the same server at /. Unknown paths under /api are
// 404s in the error shape; any other GET that wants HTML gets index.html so client-side routes work.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import { sendError } from './errors.ts';

export const DEFAULT_WEB_DIR = fileURLToPath(new URL('../../web/dist/', import.meta.url));

export async function serveWebApp(app: FastifyInstance, webDir: string) {
  const hasBuild = existsSync(`${webDir}/index.html`);
  if (hasBuild) {
    await app.register(fastifyStatic, { root: webDir, wildcard: false, index: ['index.html'] });
  } else {
    app.log.warn({ webDir }, 'web app not built (npm run build:web); serving the API only');
  }
  app.setNotFoundHandler((request, reply) => {
    const wantsPage =
      request.method === 'GET' &&
      !request.url.startsWith('/api') &&
      (request.headers.accept ?? '').includes('text/html');
    if (hasBuild && wantsPage) return reply.type('text/html').sendFile('index.html');
    return sendError(
      reply,
      'not-found',
      `没有这个地址 / no route ${request.method} ${request.url.split('?')[0]}`,
    );
  });
}
