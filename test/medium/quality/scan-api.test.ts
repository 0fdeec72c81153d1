// Whole-register scans over HTTP on both engines: started and answered at once (202), read until done with the
// findings they saw; one scan at a time in any process (a second start while one runs is a 409 naming the reason);
// a scan whose process died (no progress for ten minutes) no longer blocks, and is shown as failed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../support/app.ts';
import { ENGINES } from '../../support/databases.ts';
import { scanToTheEnd } from '../../support/scan.ts';

describe.each(ENGINES)('scans over HTTP on %s', (kind) => {
  let t: TestApp;
  let cookie = '';
  const call = async (method: 'GET' | 'POST', url: string) => {
    const r = await t.app.inject({ method, url, headers: { cookie } });
    return { status: r.statusCode, body: r.json() as Record<string, unknown> };
  };

  beforeAll(async () => {
    t = await createTestApp(kind);
    cookie = await t.login('city');
  });
  afterAll(async () => t?.close());

  it('starts, reports and ends a scan; the latest scans list it', async () => {
    const scan = await scanToTheEnd(call);
    expect(scan).toMatchObject({ state: 'done', error: null });
    const latest = await call('GET', '/api/v1/quality/scans');
    expect((latest.body.scans as Array<{ scanId: number }>)[0]!.scanId).toBe(scan.scanId);
    expect((await call('GET', '/api/v1/quality/scans/999999')).status).toBe(404);
  });

  it('refuses a second scan while one runs elsewhere, and stops waiting for one that died', async () => {
    const db = t.deps.database.db;
    const now = new Date();
    const other = await db
      .insertInto('quality_scan')
      .values({ started_at: now, trigger: 'cli', state: 'running', updated_at: now })
      .returning('scan_id')
      .executeTakeFirstOrThrow();
    const refused = await call('POST', '/api/v1/quality/scans');
    expect(refused.status).toBe(409);
    expect(JSON.stringify(refused.body)).toContain('正在进行');
    const stale = new Date(now.getTime() - 11 * 60_000);
    await db
      .updateTable('quality_scan')
      .set({ updated_at: stale })
      .where('scan_id', '=', other.scan_id)
      .execute();
    await scanToTheEnd(call);
    expect((await call('GET', `/api/v1/quality/scans/${other.scan_id}`)).body).toMatchObject({
      state: 'failed',
      error: expect.stringContaining('abandoned'),
    });
  });
});
