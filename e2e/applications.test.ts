// Browser test of settlement applications: a rental application from intake through approval, the permit PDF
// and registration, the new member in the destination household's history; a lease not registered with the
// housing authority is rejected citing T4; /verify answers an unknown number as not found.
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { makeIdNumber } from '../src/domain/identity/id-number.ts';
import { browserMissing, launchBrowser, type TestBrowser } from './support/browser.ts';
import { startTestServer, type TestServer } from './support/server.ts';

describe.skipIf(browserMissing())('settlement applications in the browser', () => {
  let server: TestServer;
  let browser: TestBrowser;
  let page: Page;

  beforeAll(async () => {
    if (!existsSync('web/dist/index.html')) throw new Error('web/dist is not built: run npm run build:web first');
    server = await startTestServer();
    browser = await launchBrowser();
    page = await browser.context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function signIn(username: string) {
    await page.context().clearCookies();
    await page.goto(server.url + '/login');
    await page.getByLabel('用户名').fill(username);
    await page.getByLabel('密码').fill('hukou-demo');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.waitForURL((u) => u.pathname === '/');
  }

  async function intake(idNumber: string, name: string, address: string, rentalRegistered: boolean): Promise<string> {
    await page.goto(server.url + '/applications/new');
    await page.getByLabel('姓名').fill(name);
    await page.getByLabel('公民身份号码').fill(idNumber);
    await page.getByLabel('出生日期').fill('1990-01-01');
    await page.getByLabel('现户籍地区划代码').fill('530627');
    await page.getByRole('button', { name: '→' }).click();
    await page.getByLabel('迁入地址').fill(address);
    if (!rentalRegistered) await page.getByLabel('租赁合同已在住建部门登记备案').uncheck();
    await page.getByRole('button', { name: '→' }).click();
    await page.getByLabel('申请人本人自愿落户（P2）').check();
    await page.getByRole('button', { name: '保存并提交' }).click();
    await page.waitForURL(/\/applications\/[0-9a-f-]{36}$/);
    await page.getByTestId('application-state').filter({ hasText: '已提交' }).waitFor();
    return page.url();
  }

  async function act(label: string, reason?: string) {
    if (reason) await page.getByLabel('理由').fill(reason);
    await page.getByRole('button', { name: label }).click();
  }

  it('takes a rental application from intake to registration, with a printable permit that verifies', async () => {
    const idNumber = makeIdNumber('530627', '1990-01-01', 111);
    await signIn('clerk');
    const url = await intake(idNumber, '毖谰耪锨', '龙泉路101号', true);
    await act('受理审核');
    await page.getByTestId('application-state').filter({ hasText: '审核中' }).waitFor();
    await page.screenshot({ path: '/tmp/hukou-e2e-application-review.png', fullPage: true });

    await signIn('county');
    await page.goto(url);
    expect(await page.getByTestId('outcome').textContent()).toBe('符合条件');
    await page.getByText('T4', { exact: true }).first().waitFor();
    await act('批准并签发准迁证');
    const permitNumber = (await page.getByTestId('permit-number').textContent())!;
    expect(permitNumber).toMatch(/^ZQ530602/);

    const pdf = await page.evaluate(async (u) => {
      const r = await fetch(u);
      return { status: r.status, type: r.headers.get('content-type'), head: new TextDecoder().decode((await r.arrayBuffer()).slice(0, 4)) };
    }, url.replace(/\/applications\//, '/api/v1/applications/') + '/permit.pdf');
    expect(pdf).toEqual({ status: 200, type: 'application/pdf', head: '%PDF' });

    await page.goto(server.url + '/verify/' + permitNumber);
    await page.getByTestId('permit-status').filter({ hasText: '有效' }).waitFor();
    expect(await page.getByTestId('masked-name').textContent()).toBe('毖***');

    await signIn('clerk');
    await page.goto(url);
    await act('办理落户登记');
    await page.getByTestId('application-state').filter({ hasText: '已办结落户' }).waitFor();
    const household = await page.evaluate(async (id) => {
      const p = await (await fetch(`/api/v1/registry/persons/by-id-number/${id}`)).json();
      const h = await (await fetch(`/api/v1/registry/households/${p.persons[0].householdId}`)).json();
      return { members: h.members.map((m: { name: string }) => m.name), events: h.events.map((e: { kind: string }) => e.kind) };
    }, idNumber);
    expect(household.members).toContain('毖谰耪锨');
    expect(household.events).toContain('household-created');
  });

  it('rejects a lease not registered with the housing authority, citing T4', async () => {
    await signIn('clerk');
    const url = await intake(makeIdNumber('530627', '1990-01-01', 113), '张四', '龙泉路102号', false);
    await act('受理审核');
    await signIn('county');
    await page.goto(url);
    expect(await page.getByTestId('outcome').textContent()).toBe('不符合条件');
    await act('不予批准', '租赁住所未办理租赁登记备案，不符合T4');
    await page.getByTestId('application-state').filter({ hasText: '不予批准' }).waitFor();
    await page.getByText('T4', { exact: true }).first().waitFor();
    await page.screenshot({ path: '/tmp/hukou-e2e-application-rejected.png', fullPage: true });
  });

  it('answers an unknown permit number as not found', async () => {
    await page.goto(server.url + '/verify/ZQ12345');
    await page.getByTestId('permit-status').filter({ hasText: '未找到该证明' }).waitFor();
  });
});
