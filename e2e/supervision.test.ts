// End to end through the real server and Chromium, issue 19 (W2): the housing bureau's officer (市住建局, a
// responsible unit of T4) files a progress report, the city PSB's officer (市公安局, T4's lead unit) accepts it, the
// supervisor sees T4 done on the board and rates the report; T5, past the plan's 2020 date, shows as overdue. The
// exported report downloads as PDF and XLSX.
import { describe, expect, it } from 'vitest';
import { browserMissing } from './support/browser.ts';
import { useBrowserSession } from './support/session.ts';
import { apiAs } from './support/api.ts';
import { expectPageAccessible } from './support/axe.ts';
import { login } from './support/login.ts';

describe.skipIf(browserMissing())('reform supervision in the browser', () => {
  const session = useBrowserSession();
  const call = apiAs(() => session.server.url);

  async function openTask(id: string) {
    await session.page.goto(`${session.server.url}/supervision/tasks/${id}`);
    await session.page.getByRole('heading', { level: 2, name: new RegExp(`^${id} `) }).waitFor();
  }

  it('files, accepts, shows on the board, rates; an overdue task shows as overdue', async () => {
    const { page, server } = session;
    // The supervision office gives T4 a date still ahead; T5 keeps the plan's 2020-12-31, long past.
    const due = await call('admin', 'POST', '/api/v1/tasks/T4/due-date', {
      dueOn: '2099-12-31',
      reason: '督查办另定期限',
    });
    expect(due.status).toBe(200);

    await login(session, 'housing');
    await openTask('T4');
    await page.getByLabel('工作进展').fill('租赁登记备案已与公安户籍系统共享，全市备案 1200 套');
    await page.getByLabel('完成百分比').fill('100');
    await page.getByRole('button', { name: /报\s*送/ }).click();
    await page.getByText('待审核').waitFor();

    await login(session, 'city');
    await openTask('T4');
    await page.getByRole('button', { name: /采\s*纳/ }).click();
    await page.getByText('已采纳').first().waitFor();

    await login(session, 'supervisor');
    await page.getByRole('menuitem', { name: '改革督查' }).click();
    await page.getByRole('heading', { name: '改革任务督查（W2）' }).waitFor();
    const t4 = page.locator('tr', { hasText: '租赁性质合法稳定住所' });
    await expect.poll(() => t4.textContent()).toContain('已完成');
    await expect
      .poll(() => page.locator('tr', { hasText: '返农村原籍地落户' }).textContent())
      .toContain('已逾期');
    await page.getByText(/项任务已逾期/).waitFor();
    await expectPageAccessible(page, 'supervision board');
    await page.screenshot({ path: '/tmp/hukou-e2e-supervision-board.png', fullPage: true });

    await t4.getByRole('link').click();
    await page.getByText('已采纳').first().waitFor();
    await page.locator('.ant-rate:not(.ant-rate-disabled) .ant-rate-star').nth(3).click();
    await page.getByRole('button', { name: /评\s*价/ }).click();
    await page.getByText(/评价 · .*supervisor · ★★★★$/).waitFor();
    const reports = await call('supervisor', 'GET', '/api/v1/tasks/T4/reports');
    expect(reports.body.items[0]).toMatchObject({
      state: 'accepted',
      rating: 4,
      unitCode: 'housing',
      percent: 100,
    });
    expect(reports.body.items[0].events.map((e: { action: string }) => e.action)).toEqual([
      'file',
      'accept',
      'rate',
    ]);

    for (const format of ['pdf', 'xlsx']) {
      const r = await fetch(
        `${server.url}/api/v1/supervision/export?from=2026-01-01&to=2099-01-01&format=${format}`,
        {
          headers: { cookie: (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ') },
        },
      );
      expect(r.status).toBe(200);
      expect((await r.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    }
  });
});
