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
    const r = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'clerk', password: 'hukou-demo' } });
    expect(r.statusCode).toBe(200);
    expect(r.json().user).toMatchObject({ username: 'clerk', role: 'station-clerk', jurisdiction: '530602001' });
    const cookie = r.cookies.find((c) => c.name === 'hukou_session')!;
    expect(cookie.httpOnly).toBe(true);
    const me = await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie: `hukou_session=${cookie.value}` } });
    expect(me.json().user.username).toBe('clerk');
    const out = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie: `hukou_session=${cookie.value}` } });
    expect(out.statusCode).toBe(204);
    const after = await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie: `hukou_session=${cookie.value}` } });
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe('unauthenticated');
  });

  it('answers a wrong password with 401 and the 6th wrong try within a minute with 429', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 6; i++) {
      const r = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'edu', password: 'wrong' } });
      codes.push(r.statusCode);
    }
    expect(codes).toEqual([401, 401, 401, 401, 401, 429]);
    // Even the right password waits out the window, then works.
    const blocked = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'edu', password: 'hukou-demo' } });
    expect(blocked.statusCode).toBe(429);
    t.clock.advance(61_000);
    const ok = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'edu', password: 'hukou-demo' } });
    expect(ok.statusCode).toBe(200);
  });

  it('expires sessions', async () => {
    const cookie = await t.login('city');
    t.clock.advance(13 * 3_600_000);
    const me = await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie } });
    expect(me.statusCode).toBe(401);
  });

  it('audits logins, and the audit log refuses updates and deletes', async () => {
    const { db } = t.database;
    const rows = await db.selectFrom('audit_log').select(['action']).where('action', 'in', ['login', 'login-failed']).execute();
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
