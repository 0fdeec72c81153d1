// Browser test of residence permits (issue 15, T11): the demo clerk of 凤凰街道 registers the residence of a person
// from 镇雄县 who is not in the register (living in a community of 凤凰街道 for eight months), sees a start date
// after today refused on its field first, applies for the permit, issues it, and finds on the holder's page the
// status 有效, the card PDF and the six immediate rights granted — the others saying in words what they still need.
// A person living here for one month only is refused with the failed reasons and their clause; the registration
// is then ended.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_HEAD_ID_NUMBER } from '../src/app/registry/demo-registry.ts';
import { IMMEDIATE, PROGRESSIVE } from '../src/domain/permits/entitlements.ts';
import { makeIdNumber } from '../src/domain/identity/id-number.ts';
import { apiAs } from './support/api.ts';
import { expectPageAccessible } from './support/axe.ts';
import { browserMissing } from './support/browser.ts';
import type { TestServer } from './support/server.ts';
import { useBrowserSession } from './support/session.ts';
import { pickDivision } from './support/division.ts';
import { login } from './support/login.ts';
import { chooseOption } from './support/select.ts';

/** A day relative to today, YYYY-MM-DD (the e2e server runs on the real clock). */
function monthsAgo(months: number): string {
  const d = new Date();
  d.setMonth(d.getMonth() - months);
  return d.toISOString().slice(0, 10);
}
function daysFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

describe.skipIf(browserMissing())('residence permits in the browser', () => {
  const session = useBrowserSession();
  const call = apiAs(() => session.server.url);
  let server: TestServer;
  let page: Page;
  beforeAll(() => {
    ({ server, page } = session);
  });

  /** Presses a permit action once its button is no longer busy (antd ignores a click on a loading button). */
  async function press(action: string) {
    const button = page.getByTestId(`permit-action-${action}`);
    await button.waitFor();
    await expect
      .poll(async () => (await button.getAttribute('class')) ?? '')
      .not.toContain('ant-btn-loading');
    await button.click();
  }

  /** The field's own error message under it. */
  const fieldError = (id: string) =>
    page.locator('.ant-form-item', { has: page.locator(`#${id}`) }).locator('.ant-form-item-explain-error');

  it('registers the residence of a person from 镇雄县, issues the permit and shows the six immediate rights', async () => {
    const idNumber = makeIdNumber('530627', '1992-07-08', 135); // odd: male
    await login(session, 'clerk');
    await page.getByRole('menuitem', { name: '居住证' }).click();
    await page.waitForURL((u) => u.pathname === '/residence-permits');
    await page
      .getByTestId('due-list')
      .getByText(/即将到期（30 天内）（\d+）/)
      .waitFor();
    await page.getByRole('button', { name: '办理居住登记' }).click();
    await page.waitForURL((u) => u.pathname === '/residence-permits/register');

    await page.locator('#person-idNumber').fill(idNumber);
    await page.getByTestId('not-in-register').waitFor();
    // Sex and birth date start from the number itself.
    await expect.poll(() => page.locator('#person-birthDate').inputValue()).toBe('1992-07-08');
    expect(await page.getByRole('radio', { name: '男' }).isChecked()).toBe(true);
    await page.locator('#person-name').fill('毖居住');
    await pickDivision(page, 'person-hukou-divisionCode', ['镇雄县']);
    await page.getByLabel('农业户籍（原农村户口）').check();
    // The clerk's town's communities load from the server; the select is disabled until they have come.
    await chooseOption(page.locator('#residence-unitCode'), '凤凰第1社区居委会（530602001001）');
    await page.locator('#residence-address').fill('凤凰路88号2单元301室');
    await page.locator('#residence-since').fill(daysFromNow(3));
    await page.getByRole('checkbox', { name: '合法稳定住所' }).check();
    await page.getByRole('checkbox', { name: '合法稳定就业' }).check();
    await page.locator('#evidence-0-reference').fill('身份证原件已核');
    await expectPageAccessible(page, 'residence registration form');

    // A start date after today: refused on its own field, nothing sent.
    await page.getByRole('button', { name: /^登\s*记$/ }).click();
    await fieldError('residence-since').filter({ hasText: '不能晚于今天' }).waitFor();
    expect(page.url()).toMatch(/\/register$/);

    await page.locator('#residence-since').fill(monthsAgo(8));
    await page.getByRole('button', { name: /^登\s*记$/ }).click();
    await page.waitForURL(/\/residence-permits\/registrations\/[0-9a-f-]{36}$/);
    await page.getByTestId('registration-status').filter({ hasText: '有效' }).waitFor();
    await page.getByText('凤凰路88号2单元301室').waitFor();

    await page.getByRole('button', { name: '申领居住证' }).click();
    await page.waitForURL(/\/residence-permits\/[0-9a-f-]{36}$/);
    await page.getByTestId('permit-status').filter({ hasText: '已受理，待制证' }).waitFor();
    const number = (await page.getByTestId('permit-number').textContent())!;
    expect(number.length).toBeGreaterThan(0);

    await press('issue');
    await page
      .getByTestId('permit-status')
      .filter({ hasText: /^有效$/ })
      .waitFor();
    await page.getByTestId('permit-notice').filter({ hasText: '已办理：制发' }).waitFor();

    for (const code of IMMEDIATE)
      await page.getByTestId(`entitlement-${code}`).filter({ hasText: '✓ 已享有' }).waitFor();
    // The rights that grow with years are not granted in the first year, and say what they still need.
    for (const code of PROGRESSIVE) {
      const row = page.getByTestId(`entitlement-${code}`);
      await row.waitFor();
      expect(await row.textContent()).toMatch(/需(连续居住|缴纳社会保险)满\d+年/);
    }
    expect(await page.getByTestId('permit-years').textContent()).toMatch(/^0 年/);
    await page.getByTestId('events').getByText('制发').first().waitFor();
    await expectPageAccessible(page, 'residence permit page');
    await page.screenshot({ path: '/tmp/hukou-e2e-permit.png', fullPage: true });

    // Endorsing before the window opens is refused, saying when it opens; a lost card needs a reason, on its field.
    await press('endorse');
    await page.getByRole('alert').filter({ hasText: '未办理成功' }).waitFor();
    await press('replace');
    await fieldError('permit-reason').waitFor();
    await page.locator('#permit-reason').fill('居住证遗失');
    await press('replace');
    await page.getByTestId('permit-notice').filter({ hasText: '已办理：补领' }).waitFor();
    await page.getByTestId('permit-edition').filter({ hasText: '2' }).waitFor();

    const href = (await page.getByTestId('card-pdf').getAttribute('href'))!;
    const pdf = await page.evaluate(async (u) => {
      const r = await fetch(u);
      return {
        status: r.status,
        type: r.headers.get('content-type'),
        head: new TextDecoder().decode((await r.arrayBuffer()).slice(0, 4)),
      };
    }, href);
    expect(pdf).toEqual({ status: 200, type: 'application/pdf', head: '%PDF' });

    // The search by ID number finds the registration with its permit.
    await page.goto(server.url + '/residence-permits');
    await page.locator('#search-idNumber').fill(idNumber);
    await page.getByRole('button', { name: /^查\s*找$/ }).click();
    await page
      .getByRole('row', { name: /毖居住/ })
      .getByRole('link', { name: '居住证' })
      .click();
    await page.getByTestId('permit-number').filter({ hasText: number }).waitFor();

    // The road to hukou: with the holder's consent, a settlement application prefilled from the permit.
    await page.getByTestId('settle-from-permit').click();
    await page.getByTestId('settle-consent').check();
    await page.getByRole('button', { name: '生成落户申请' }).click();
    await page.waitForURL(/\/applications\/[0-9a-f-]{36}$/);
    // A draft waiting to be completed and submitted at the counter.
    await page.getByTestId('application-state').filter({ hasText: '草稿' }).waitFor();
  });

  it('shows a refused application with its failed reasons, and ends the registration', async () => {
    // Registered through the API (the form is tested above): living here for one month only.
    const idNumber = makeIdNumber('530627', '1993-02-03', 246); // even: female
    const created = await call('clerk', 'POST', '/api/v1/residence-registrations', {
      person: {
        idNumber,
        name: '毖短住',
        sex: '2',
        birthDate: '1993-02-03',
        hukou: { divisionCode: '530627', rural: false },
      },
      residence: { unitCode: '530602001002', address: '凤凰路9号', since: monthsAgo(1) },
      grounds: ['employment'],
      evidence: [{ code: 'employment-proof', reference: 'HT-9' }],
    });
    expect(created.status).toBe(201);
    await login(session, 'clerk');
    // A number the register knows brings the identity along: the identity fields go away.
    await page.goto(`${server.url}/residence-permits/register`);
    await page.locator('#person-idNumber').fill(DEMO_HEAD_ID_NUMBER);
    await page.getByTestId('in-register').filter({ hasText: '张三' }).waitFor();
    await page.locator('#person-name').waitFor({ state: 'hidden' });

    await page.goto(`${server.url}/residence-permits/registrations/${created.body.id}`);
    await page.getByRole('button', { name: '申领居住证' }).click();
    const refused = page.getByTestId('eligibility-refused');
    await refused.getByText('不符合申领条件').waitFor();
    expect(await refused.textContent()).toContain('T11.1');
    await page.getByTestId('events').getByText('申领居住证：不符合条件').waitFor();
    await expectPageAccessible(page, 'refused application');

    await page.getByRole('radio', { name: '离开昭通' }).check();
    await page.getByRole('button', { name: '结束居住登记' }).click();
    await page.getByTestId('registration-status').filter({ hasText: '已结束' }).waitFor();
    await page.getByRole('button', { name: '申领居住证' }).waitFor({ state: 'detached' });
  });
});
