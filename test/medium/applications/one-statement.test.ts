// A transition is one statement (projection at the expected version, event, evaluation, audit row): two
// concurrent submissions of the same draft store one evaluation and one event; the other is refused with 409
// and writes nothing. The submit event names the evaluation it stored.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../support/app.ts';
import { ENGINES } from '../../support/databases.ts';
import { client, rentalApplication } from './support.ts';

describe.each(ENGINES)('one-statement transitions on %s', (kind) => {
  let t: TestApp;
  let clerk: ReturnType<typeof client>;

  beforeAll(async () => {
    t = await createTestApp(kind);
    clerk = client(t, await t.login('clerk'));
  });
  afterAll(async () => t?.close());

  it('lets one of two concurrent submissions through and writes nothing for the other', async () => {
    const { id } = (await clerk.post('/api/v1/applications', rentalApplication(401))).json();
    const answers = await Promise.all([
      clerk.post(`/api/v1/applications/${id}/submit`),
      clerk.post(`/api/v1/applications/${id}/submit`),
    ]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
    const db = t.database.db;
    const evaluations = await db
      .selectFrom('settlement_evaluation')
      .select('id')
      .where('application_id', '=', id)
      .execute();
    const events = await db
      .selectFrom('settlement_application_event')
      .select(['seq', 'action', 'detail'])
      .where('application_id', '=', id)
      .orderBy('seq')
      .execute();
    expect(evaluations).toHaveLength(1);
    expect(events.map((e) => `${e.seq} ${e.action}`)).toEqual(['1 create', '2 submit']);
    expect((events[1]!.detail as { evaluationId: number }).evaluationId).toBe(Number(evaluations[0]!.id));
    const audits = await db
      .selectFrom('audit_log')
      .select('action')
      .where('resource_id', '=', id)
      .where('action', '=', 'applications.submit')
      .execute();
    expect(audits).toHaveLength(1);
    const row = await db
      .selectFrom('settlement_application')
      .select(['state', 'version'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ state: 'submitted', version: 2 });
  });
});
