// An in-process application on a fresh test database, with the demo users, for HTTP-level medium tests
// (app.inject: no sockets, real routing, validation, hooks and SQL).
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp, type BuildOptions } from '../../src/api/app.ts';
import type { AppDeps } from '../../src/app/context.ts';
import { seedDemoUsers, DEMO_PASSWORD } from '../../src/app/users/demo-users.ts';
import { createTestDatabase, type TestDatabase, type TestEngine } from './databases.ts';
import { testClock, testConfig, testPolicy, type TestClock } from './deps.ts';

export interface TestApp {
  app: FastifyInstance;
  deps: AppDeps;
  database: TestDatabase;
  clock: TestClock;
  /** Log in as a demo user; returns the Cookie header value. */
  login(username: string): Promise<string>;
  close(): Promise<void>;
}

/** The test origin: what a browser on the server's own pages sends (app.inject's host is localhost:80). */
export const TEST_ORIGIN = 'http://localhost:80';

/** Make app.inject send Origin like a browser on our own pages; a test may set its own, or `origin: ''` for none. */
function sendOwnOrigin(app: FastifyInstance) {
  const inject = app.inject.bind(app) as (o: InjectOptions) => Promise<LightMyRequestResponse>;
  (app as { inject: unknown }).inject = (opts: InjectOptions) => {
    const headers: Record<string, unknown> = { origin: TEST_ORIGIN, ...(opts.headers ?? {}) };
    if (headers.origin === '') delete headers.origin;
    return inject({ ...opts, headers } as InjectOptions);
  };
}

export async function createTestApp(
  kind: TestEngine,
  options: Pick<BuildOptions, 'onRoute'> = {},
): Promise<TestApp> {
  const database = await createTestDatabase(kind);
  const clock = testClock(new Date());
  const deps: AppDeps = { database, config: testConfig(), now: clock.now, policy: testPolicy() };
  await seedDemoUsers(deps);
  const app = await buildApp(deps, { logger: false, webDir: '/nonexistent', ...options });
  await app.ready();
  sendOwnOrigin(app);
  return {
    app,
    deps,
    database,
    clock,
    async login(username) {
      const r = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username, password: DEMO_PASSWORD },
      });
      if (r.statusCode !== 200) throw new Error(`login ${username}: ${r.statusCode} ${r.body}`);
      const cookie = r.cookies.find((c) => c.name === 'hukou_session');
      if (!cookie) throw new Error('no session cookie');
      return `hukou_session=${cookie.value}`;
    },
    async close() {
      await app.close();
      await database.dispose();
    },
  };
}
