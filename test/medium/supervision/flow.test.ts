// Reform supervision over HTTP on both engines (issue 19): the 20 tasks with their units as clauses.md writes them;
// a unit files, the lead unit accepts or returns, the supervisor comments and rates; overdue follows the app's clock
// and the due dates; only the right units act; every action is an append-only event with an audit row.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestApp, type TestApp } from '../../support/app.ts';
import { ENGINES } from '../../support/databases.ts';
import { CLAUSES } from '../../../src/domain/policy/clauses.ts';
import { UNITS } from '../../../src/domain/supervision/units.ts';

// A test reads answers of many shapes by their fields.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Body = any;

describe.each(ENGINES)('supervision on %s', (kind) => {
  let t: TestApp;
  const cookies: Record<string, string> = {};
  const call = async (user: string, method: 'GET' | 'POST', url: string, payload?: unknown) => {
    const r = await t.app.inject({
      method,
      url,
      headers: { cookie: cookies[user]! },
      ...(payload ? { payload } : {}),
    });
    return { status: r.statusCode, body: r.body ? (JSON.parse(r.body) as Body) : null };
  };

  beforeAll(async () => {
    t = await createTestApp(kind);
    t.clock.set('2019-06-01T08:00:00Z');
    for (const u of ['housing', 'city', 'supervisor', 'clerk', 'edu', 'admin']) cookies[u] = await t.login(u);
  });
  afterAll(async () => t?.close());

  it('lists the 20 tasks with the lead and responsible units of clauses.md', async () => {
    const r = await call('clerk', 'GET', '/api/v1/tasks');
    expect(r.status).toBe(200);
    expect(r.body.items.map((x: { id: string }) => x.id)).toEqual(
      Array.from({ length: 20 }, (_, i) => `T${i + 1}`),
    );
    const byId = new Map<string, Body>(
      r.body.items.flatMap((x: Body) => [[x.id, x], ...x.subItems.map((s: Body) => [s.id, s])]),
    );
    for (const c of CLAUSES.filter((c) => /^T/.test(c.id))) {
      const item = byId.get(c.id);
      const names = (cell: string | null) => (cell ? cell.replace(/等$/, '').split('、') : []);
      expect(item.leadUnits.map((u: Body) => u.name)).toEqual(names(c.leadUnit));
      expect(item.responsibleUnits.map((u: Body) => u.name)).toEqual(names(c.responsibleUnits));
      expect(item.leadUnitsText).toBe(c.leadUnit);
    }
    expect(byId.get('T4').dueOn).toBe('2020-12-31');
    expect(byId.get('T4').status).toBe('not-started');
    expect(r.body.items.find((x: Body) => x.id === 'T10').subItems).toHaveLength(2);
  });

  it('seeds the units table from the plan', async () => {
    const rows = await sql<{
      code: string;
      name: string;
    }>`select code, name from supervision_unit order by code`.execute(t.deps.database.db);
    expect(rows.rows).toEqual(
      UNITS.map((u) => ({ code: u.code, name: u.name })).sort((a, b) => (a.code < b.code ? -1 : 1)),
    );
  });

  it('walks file → return → refile → accept → comment → rate, and the task turns done', async () => {
    const filed = await call('housing', 'POST', '/api/v1/tasks/T4/reports', {
      text: '租赁登记备案系统已与公安共享',
      percent: 60,
      attachments: [{ name: '通知', reference: '昭住建〔2019〕12号' }],
      indicators: ['T2-T9.settlements'],
    });
    expect(filed.status).toBe(201);
    expect(filed.body).toMatchObject({ itemId: 'T4', unitCode: 'housing', state: 'filed', version: 1 });
    const id = filed.body.reportId;
    const act = (user: string, body: unknown) =>
      call(user, 'POST', `/api/v1/tasks/T4/reports/${id}/actions`, body);

    // Not the lead unit: the responsible unit may not decide, the supervisor may not accept.
    expect((await act('housing', { action: 'accept', version: 1 })).status).toBe(403);
    expect((await act('supervisor', { action: 'accept', version: 1 })).status).toBe(403);
    // A return needs its reason, named.
    const noReason = await act('city', { action: 'return', version: 1 });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.issues[0].path).toBe('reason');
    expect((await act('city', { action: 'return', version: 1, reason: '请补充备案数量' })).body.state).toBe(
      'returned',
    );
    // Rating waits for an accepted report; a stale version is refused.
    expect((await act('supervisor', { action: 'rate', version: 2, rating: 4 })).status).toBe(409);
    expect(
      (await act('housing', { action: 'refile', version: 1, text: '已备案 1200 套', percent: 100 })).status,
    ).toBe(409);
    const refiled = await act('housing', {
      action: 'refile',
      version: 2,
      text: '已备案 1200 套',
      percent: 100,
    });
    expect(refiled.body).toMatchObject({ state: 'filed', percent: 100 });
    expect((await act('city', { action: 'accept', version: 3 })).body.state).toBe('accepted');
    expect((await act('supervisor', { action: 'comment', version: 4, reason: '进展较好' })).status).toBe(200);
    const rated = await act('supervisor', { action: 'rate', version: 5, rating: 5 });
    expect(rated.body).toMatchObject({ rating: 5, state: 'accepted' });
    expect(rated.body.events.map((e: Body) => e.action)).toEqual([
      'file',
      'return',
      'refile',
      'accept',
      'comment',
      'rate',
    ]);

    const tasks = await call('clerk', 'GET', '/api/v1/tasks');
    expect(tasks.body.items.find((x: Body) => x.id === 'T4')).toMatchObject({ status: 'done', percent: 100 });
    // Read the day before: nothing accepted yet.
    const before = await call('clerk', 'GET', '/api/v1/tasks?asOf=2019-05-31');
    expect(before.body.items.find((x: Body) => x.id === 'T4').status).toBe('not-started');

    // History is append-only, and every action has its audit row.
    await expect(
      sql`update supervision_report_event set reason = 'x'`.execute(t.deps.database.db),
    ).rejects.toThrow();
    const audits = await sql<{
      n: string;
    }>`select count(*) as n from audit_log where action like 'supervision.report.%'`.execute(
      t.deps.database.db,
    );
    expect(Number(audits.rows[0]!.n)).toBe(6);
  });

  it('reports only by the item’s units; reports are read by supervisors and those units', async () => {
    expect(
      (await call('edu', 'POST', '/api/v1/tasks/T4/reports', { text: '教育局报送', percent: 10 })).status,
    ).toBe(403);
    expect(
      (await call('clerk', 'POST', '/api/v1/tasks/T4/reports', { text: '派出所报送', percent: 10 })).status,
    ).toBe(403);
    const bad = await call('housing', 'POST', '/api/v1/tasks/T15/reports', {
      text: '住建局报送',
      percent: 10,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues[0].path).toBe('id');
    const pct = await call('housing', 'POST', '/api/v1/tasks/T15.8/reports', {
      text: '住建局报送',
      percent: 101,
    });
    expect(pct.status).toBe(400);
    expect(pct.body.error.issues[0].path).toBe('percent');
    expect((await call('edu', 'GET', '/api/v1/tasks/T4/reports')).status).toBe(403);
    expect((await call('supervisor', 'GET', '/api/v1/tasks/T4/reports')).body.items).toHaveLength(1);
    expect((await call('clerk', 'GET', '/api/v1/tasks/T99')).status).toBe(404);
  });

  it('turns overdue after the due date by the app’s clock; the supervision office moves the date', async () => {
    t.clock.set('2021-01-02T08:00:00Z');
    // Sessions end with time: sign in again on the new day.
    for (const u of ['clerk', 'admin']) cookies[u] = await t.login(u);
    const after = await call('clerk', 'GET', '/api/v1/tasks');
    const t5 = after.body.items.find((x: Body) => x.id === 'T5');
    expect(t5.status).toBe('overdue');
    expect(after.body.items.find((x: Body) => x.id === 'T4').status).toBe('done');
    expect(
      (await call('clerk', 'POST', '/api/v1/tasks/T5/due-date', { dueOn: '2021-06-30', reason: '延期' }))
        .status,
    ).toBe(403);
    const set = await call('admin', 'POST', '/api/v1/tasks/T5/due-date', {
      dueOn: '2021-06-30',
      reason: '市政府同意延期',
    });
    expect(set.body).toEqual({ id: 'T5', dueOn: '2021-06-30' });
    const moved = await call('clerk', 'GET', '/api/v1/tasks');
    expect(moved.body.items.find((x: Body) => x.id === 'T5')).toMatchObject({
      status: 'not-started',
      dueOn: '2021-06-30',
    });
  });

  it('measures the indicators it can and says which are not measured yet', async () => {
    const r = await call('clerk', 'GET', '/api/v1/supervision/indicators');
    const byId = new Map<string, Body>(r.body.items.map((i: Body) => [i.id, i]));
    // Residence permits are counted from their registrations and events (issue 15); none here yet.
    expect(byId.get('T11.residence-permits')).toMatchObject({ state: 'measured' });
    expect(byId.get('T11.residence-permits').parts[1]).toMatchObject({ label: '累计发放居住证', value: 0 });
    expect(byId.get('T16.1.citizenization')).toMatchObject({ state: 'measured' });
    expect(byId.get('T16.1.citizenization').parts[0]).toMatchObject({
      label: '农业转移人口落户城镇',
      value: 0,
    });
    expect(byId.get('T12.findings')).toMatchObject({ state: 'measured' });
    expect(byId.get('T1.urbanization').target.value).toBe(45);
    const past = await call('clerk', 'GET', '/api/v1/supervision/indicators?asOf=2019-01-01');
    // A past day is read from the register's history (issue 16): measured, not "not yet".
    const t1 = past.body.items.find((i: Body) => i.id === 'T1.urbanization');
    expect(t1.state).toBe('measured');
    expect(t1.parts.map((p: Body) => p.label)).toEqual([
      '常住人口城镇化率',
      '户籍人口城镇化率',
      '常住人口',
      '户籍人口',
    ]);
  });
});
