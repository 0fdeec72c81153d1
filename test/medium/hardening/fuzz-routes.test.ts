// Every route of the built app — collected as they are added, so routes added later are covered without editing
// this file — fed bad payloads, params and query strings, anonymously and as users of several roles. No answer may
// be a 5xx, and every error must be the one small error shape.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { ENGINES } from '../../support/databases.ts';
import { createTestApp, type TestApp } from '../../support/app.ts';
import { encodeAny, expectWellFormedAnswer, fillUrl, nastyBody, nastyString } from '../../support/fuzz.ts';

interface Route {
  method: string;
  url: string;
}

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const ROLES = ['admin', 'clerk', 'city', 'edu'] as const;
const RUNS = Number(process.env.FUZZ_RUNS ?? 6);

describe.each(ENGINES)('every route against bad input on %s', (engine) => {
  let t: TestApp;
  const routes: Route[] = [];
  const cookies: Record<string, string | undefined> = { anonymous: undefined };

  beforeAll(async () => {
    t = await createTestApp(engine, {
      onRoute: (r) => {
        for (const method of [r.method].flat())
          if (method !== 'HEAD' && method !== 'OPTIONS') routes.push({ method, url: r.url });
      },
    });
    for (const role of ROLES) cookies[role] = await t.login(role);
  }, 60_000);
  afterAll(() => t.close());

  it('collected the routes of every module', () => {
    const urls = new Set(routes.map((r) => r.url));
    for (const expected of [
      '/api/health',
      '/api/v1/auth/login',
      '/api/v1/users',
      '/api/v1/simulations',
      '/api/v1/verify/:token',
    ]) {
      if (!urls.has(expected)) throw new Error(`route ${expected} not collected (${routes.length} routes)`);
    }
  });

  it('never answers 5xx and always with the one error shape', async () => {
    for (const route of routes) {
      for (const who of Object.keys(cookies)) {
        // Logging out would end the session the rest of the run uses.
        if (who !== 'anonymous' && route.url === '/api/v1/auth/logout') continue;
        await fc.assert(
          fc.asyncProperty(
            nastyString,
            nastyBody,
            fc.dictionary(fc.string({ maxLength: 8 }), nastyString, { maxKeys: 3 }),
            async (param, body, query) => {
              const qs = Object.entries(query)
                .map(([k, v]) => `${encodeAny(k)}=${encodeAny(v)}`)
                .join('&');
              const url = fillUrl(route.url, param) + (qs ? `?${qs}` : '');
              const r = await t.app.inject({
                method: route.method as 'GET',
                url,
                headers: {
                  ...(cookies[who] ? { cookie: cookies[who] } : {}),
                  ...(WRITES.has(route.method) ? { 'content-type': 'application/json' } : {}),
                },
                ...(WRITES.has(route.method) ? { payload: JSON.stringify(body) ?? 'null' } : {}),
              });
              expectWellFormedAnswer(r, `${who} ${route.method} ${url.slice(0, 120)}`);
            },
          ),
          { numRuns: RUNS },
        );
      }
    }
  }, 600_000);
});
