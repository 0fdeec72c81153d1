// The use cases hold exactly the domain's rule of who may act (W2), as a property over the demo users and the plan's
// leaves: a filing answers 201 only when mayTakeReportAction says the user's unit may file on the item, else 403;
// an acceptance of a filed report 200 only for the item's lead unit (the supervisors on T18, T19); a comment only for
// supervisors. Nothing is written by a refusal.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createTestApp, type TestApp } from '../../support/app.ts';
import { ENGINES } from '../../support/databases.ts';
import { mayReadReports, mayTakeReportAction } from '../../../src/domain/supervision/access.ts';
import { findItem, LEAF_IDS, type TaskItem } from '../../../src/domain/supervision/tasks.ts';
import type { Actor } from '../../../src/domain/access/roles.ts';

const USERS = [
  'admin',
  'clerk',
  'county',
  'city',
  'edu',
  'hrss',
  'civil',
  'housing',
  'health',
  'army',
  'supervisor',
];

describe.each(ENGINES)('who may file, decide and comment, on %s', (kind) => {
  let t: TestApp;
  const cookies = new Map<string, string>();
  const actors = new Map<string, Actor>();
  const post = (user: string, url: string, payload: Record<string, unknown>) =>
    t.app.inject({ method: 'POST', url, headers: { cookie: cookies.get(user)! }, payload });

  beforeAll(async () => {
    t = await createTestApp(kind);
    for (const u of USERS) {
      cookies.set(u, await t.login(u));
      const me = await t.app.inject({
        method: 'GET',
        url: '/api/v1/auth/me',
        headers: { cookie: cookies.get(u)! },
      });
      actors.set(u, JSON.parse(me.body).user as Actor);
    }
  });
  afterAll(async () => t?.close());

  const user = fc.constantFrom(...USERS);
  const leaf = fc.constantFrom(...LEAF_IDS).map((id) => findItem(id)! as TaskItem);

  it('files only when the domain says so', async () => {
    await fc.assert(
      fc.asyncProperty(user, leaf, async (u, item) => {
        const r = await post(u, `/api/v1/tasks/${item.id}/reports`, { text: `${u} 报送进展`, percent: 10 });
        expect(r.statusCode).toBe(mayTakeReportAction(actors.get(u)!, 'file', item, null) ? 201 : 403);
      }),
      { numRuns: 60 },
    );
  });

  it('accepts and comments only when the domain says so', async () => {
    // A report on each item some demo user may file on, filed by the first such user.
    const filed = new Map<string, { id: number; unit: string }>();
    for (const id of LEAF_IDS) {
      const item = findItem(id)! as TaskItem;
      const filer = USERS.find((u) => mayTakeReportAction(actors.get(u)!, 'file', item, null));
      if (!filer) continue;
      const r = await post(filer, `/api/v1/tasks/${id}/reports`, { text: '待审核的报送', percent: 50 });
      const body = JSON.parse(r.body) as { reportId: number; unitCode: string };
      filed.set(id, { id: body.reportId, unit: body.unitCode });
    }
    const withReport = fc.constantFrom(...filed.keys()).map((id) => findItem(id)! as TaskItem);
    await fc.assert(
      fc.asyncProperty(user, withReport, fc.constantFrom('comment', 'accept'), async (u, item, action) => {
        const report = filed.get(item.id)!;
        const may = mayTakeReportAction(actors.get(u)!, action as 'accept', item, report.unit);
        // Comment first (state unchanged); an acceptance only where allowed, then the report is accepted.
        const state = await t.app.inject({
          method: 'GET',
          url: `/api/v1/tasks/${item.id}/reports`,
          headers: { cookie: cookies.get('supervisor')! },
        });
        const current = (
          JSON.parse(state.body).items as { reportId: number; version: number; state: string }[]
        ).find((x) => x.reportId === report.id)!;
        if (action === 'accept' && current.state !== 'filed') return;
        const r = await post(u, `/api/v1/tasks/${item.id}/reports/${report.id}/actions`, {
          action,
          version: current.version,
          ...(action === 'comment' ? { reason: '督查意见' } : {}),
        });
        // One who may not even read the item's reports is told it does not exist (404), others are refused (403).
        const expected = may ? 200 : mayReadReports(actors.get(u)!, item) ? 403 : 404;
        expect(r.statusCode).toBe(expected);
      }),
      { numRuns: 60 },
    );
  });
});
