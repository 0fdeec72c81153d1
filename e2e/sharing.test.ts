// End to end through the real server and Chromium (T13.2): the administrator creates an API token on /admin/tokens (shown
// once), a department system reads with it, the administrator revokes it and the next read is 401; a resident asks
// /public/access-log with a pair that does not match and is told so without learning anything. axe-core on both pages.
import { describe, expect, it } from 'vitest';
import { makeIdNumber } from '../src/domain/identity/id-number.ts';
import { browserMissing } from './support/browser.ts';
import { useBrowserSession } from './support/session.ts';
import { expectPageAccessible } from './support/axe.ts';
import { login } from './support/login.ts';

describe.skipIf(browserMissing())('sharing by need in the browser: API tokens and the access log', () => {
  const session = useBrowserSession();
  const lookup = (token: string) =>
    fetch(
      `${session.server.url}/api/v1/registry/persons/by-id-number/${makeIdNumber('530602', '1980-01-01', 1)}`,
      { headers: { authorization: `Bearer ${token}` } },
    );

  it('creates a token shown once, which works until revoked', async () => {
    const { page } = session;
    await login(session, 'admin');
    await page.getByRole('menuitem', { name: '接口令牌' }).click();
    await page.getByRole('heading', { name: '接口令牌' }).waitFor();
    await page.getByLabel('名称').fill('教育局学籍系统');
    await page.getByRole('combobox', { name: '部门' }).click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="教育局"]').click();
    await page.getByRole('button', { name: /创\s*建/ }).click();
    const token = (await page.getByTestId('new-token').innerText()).trim();
    expect(token).toMatch(/^hkt_/);
    await expectPageAccessible(page, 'API tokens');
    expect((await lookup(token)).status).toBe(200);

    const row = page.locator('tr', { hasText: '教育局学籍系统' });
    await row.getByRole('button', { name: /吊\s*销/ }).click();
    await page
      .locator('.ant-popconfirm:visible')
      .getByRole('button', { name: /确\s*定|OK/ })
      .click();
    await row.getByText('已吊销').waitFor();
    expect((await lookup(token)).status).toBe(401);
  });

  it('answers a resident whose pair does not match, the same as an unknown one', async () => {
    const { page, server } = session;
    await page.goto(`${server.url}/public/access-log`);
    await page.getByRole('heading', { name: '谁查看了我的户籍信息' }).waitFor();
    await page.getByLabel('公民身份号码').fill(makeIdNumber('530602', '1980-01-01', 1));
    await page.getByLabel('申请编号或准迁证编号').fill('LH5306022018000099');
    await page.getByRole('button', { name: /查\s*询/ }).click();
    await page.getByText('未找到记录，请核对身份证号码和申请编号。').waitFor();
    await expectPageAccessible(page, 'access log');
  });
});
