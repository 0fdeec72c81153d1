// The users pages' API (issue 17 "Admin"): administrators add, disable, enable, reset passwords and change role and
// jurisdiction; every other role is refused whatever it asks; a bad field is a 400 naming it; each change is audited
// in the same transaction and ends the user's sessions where it must.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES } from '../../../src/domain/access/roles.ts';
import { DEMO_PASSWORD } from '../../../src/app/users/demo-users.ts';
import { ENGINES } from '../../support/databases.ts';
import { createTestApp, type TestApp } from '../../support/app.ts';

/** A demo user of each role (src/app/users/demo-users.ts). */
const USER_OF_ROLE = {
  admin: 'admin',
  'station-clerk': 'clerk',
  'county-officer': 'county',
  'city-officer': 'city',
  'department-officer': 'edu',
  supervisor: 'supervisor',
} as const;

const newUser = (overrides: object = {}) => ({
  username: 'clerk2',
  displayName: '李娟',
  password: 'Counter-desk-2026',
  role: 'station-clerk',
  jurisdiction: '530602001',
  ...overrides,
});

describe.each(ENGINES)('user administration over HTTP on %s', (engine) => {
  let t: TestApp;
  const cookies = new Map<string, string>();
  beforeAll(async () => {
    t = await createTestApp(engine);
    for (const name of Object.values(USER_OF_ROLE)) cookies.set(name, await t.login(name));
  }, 120_000);
  afterAll(() => t?.close());

  let key = 0;
  const post = (as: string, url: string, payload: object = {}, idempotencyKey = `k${++key}`) =>
    t.app.inject({
      method: 'POST',
      url,
      payload,
      headers: { cookie: cookies.get(as) ?? '', 'idempotency-key': idempotencyKey },
    });
  const login = (username: string, password: string) =>
    t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
  const auditOf = (action: string) =>
    t.database.db
      .selectFrom('audit_log')
      .select(['action', 'actor_username', 'resource_id', 'detail'])
      .where('resource_type', '=', 'user')
      .where('action', '=', action)
      .execute();

  it('adds a user who signs in, disables them (sessions end, no sign-in), enables and resets the password', async () => {
    const created = await post('admin', '/api/v1/users', newUser());
    expect(created.statusCode, created.body).toBe(201);
    const session = (await login('clerk2', 'Counter-desk-2026')).cookies.find(
      (c) => c.name === 'hukou_session',
    )!;
    const me = () =>
      t.app.inject({ url: '/api/v1/auth/me', headers: { cookie: `hukou_session=${session.value}` } });
    expect((await me()).statusCode).toBe(200);

    const disabled = await post('admin', '/api/v1/users/clerk2/disable');
    expect(disabled.statusCode, disabled.body).toBe(200);
    expect(disabled.json().user).toMatchObject({ username: 'clerk2', active: false });
    expect((await me()).statusCode).toBe(401);
    expect((await login('clerk2', 'Counter-desk-2026')).statusCode).toBe(401);

    expect((await post('admin', '/api/v1/users/clerk2/enable')).json().user.active).toBe(true);
    const reset = await post('admin', '/api/v1/users/clerk2/password', { password: 'Another-desk-2027' });
    expect(reset.statusCode, reset.body).toBe(200);
    expect((await login('clerk2', 'Counter-desk-2026')).statusCode).toBe(401);
    expect((await login('clerk2', 'Another-desk-2027')).statusCode).toBe(200);
    // Each change is one audit row naming the administrator; the new password is in none of them.
    for (const action of ['create', 'disable', 'enable', 'reset-password'])
      expect(
        (await auditOf(action)).filter((a) => a.resource_id === String(created.json().id)),
        action,
      ).toEqual([
        expect.objectContaining({ actor_username: 'admin', resource_id: String(created.json().id) }),
      ]);
    const audit = await t.database.db.selectFrom('audit_log').selectAll().execute();
    expect(JSON.stringify(audit)).not.toContain('Another-desk-2027');
  });

  it('changes role and jurisdiction: the new assignment holds from the next request', async () => {
    await post('admin', '/api/v1/users', newUser({ username: 'officer2' }));
    const r = await post('admin', '/api/v1/users/officer2/assignment', {
      role: 'county-officer',
      jurisdiction: '530627',
    });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().user).toMatchObject({ role: 'county-officer', jurisdiction: '530627', department: null });
    const session = (await login('officer2', 'Counter-desk-2026')).cookies.find(
      (c) => c.name === 'hukou_session',
    )!;
    const me = await t.app.inject({
      url: '/api/v1/auth/me',
      headers: { cookie: `hukou_session=${session.value}` },
    });
    expect(me.json().user).toMatchObject({ role: 'county-officer', jurisdiction: '530627' });
    const [row] = await auditOf('assign');
    expect(row!.detail).toMatchObject({
      before: { role: 'station-clerk', jurisdiction: '530602001' },
      after: { role: 'county-officer', jurisdiction: '530627' },
    });
  });

  it('replays a retried POST with the same key instead of applying it twice', async () => {
    await post('admin', '/api/v1/users', newUser({ username: 'retry2' }));
    const first = await post('admin', '/api/v1/users/retry2/disable', {}, 'same-key');
    const again = await post('admin', '/api/v1/users/retry2/disable', {}, 'same-key');
    expect(again.statusCode).toBe(200);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json()).toEqual(first.json());
    const rows = (await auditOf('disable')).filter((a) => a.resource_id === String(first.json().user.id));
    expect(rows).toHaveLength(1);
  });

  it('names the bad field: role, jurisdiction, department, password, an unknown field; 404 for no such user', async () => {
    const issues = async (url: string, body: object) => {
      const r = await post('admin', url, body);
      expect(r.statusCode, r.body).toBe(400);
      return [...new Set(r.json().error.issues.map((i: { path: string }) => i.path))];
    };
    const assign = '/api/v1/users/clerk/assignment';
    expect(await issues(assign, { role: 'king', jurisdiction: '530602' })).toEqual(['role']);
    expect(await issues(assign, { role: 'county-officer', jurisdiction: '5101' })).toEqual(['jurisdiction']);
    expect(await issues(assign, { role: 'department-officer', jurisdiction: '5306' })).toEqual([
      'department',
    ]);
    expect(await issues(assign, { role: 'supervisor', jurisdiction: '5306', rank: 1 })).toEqual(['rank']);
    expect(await issues('/api/v1/users/clerk/password', { password: 'clerk' })).toEqual(['password']);
    expect(await issues('/api/v1/users/clerk/password', {})).toEqual(['password']);
    expect((await post('admin', '/api/v1/users/nobody/disable')).statusCode).toBe(404);
    expect((await post('admin', '/api/v1/users/NOT%20A%20NAME/disable')).statusCode).toBe(400);
  });

  it('keeps an administrator from locking themself out', async () => {
    const self = await post('admin', '/api/v1/users/admin/disable');
    expect(self.statusCode).toBe(400);
    expect(self.json().error.issues[0].path).toBe('username');
    const demote = await post('admin', '/api/v1/users/admin/assignment', {
      role: 'supervisor',
      jurisdiction: '5306',
    });
    expect(demote.json().error.issues[0].path).toBe('role');
    expect((await login('admin', DEMO_PASSWORD)).statusCode).toBe(200);
  });

  it('property: every role but the administrator is refused every user route, and nothing changes', async () => {
    const others = ROLES.filter((r) => r !== 'admin');
    const before = await t.database.db.selectFrom('app_user').selectAll().orderBy('id').execute();
    const routes = [
      ['GET', '/api/v1/users', undefined],
      ['POST', '/api/v1/users', newUser({ username: 'sneaky' })],
      ['POST', '/api/v1/users/county/disable', {}],
      ['POST', '/api/v1/users/county/enable', {}],
      ['POST', '/api/v1/users/county/password', { password: 'Taken-over-2026' }],
      ['POST', '/api/v1/users/county/assignment', { role: 'admin', jurisdiction: '5306' }],
      ['POST', '/api/v1/users/nobody/disable', {}],
    ] as const;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...others),
        fc.constantFrom(...routes),
        async (role, [method, url, body]) => {
          const r = await t.app.inject({
            method,
            url,
            ...(body ? { payload: body } : {}),
            headers: { cookie: cookies.get(USER_OF_ROLE[role])!, 'idempotency-key': `p${++key}` },
          });
          expect(r.statusCode, `${role} ${method} ${url}`).toBe(403);
        },
      ),
      { numRuns: 60 },
    );
    // Anonymous: asked to sign in.
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/v1/users/county/disable', payload: {} })).statusCode,
    ).toBe(401);
    expect(await t.database.db.selectFrom('app_user').selectAll().orderBy('id').execute()).toEqual(before);
  });

  it('shows every dated value of the policy parameters with its source and placeholder mark to those who keep the policy', async () => {
    const get = (as?: string) =>
      t.app.inject({
        url: '/api/v1/policy/parameters/history',
        headers: as ? { cookie: cookies.get(as)! } : {},
      });
    const r = await get('admin');
    expect(r.statusCode, r.body).toBe(200);
    const { parameters } = r.json() as {
      parameters: {
        name: string;
        values: { reference: string; placeholder: boolean }[];
        divisions: unknown[];
      }[];
    };
    const files = t.deps.policy.parameters.parameters;
    expect(parameters.map((p) => p.name).sort()).toEqual(Object.keys(files).sort());
    for (const p of parameters) {
      expect(p.values).toHaveLength(files[p.name]!.values.length);
      for (const v of p.values) expect(v.reference.length, p.name).toBeGreaterThan(0);
    }
    expect(parameters.some((p) => p.values.some((v) => v.placeholder))).toBe(true);
    expect((await get('city')).statusCode).toBe(200);
    for (const who of ['clerk', 'county', 'edu', 'supervisor'])
      expect((await get(who)).statusCode, who).toBe(403);
    expect((await get()).statusCode).toBe(401);
  });
});
