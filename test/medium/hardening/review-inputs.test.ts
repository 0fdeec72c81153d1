// The inputs the security review of issue #13 listed, each with the answer it must get now.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ENGINES } from '../../support/databases.ts';
import { createTestApp, type TestApp } from '../../support/app.ts';
import { deepText, encodeAny, expectWellFormedAnswer, LONE_SURROGATE, NUL } from '../../support/fuzz.ts';

describe.each(ENGINES)('inputs from the security review on %s', (engine) => {
  let t: TestApp;
  let admin = '';
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    admin ||= await t.login('admin');
  });

  const post = (url: string, payload: string, cookie?: string) =>
    t.app.inject({
      method: 'POST',
      url,
      payload,
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    });

  it.each([
    ['NUL in a string', JSON.stringify({ username: NUL, password: 'x' }), 'username'],
    [
      'lone surrogate in a string',
      JSON.stringify({ username: 'clerk', password: LONE_SURROGATE }),
      'password',
    ],
    [
      'NUL in a nested string',
      JSON.stringify({ username: 'a', password: 'b', extra: { deep: [NUL] } }),
      'extra.deep.0',
    ],
    ['NUL in a key', JSON.stringify({ [NUL]: 1 }), ''],
  ])('refuses %s with a 400 naming the field', async (_what, payload, path) => {
    const r = await post('/api/v1/auth/login', payload);
    expect(r.statusCode).toBe(400);
    expect(r.json().error.code).toBe('invalid-input');
    if (path) expect(r.json().error.issues[0].path).toBe(path);
  });

  it('refuses NUL and lone surrogates in query strings and path parameters', async () => {
    for (const url of [
      `/api/v1/verify/${encodeAny(NUL)}`,
      `/api/v1/verify/${encodeAny(LONE_SURROGATE)}`,
      `/api/v1/users?q=${encodeAny(NUL)}`,
    ]) {
      const r = await t.app.inject({ url, headers: { cookie: admin } });
      expectWellFormedAnswer(r, url);
      expect(r.statusCode).toBe(400);
    }
  });

  it('refuses JSON nested 10,000 deep before parsing it, with a small answer', async () => {
    for (const url of ['/api/v1/auth/login', '/api/v1/public/applications', '/api/v1/simulations']) {
      const r = await post(url, deepText(10_000));
      expect(r.statusCode).toBe(413);
      expectWellFormedAnswer(r, url);
    }
  });

  it('answers 700,000 unknown keys (9.7 MB) with a small error', async () => {
    const keys = Array.from({ length: 700_000 }, (_, i) => `"k${i}":1`).join(',');
    const r = await post('/api/v1/users', `{${keys}}`, admin);
    expect(r.statusCode).toBe(413);
    expect(r.body.length).toBeLessThan(2_048);
  });

  it('caps the issues of an error answer', async () => {
    const body = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`unknown${i}`, i]));
    const r = await post('/api/v1/users', JSON.stringify({ ...body }), admin);
    expect(r.statusCode).toBe(400);
    expect(r.json().error.issues.length).toBeLessThanOrEqual(21);
    expect(r.body.length).toBeLessThan(8_192);
  });

  it('refuses unknown fields in registry commands', async () => {
    const clerk = await t.login('clerk');
    const r = await post(
      '/api/v1/registry/deaths',
      JSON.stringify({
        personId: '00000000-0000-4000-8000-000000000001',
        version: 1,
        deathDate: '2017-05-01',
        reason: '死亡',
        sneaky: true,
      }),
      clerk,
    );
    expectWellFormedAnswer(r, 'record-death');
    expect(r.statusCode).toBe(400);
    expect(JSON.stringify(r.json().error.issues)).toContain('sneaky');
  });

  it('refuses weak passwords and jurisdictions outside 昭通, naming the field', async () => {
    const user = (password: string, jurisdiction = '530602') =>
      JSON.stringify({
        username: 'newbie',
        displayName: '新人',
        password,
        role: 'county-officer',
        jurisdiction,
      });
    for (const password of ['        ', 'newbie', '12345678', '123456789', 'woaini1314']) {
      const r = await post('/api/v1/users', user(password), admin);
      expect(r.statusCode, password).toBe(400);
      expect(r.json().error.issues.map((i: { path: string }) => i.path)).toContain('password');
    }
    const beijing = await post('/api/v1/users', user('long-enough-1', '1101'), admin);
    expect(beijing.statusCode).toBe(400);
    expect(beijing.json().error.issues[0].path).toBe('jurisdiction');
    expect((await post('/api/v1/users', user('long-enough-1'), admin)).statusCode).toBe(201);
  });

  it('refuses a state-changing request with the session cookie from another origin', async () => {
    const body = JSON.stringify({
      username: 'other',
      displayName: '他人',
      password: 'long-enough-1',
      role: 'supervisor',
      jurisdiction: '5306',
    });
    const send = (origin: string, extra: Record<string, string> = {}) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/users',
        payload: body,
        headers: { 'content-type': 'application/json', cookie: admin, origin, ...extra },
      });
    expect((await send('https://evil.example')).statusCode).toBe(403);
    expect((await send('')).statusCode).toBe(403); // no Origin, no Referer
    expect((await send('', { referer: 'https://evil.example/page' })).statusCode).toBe(403);
    expect((await send('', { referer: 'http://localhost/users' })).statusCode).toBe(201);
    // Without a session cookie nothing is borrowed: an anonymous request is judged on its own.
    const anon = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'x', password: 'y' },
      headers: { origin: 'https://evil.example' },
    });
    expect(anon.statusCode).toBe(401);
  });

  it('ignores X-Forwarded-For from clients that are not configured proxies', async () => {
    const r = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'nobody-xff', password: 'wrong-password' },
      headers: { 'x-forwarded-for': '203.0.113.9' },
    });
    expect(r.statusCode).toBe(401);
    const row = await t.database.db
      .selectFrom('login_failure')
      .select('ip')
      .where('username', '=', 'nobody-xff')
      .executeTakeFirstOrThrow();
    expect(row.ip).toBe('127.0.0.1');
  });
});
