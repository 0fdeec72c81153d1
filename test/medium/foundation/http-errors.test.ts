import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ENGINES, engineKind } from '../../support/databases.ts';
import { createTestApp, type TestApp } from '../../support/app.ts';
import { migrate, latestMigrationId } from '../../../src/db/migrate.ts';

describe.each(ENGINES)('HTTP basics on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(() => t.close());

  it('reports health with the database kind and latest migration', async () => {
    const r = await t.app.inject({ url: '/api/health' });
    expect(r.json()).toEqual({ status: 'ok', database: engineKind(engine), migration: latestMigrationId() });
  });

  it('migrations are idempotent: a second run applies nothing', async () => {
    expect(await migrate(t.database)).toEqual([]);
  });

  it('answers unknown routes with 404 in the error shape', async () => {
    const r = await t.app.inject({ url: '/api/nope' });
    expect(r.statusCode).toBe(404);
    expect(r.json()).toEqual({ error: { code: 'not-found', message: expect.any(String), issues: [] } });
  });

  it('answers malformed JSON with 400 malformed-json', async () => {
    const r = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username":',
    });
    expect(r.statusCode).toBe(400);
    expect(r.json().error.code).toBe('malformed-json');
  });

  it('names every invalid or unknown field', async () => {
    const r = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: '', extra: 1 },
    });
    expect(r.statusCode).toBe(400);
    const body = r.json();
    expect(body.error.code).toBe('invalid-input');
    const paths = body.error.issues.map((i: { path: string }) => i.path);
    expect(paths).toContain('password');
  });

  it('never answers arbitrary bodies with a 500', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (body) => {
        const r = await t.app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          headers: { 'content-type': 'application/json' },
          payload: JSON.stringify(body),
        });
        expect(r.statusCode).toBeLessThan(500);
        expect(r.json().error ?? r.json().user).toBeDefined();
      }),
      { numRuns: 60 },
    );
  });

  it('serves the OpenAPI document', async () => {
    const r = await t.app.inject({ url: '/api/docs/json' });
    expect(r.statusCode).toBe(200);
    expect(r.json().paths['/api/v1/auth/login']).toBeDefined();
  });
});
