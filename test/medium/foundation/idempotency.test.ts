import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../../support/databases.ts';
import { createTestApp, type TestApp } from '../../support/app.ts';

const newUser = (username: string) => ({
  username,
  displayName: '测试用户',
  password: 'long-enough-1',
  role: 'station-clerk',
  jurisdiction: '530621001',
});

describe.each(ENGINES)('Idempotency-Key on %s', (engine) => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await createTestApp(engine);
    admin = await t.login('admin');
  });
  afterAll(() => t.close());

  const post = (key: string | undefined, body: unknown) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: { cookie: admin, ...(key ? { 'idempotency-key': key } : {}) },
      payload: body as object,
    });

  it('replays a retried request instead of applying it twice', async () => {
    const first = await post('k-1', newUser('retry1'));
    const second = await post('k-1', newUser('retry1'));
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(201);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.json()).toEqual(first.json());
    const n = await t.database.db
      .selectFrom('app_user')
      .select('id')
      .where('username', '=', 'retry1')
      .execute();
    expect(n).toHaveLength(1);
  });

  it('refuses the same key with a different body', async () => {
    await post('k-2', newUser('retry2'));
    const r = await post('k-2', newUser('retry3'));
    expect(r.statusCode).toBe(409);
    expect(r.json().error.issues[0].path).toBe('headers.idempotency-key');
  });

  it('applies a burst of concurrent duplicates exactly once', async () => {
    const results = await Promise.all(Array.from({ length: 12 }, () => post('k-burst', newUser('burst'))));
    const created = results.filter((r) => r.statusCode === 201);
    expect(created.length).toBeGreaterThanOrEqual(1);
    for (const r of results) expect([201, 409]).toContain(r.statusCode);
    const n = await t.database.db
      .selectFrom('app_user')
      .select('id')
      .where('username', '=', 'burst')
      .execute();
    expect(n).toHaveLength(1);
  });

  it('stores a refused request too: the retry gets the same refusal', async () => {
    const bad = { ...newUser('x'), jurisdiction: '12' };
    const a = await post('k-3', bad);
    expect(a.statusCode).toBe(400);
    const taken = await post('k-4', newUser('admin'));
    expect(taken.statusCode).toBe(409);
    const again = await post('k-4', newUser('admin'));
    expect(again.statusCode).toBe(409);
    expect(again.headers['idempotent-replayed']).toBe('true');
  });

  it('forbids a non-admin', async () => {
    const clerk = await t.login('clerk');
    const r = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: { cookie: clerk },
      payload: newUser('nope'),
    });
    expect(r.statusCode).toBe(403);
    expect(r.json().error.code).toBe('forbidden');
  });
});
