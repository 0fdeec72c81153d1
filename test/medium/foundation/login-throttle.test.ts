import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../../support/databases.ts';
import { createTestApp, type TestApp } from '../../support/app.ts';
import { resetPassword, setUserActive } from '../../../src/app/users/administer-user.ts';
import { makeContext } from '../../support/deps.ts';

// The operator at the terminal (hukou users passwd|disable): user administration needs users.manage.
const operator = makeContext({ principal: { kind: 'operator', session: 'test' } });

describe.each(ENGINES)('login throttle and session revocation on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(() => t.close());

  const login = (username: string, password: string, ip = '127.0.0.1') =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username, password },
      remoteAddress: ip,
    });

  it('counts every one of 60 parallel wrong passwords: 6 are checked, the rest wait', async () => {
    const answers = await Promise.all(
      Array.from({ length: 60 }, () => login('supervisor', 'wrong-password', '10.7.7.7')),
    );
    const codes = answers.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 401)).toHaveLength(6);
    expect(codes.filter((c) => c === 429)).toHaveLength(54);
    const row = await t.database.db
      .selectFrom('login_throttle')
      .selectAll()
      .where('key', '=', 'user:supervisor')
      .executeTakeFirstOrThrow();
    expect(row.attempts).toBe(6);
    t.clock.advance(2_000);
    expect((await login('supervisor', 'hukou-demo')).statusCode).toBe(200);
  });

  it('throttles one address trying many names, without touching other addresses', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 22; i++)
      codes.push((await login(`nobody${i}`, 'wrong-password', '10.9.9.9')).statusCode);
    expect(codes.slice(0, 21).every((c) => c === 401)).toBe(true);
    expect(codes[21]).toBe(429);
    expect((await login('army', 'hukou-demo', '10.1.1.1')).statusCode).toBe(200);
    t.clock.advance(16 * 60_000);
  });

  it('ends every session of a user whose password changes or who is disabled', async () => {
    const cookie = await t.login('county');
    const me = () => t.app.inject({ url: '/api/v1/auth/me', headers: { cookie } });
    expect((await me()).statusCode).toBe(200); // now cached in this process
    await resetPassword(t.deps, operator, 'county', { password: 'new-county-pass-7' });
    expect((await me()).statusCode).toBe(401);
    await resetPassword(t.deps, operator, 'county', { password: 'hukou-demo' });
    const again = await t.login('county');
    expect((await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie: again } })).statusCode).toBe(200);
    await setUserActive(t.deps, operator, 'county', false);
    expect((await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie: again } })).statusCode).toBe(401);
    expect((await login('county', 'hukou-demo')).statusCode).toBe(401);
  });
});
