import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { ENGINES } from '../../support/databases.ts';
import { createTestApp, type TestApp } from '../../support/app.ts';

describe.each(ENGINES)('authentication on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(() => t.close());

  it('logs in with an httpOnly cookie, answers me, logs out', async () => {
    const r = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'clerk', password: 'hukou-demo' },
    });
    expect(r.statusCode).toBe(200);
    expect(r.json().user).toMatchObject({
      username: 'clerk',
      role: 'station-clerk',
      jurisdiction: '530602001',
    });
    const cookie = r.cookies.find((c) => c.name === 'hukou_session')!;
    expect(cookie.httpOnly).toBe(true);
    const me = await t.app.inject({
      url: '/api/v1/auth/me',
      headers: { cookie: `hukou_session=${cookie.value}` },
    });
    expect(me.json().user.username).toBe('clerk');
    const out = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie: `hukou_session=${cookie.value}` },
    });
    expect(out.statusCode).toBe(204);
    const after = await t.app.inject({
      url: '/api/v1/auth/me',
      headers: { cookie: `hukou_session=${cookie.value}` },
    });
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe('unauthenticated');
  });

  it('makes a guesser wait ever longer, and lets the right password through once the wait is over', async () => {
    const login = (password: string) =>
      t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'edu', password } });
    const codes: number[] = [];
    for (let i = 0; i < 7; i++) codes.push((await login('wrong')).statusCode);
    // Five free attempts, a sixth that earns a 1 s wait, then a 429 with Retry-After.
    expect(codes).toEqual([401, 401, 401, 401, 401, 401, 429]);
    const early = await login('hukou-demo');
    expect(early.statusCode).toBe(429);
    expect(early.headers['retry-after']).toBe('1');
    t.clock.advance(1_000);
    expect((await login('hukou-demo')).statusCode).toBe(200);
    // The right password cleared the name's count: the next typo is free again.
    expect((await login('wrong')).statusCode).toBe(401);
  });

  it('expires sessions', async () => {
    const cookie = await t.login('city');
    t.clock.advance(13 * 3_600_000);
    const me = await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie } });
    expect(me.statusCode).toBe(401);
  });

  it('audits logins, and the audit log refuses updates and deletes', async () => {
    const { db } = t.database;
    const rows = await db
      .selectFrom('audit_log')
      .select(['action'])
      .where('action', 'in', ['login', 'login-failed'])
      .execute();
    expect(rows.length).toBeGreaterThan(0);
    // The application's role has no such privilege (0602); the owner is stopped by the trigger.
    await expect(sql`update audit_log set action = 'x'`.execute(db)).rejects.toThrow(/permission denied/);
    await expect(sql`delete from audit_log`.execute(db)).rejects.toThrow(/permission denied/);
    await t.database.asOwner(async (owner) => {
      await expect(sql`update audit_log set action = 'x'`.execute(owner.db)).rejects.toThrow(/append-only/);
      await expect(sql`delete from audit_log`.execute(owner.db)).rejects.toThrow(/append-only/);
    });
  });
});
