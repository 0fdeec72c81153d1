// API tokens for department systems: created once (only the hash stored), used as a department principal limited to
// its scopes, audited like a user, refused (401) once revoked or expired.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '../../../src/app/users/manage-users.ts';
import { ENGINES } from '../../support/databases.ts';
import { operatorContext } from '../../support/deps.ts';
import { createSharingFixture, type Client, type SharingFixture } from './support.ts';

const DAY = 86_400_000;

describe.each(ENGINES)('API tokens on %s', (kind) => {
  let f: SharingFixture;
  let admin: Client;
  beforeAll(async () => {
    f = await createSharingFixture(kind);
    admin = await f.as('admin');
  }, 120_000);
  afterAll(async () => f?.close());

  const create = (body: object) =>
    admin.post('/api/v1/tokens', {
      name: '教育局学籍系统',
      department: '教育局',
      jurisdiction: '5306',
      scopes: ['registry.read'],
      expiresInDays: 30,
      ...body,
    });

  it('creates a token shown once, stores only its hash, and lists it without the token', async () => {
    const r = await create({});
    expect(r.statusCode).toBe(201);
    const { token, id } = r.json();
    expect(token).toMatch(/^hkt_[A-Za-z0-9_-]{43}$/);
    const rows = await f.database.db.selectFrom('api_token').selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain(token.slice(4));
    const list = (await admin.get('/api/v1/tokens')).json();
    expect(list.tokens.find((t: { id: number }) => t.id === id)).toMatchObject({
      hint: token.slice(0, 8),
      state: 'active',
      department: '教育局',
    });
    expect(JSON.stringify(list)).not.toContain(token.slice(8));
  });

  it('reads through the department view, audited as the token, until revoked (401)', async () => {
    const { token, id } = (await create({ name: '教育局系统2' })).json();
    const system = f.bearer(token);
    const r = await system.get(`/api/v1/registry/persons/by-id-number/${f.headIdNumber}`);
    expect(r.statusCode).toBe(200);
    expect(r.json().persons[0].name).toBe('测**');
    const [row] = await f.auditRows({ action: 'registry.lookup', username: `token:${id}` });
    expect(row).toMatchObject({ actor_id: null, actor_role: 'department-officer', person_ids: [f.headId] });
    // The token is no administrator, whatever it asks.
    expect((await system.get('/api/v1/tokens')).statusCode).toBe(403);
    expect((await admin.post(`/api/v1/tokens/${id}/revoke`, {})).json().state).toBe('revoked');
    expect((await system.get(`/api/v1/registry/persons/by-id-number/${f.headIdNumber}`)).statusCode).toBe(
      401,
    );
    expect((await f.bearer('hkt_not-a-token').get(`/api/v1/registry/persons/${f.headId}`)).statusCode).toBe(
      401,
    );
  });

  it('does only what its scopes list', async () => {
    const { token } = (
      await create({ name: '卫健委死亡推送', department: '卫健委', scopes: ['quality.feed.deaths'] })
    ).json();
    const system = f.bearer(token);
    expect((await system.get(`/api/v1/registry/persons/by-id-number/${f.headIdNumber}`)).statusCode).toBe(
      403,
    );
    const refused = await f.auditRows({ action: 'registry.read.refused' });
    expect(refused.at(-1)!.actor_username).toMatch(/^token:\d+$/);
    expect((await system.post('/api/v1/quality/feeds/enlistments', { records: [] })).statusCode).toBe(403);
  });

  it('refuses an unknown department, a missing or too long expiry', async () => {
    expect((await create({ department: '不存在局' })).statusCode).toBe(400);
    expect((await create({ expiresInDays: 400 })).statusCode).toBe(400);
    expect((await create({ expiresInDays: undefined })).statusCode).toBe(400);
    await expect(
      addUser(f.deps, operatorContext(), {
        username: 'x1',
        displayName: 'x',
        password: 'long-enough',
        role: 'department-officer',
        jurisdiction: '5306',
        department: '某某局',
      }),
    ).rejects.toMatchObject({ code: 'invalid-input' });
  });
  // Last: moves the clock past every session.
  it('answers 401 once expired', async () => {
    const { token } = (await create({ name: '短期令牌', expiresInDays: 1 })).json();
    expect((await f.bearer(token).get(`/api/v1/registry/persons/${f.headId}`)).statusCode).toBe(200);
    f.clock.advance(2 * DAY);
    expect((await f.bearer(token).get(`/api/v1/registry/persons/${f.headId}`)).statusCode).toBe(401);
  });
});
