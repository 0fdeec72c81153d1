// The Fastify application: zod validation and serialization, OpenAPI at /api/docs, cookies, sessions,
// idempotency, one error shape, the routes and the web app. Built from explicit dependencies so tests can
// run it in process on any database.
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { validatorCompiler } from './validator.ts';
import { randomUUID } from 'node:crypto';
import type { AppDeps } from '../app/context.ts';
import { installErrorHandling, sendError } from './errors.ts';
import { authPlugin } from './plugins/auth.ts';
import { apiTokenPlugin } from './plugins/api-token.ts';
import { idempotencyPlugin } from './plugins/idempotency.ts';
import { originCheckPlugin } from './plugins/origin-check.ts';
import { inputPlugin } from './input/plugin.ts';
import { registerRoutes } from './routes.ts';
import { DEFAULT_WEB_DIR, serveWebApp } from './static.ts';

export interface BuildOptions {
  logger?: boolean | object;
  webDir?: string;
  /** Told of every route as it is added (the fuzz suite enumerates the built app's routes with it). */
  onRoute?: (route: { method: string | string[]; url: string }) => void;
}

export async function buildApp(deps: AppDeps, options: BuildOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? { level: deps.config.logLevel },
    genReqId: () => randomUUID(),
    // Fastify's own request logging writes two lines per request (incoming, completed), each serialising the request;
    // one compact line on completion (below) keeps what operators use at half the cost on hot read paths.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: 10 * 1024 * 1024,
    // Errors Fastify raises before routing (a URL that is not valid percent-encoded UTF-8, a bad media type) get the
    // one error shape too.
    frameworkErrors: (err, _request, reply) =>
      sendError(reply, 'invalid-input', '请求地址或内容类型无效 / invalid request URL or content type', [
        { path: '', message: err.message },
      ]),
    // Behind a reverse proxy the client address comes from X-Forwarded-For (audit rows, throttles and rate limits use
    // it) — believed only from the proxies the operator lists; anyone else could name any address.
    trustProxy: deps.config.trustedProxies.length > 0 ? deps.config.trustedProxies : false,
  }).withTypeProvider<ZodTypeProvider>();

  if (options.onRoute) app.addHook('onRoute', options.onRoute);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandling(app);
  await app.register(inputPlugin);
  if (options.logger !== false)
    app.addHook('onResponse', async (request, reply) => {
      request.log.info(
        {
          method: request.method,
          url: request.url,
          statusCode: reply.statusCode,
          ms: Math.round(reply.elapsedTime * 10) / 10,
        },
        'request completed',
      );
    });

  await app.register(swagger, {
    openapi: {
      info: { title: 'Hukou API — 昭通市户籍制度改革', version: '1' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'hukou_session' } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  await app.register(cookie);
  await app.register(originCheckPlugin, { allowedOrigins: deps.config.allowedOrigins });
  await app.register(authPlugin, { deps });
  await app.register(apiTokenPlugin, { deps });
  await app.register(idempotencyPlugin, { deps });
  await registerRoutes(app, deps);
  await serveWebApp(app, options.webDir ?? deps.config.webDir ?? DEFAULT_WEB_DIR);
  return app;
}
