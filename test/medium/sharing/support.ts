// A registry with one household (head + one member) in 凤凰街道 behind the full HTTP app, with the demo users: the
// department officers (edu, hrss, health, civil, housing, army), the police roles and the administrator.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../../src/api/app.ts';
import { DEMO_PASSWORD } from '../../../src/app/users/demo-users.ts';
import type { TestEngine } from '../../support/databases.ts';
import { TEST_ORIGIN } from '../../support/app.ts';
import { createRegistryFixture, personInput, type RegistryFixture } from '../registry/support.ts';

export interface SharingFixture extends RegistryFixture {
  app: FastifyInstance;
  headId: string;
  memberId: string;
  householdId: string;
  headIdNumber: string;
  as(username: string): Promise<Client>;
  bearer(token: string): Client;
  auditRows(where: { action?: string; username?: string }): Promise<Array<Record<string, unknown>>>;
  close(): Promise<void>;
}

export interface Client {
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, payload: object): Promise<LightMyRequestResponse>;
}

function client(app: FastifyInstance, headers: Record<string, string>): Client {
  return {
    get: (url) => app.inject({ method: 'GET', url, headers }),
    post: (url, payload) => app.inject({ method: 'POST', url, payload, headers }),
  };
}

export async function createSharingFixture(kind: TestEngine): Promise<SharingFixture> {
  const f = await createRegistryFixture(kind);
  const { householdId, headId, memberIds } = await f.household(1, 1);
  const app = await buildApp(f.deps, { logger: false, webDir: '/nonexistent' });
  await app.ready();
  return {
    ...f,
    app,
    headId,
    memberId: memberIds[0]!,
    householdId,
    headIdNumber: personInput(1).idNumber,
    async as(username) {
      const r = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username, password: DEMO_PASSWORD },
      });
      const cookie = r.cookies.find((c) => c.name === 'hukou_session');
      if (!cookie) throw new Error(`login ${username}: ${r.statusCode}`);
      // A browser on our own pages sends its Origin with a cookie session (the Origin check of state-changing requests).
      return client(app, { cookie: `hukou_session=${cookie.value}`, origin: TEST_ORIGIN });
    },
    bearer: (token) => client(app, { authorization: `Bearer ${token}` }),
    async auditRows(where) {
      let q = f.database.db.selectFrom('audit_log').selectAll().orderBy('id');
      if (where.action) q = q.where('action', '=', where.action);
      if (where.username) q = q.where('actor_username', '=', where.username);
      return (await q.execute()) as unknown as Array<Record<string, unknown>>;
    },
    async close() {
      await app.close();
      await f.database.dispose();
    },
  };
}
