// A supervision action and its event and audit row commit together or not at all (issue 19): the database refuses
// the audit row of a filing, then of an acceptance, and nothing of either is written — no report, no event, the
// state unchanged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestApp, type TestApp } from '../../support/app.ts';
import { ENGINES } from '../../support/databases.ts';
import { failAuditWrites } from '../../support/faults.ts';

describe.each(ENGINES)('supervision writes in one transaction on %s', (kind) => {
  let t: TestApp;
  const count = async (table: 'supervision_report' | 'supervision_report_event') =>
    Number(
      (await sql<{ n: string }>`select count(*) as n from ${sql.table(table)}`.execute(t.deps.database.db))
        .rows[0]!.n,
    );
  const post = async (user: string, url: string, payload: Record<string, unknown>) =>
    t.app.inject({ method: 'POST', url, headers: { cookie: await t.login(user) }, payload });

  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(async () => t?.close());

  it('writes nothing of a filing whose audit row fails', async () => {
    const restore = await failAuditWrites(t.deps.database, 'supervision.report.file');
    try {
      const r = await post('housing', '/api/v1/tasks/T4/reports', { text: '住建局报送进展', percent: 30 });
      expect(r.statusCode).toBe(500);
    } finally {
      await restore();
    }
    expect(await count('supervision_report')).toBe(0);
    expect(await count('supervision_report_event')).toBe(0);
  });

  it('leaves the report as it was when the acceptance’s audit row fails', async () => {
    const filed = await post('housing', '/api/v1/tasks/T4/reports', { text: '住建局报送进展', percent: 30 });
    expect(filed.statusCode).toBe(201);
    const id = JSON.parse(filed.body).reportId as number;
    const restore = await failAuditWrites(t.deps.database, 'supervision.report.accept');
    try {
      const r = await post('city', `/api/v1/tasks/T4/reports/${id}/actions`, {
        action: 'accept',
        version: 1,
      });
      expect(r.statusCode).toBe(500);
    } finally {
      await restore();
    }
    const row = await t.deps.database.db
      .selectFrom('supervision_report')
      .select(['state', 'version'])
      .where('report_id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ state: 'filed', version: 1 });
    expect(await count('supervision_report_event')).toBe(1);
  });
});
