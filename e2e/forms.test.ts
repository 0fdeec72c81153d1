// Forms that check as the clerk types (issue 17): in the settlement wizard and in the intake of a person without
// hukou, a wrong check character, a birth date after today and a sex the ID number contradicts are each refused on
// their own field, in Chinese, by the server's own rules (src/domain/identity/fields.ts) — and nothing is sent.
// A registered person's ID number fills the wizard's identity and hukou place from the register.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { makeIdNumber } from '../src/domain/identity/id-number.ts';
import { apiAs } from './support/api.ts';
import { expectPageAccessible } from './support/axe.ts';
import { browserMissing } from './support/browser.ts';
import { useBrowserSession } from './support/session.ts';
import { login } from './support/login.ts';

/** The same number with another check character: a typo in the last place. */
function wrongCheck(idNumber: string): string {
  return idNumber.slice(0, 17) + (idNumber[17] === '0' ? '1' : '0');
}

describe.skipIf(browserMissing())('forms check identity facts field by field before sending', () => {
  const session = useBrowserSession();
  const call = apiAs(() => session.server.url);
  let page: Page;
  /** Every request that would change something (anything but GET), from the moment the page is watched. */
  const writes: string[] = [];

  beforeAll(async () => {
    page = session.page;
    page.on('request', (r) => {
      if (r.method() !== 'GET') writes.push(`${r.method()} ${new URL(r.url()).pathname}`);
    });
    await login(session, 'clerk');
  });

  /** The error antd shows under the form item that holds the element with this id. */
  const errorOf = (id: string) =>
    page.locator('.ant-form-item', { has: page.locator(`#${id}`) }).locator('.ant-form-item-explain-error');
  const sexErrorOf = (scope = page.locator('body')) =>
    scope
      .locator('.ant-form-item', { has: page.getByRole('radiogroup', { name: '性别' }) })
      .locator('.ant-form-item-explain-error');

  async function enterBadIdentity(prefix: string) {
    // A woman's number (even sequence) that is nobody's in the register.
    const good = makeIdNumber('530627', '1992-04-05', 224);
    await page.locator(`#${prefix}idNumber`).fill(wrongCheck(good));
    await expect
      .poll(() => errorOf(`${prefix}idNumber`).textContent())
      .toBe('公民身份号码校验码错误，请逐位核对');

    await page.locator(`#${prefix}idNumber`).fill(good);
    await expect.poll(() => errorOf(`${prefix}idNumber`).count()).toBe(0);
    await page.getByRole('radio', { name: '男' }).check();
    await expect.poll(() => sexErrorOf().textContent()).toBe('性别与公民身份号码第17位不一致');

    await page.locator(`#${prefix}birthDate`).fill('2999-01-01');
    await expect.poll(() => errorOf(`${prefix}birthDate`).textContent()).toBe('出生日期不能晚于今天');
  }

  it('the settlement wizard refuses each mistake on its field and stays on the step', async () => {
    writes.length = 0;
    await page.goto(`${session.server.url}/applications/new`);
    await page.getByRole('radio', { name: '在城镇租房住' }).check();
    await page.getByRole('button', { name: '下一步' }).click();
    await page.locator('#applicant-name').fill('表单测试');
    await enterBadIdentity('applicant-');
    await page.getByRole('button', { name: '下一步' }).click();
    // Still the applicant step: the errors stay on their fields.
    await expect.poll(() => page.locator('#applicant-idNumber').isVisible()).toBe(true);
    expect(await errorOf('applicant-birthDate').textContent()).toBe('出生日期不能晚于今天');
    await page.screenshot({ path: '/tmp/hukou-e2e-forms-wizard.png', fullPage: true });
    expect(writes).toEqual([]);
  });

  it('the wizard fills the identity and the hukou place of a registered person from the register', async () => {
    const found = await call('clerk', 'GET', '/api/v1/registry/persons?q=zs');
    const person = found.body.persons.find((p: { name: string }) => p.name === '张三');
    expect(person, JSON.stringify(found.body)).toBeDefined();
    await page.goto(`${session.server.url}/applications/new`);
    await page.getByRole('button', { name: '下一步' }).click();
    await page.locator('#applicant-idNumber').fill(person.idNumber);
    await page.getByTestId('identity-found').waitFor();
    expect(await page.locator('#applicant-name').inputValue()).toBe('张三');
    expect(await page.locator('#applicant-birthDate').inputValue()).toBe(person.birthDate);
    // The hukou place is picked in the tree, down to the household's village or community.
    const origin = page.locator('.ant-form-item', { has: page.locator('#origin-divisionCode') });
    await expect.poll(() => origin.textContent()).toContain('昭阳区');
    await expectPageAccessible(page, 'settlement wizard, applicant step');
  });

  it('the intake of a person without hukou refuses each mistake on its field before sending', async () => {
    writes.length = 0;
    await page.goto(`${session.server.url}/quality/unregistered`);
    await page
      .getByRole('heading', { name: '无户口人员登记（应落未落，T12 ·「四、(三) 12 户口遗留问题」）' })
      .waitFor();
    await page.locator('#name').fill('表单测试');
    await enterBadIdentity('');
    await page.getByRole('button', { name: /登\s*记/ }).click();
    expect(await errorOf('birthDate').textContent()).toBe('出生日期不能晚于今天');
    expect(await sexErrorOf().textContent()).toBe('性别与公民身份号码第17位不一致');
    await expectPageAccessible(page, 'unregistered intake with errors');
    await page.screenshot({ path: '/tmp/hukou-e2e-forms-unregistered.png', fullPage: true });
    expect(writes).toEqual([]);
  });
});
