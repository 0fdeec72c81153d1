// Browser test of the public pages (T20, W3) on a phone-sized viewport: the 我能落户吗? self-check (a renter in
// 昭阳区 learns that T4 blocks settlement and what to do, then registers the lease and becomes eligible), the
// explainer in three languages, tracking (a real application, applied for online and taken up by the clerk, is
// found with its state; an unknown one is "not found", never "not open"), keyboard use and an axe-core check of
// every page (no serious or critical violations). Screenshots go to /tmp/hukou-e2e-public-*.png. The catalog checks
// run without a browser.
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { MESSAGES } from '../src/domain/policy/messages.ts';
import { MATERIAL_NAMES } from '../src/domain/policy/materials.ts';
import { applicationNumber } from '../src/domain/applications/numbers.ts';
import { zhCN } from '../web/src/i18n/zh-CN.ts';
import { en } from '../web/src/i18n/en.ts';
import { browserMissing, launchBrowser } from './support/browser.ts';
import type { TestBrowser } from './support/browser.ts';
import { startTestServer } from './support/server.ts';
import { expectPageAccessible } from './support/axe.ts';
import { apiAs } from './support/api.ts';
import { rentalApplication } from '../test/medium/applications/support.ts';
import type { TestServer } from './support/server.ts';

const catalog = zhCN as Record<string, string>;
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('public catalogs follow the policy engine', () => {
  it('words every reason as the engine does, and has advice for every check that can fail', () => {
    for (const [code, [met, unmet]] of Object.entries(MESSAGES)) {
      if (met) expect(catalog[`public.reason.${code}.met`], code).toBe(met);
      if (unmet) expect(catalog[`public.reason.${code}.unmet`], code).toBe(unmet);
      if (unmet && code !== 'conditions.rejected')
        expect(catalog[`public.advice.${code}`], `advice for ${code}`).toBeTruthy();
    }
    for (const [code, name] of Object.entries(MATERIAL_NAMES))
      expect(catalog[`public.material.${code}`], code).toBe(name);
  });

  it('keeps the placeholders of every public text in English', () => {
    for (const [key, text] of Object.entries(catalog)) {
      if (key.startsWith('public.'))
        expect(placeholders(en[key as keyof typeof en]), key).toEqual(placeholders(text));
    }
  });
});

describe.skipIf(browserMissing())('public self-service pages on a phone', () => {
  let server: TestServer;
  let browser: TestBrowser;
  let page: Page;

  beforeAll(async () => {
    if (!existsSync('web/dist/index.html'))
      throw new Error('web/dist is not built: run npm run build:web first');
    server = await startTestServer();
    browser = await launchBrowser();
    page = await browser.context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    page.setDefaultTimeout(20_000);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const expectAccessible = (name: string) => expectPageAccessible(page, name);
  const api = apiAs(() => server.url);

  const group = (name: string) => page.getByRole('radiogroup', { name });
  // Yes/no answers are button-style radios whose input is hidden behind its label: press the label.
  const answer = (question: string, option: string) =>
    group(question)
      .locator('label')
      .filter({ hasText: new RegExp(`^${option}$`) })
      .click();
  const result = () => page.getByTestId('self-check-result');

  it('tells a renter in 昭阳区 without a registered lease that T4 blocks settlement, and what to do', async () => {
    await page.goto(server.url + '/public');
    await page.getByRole('heading', { name: '我能落户吗？', level: 1 }).waitFor();
    await expectAccessible('situation step');
    await page.getByRole('radio', { name: /在城镇租房住/ }).check();
    await page.getByRole('button', { name: '下一步' }).click();

    await page.getByRole('combobox', { name: '想在哪个县（市、区）落户？' }).click();
    await page.locator('.ant-select-item-option[title="昭阳区"]').click();
    await answer('想落户的地方在哪里？', '昭阳中心城区');
    await page.getByLabel('您的出生日期').fill('1990-05-01');
    await answer('签了租赁合同、依法办理了租赁手续吗？', '是');
    await answer('您本人实际住在这套房子里吗？', '是');
    await answer('租赁合同在当地房管部门办理了租赁登记备案吗？', '否');
    await answer('房东（房屋产权人）同意您把户口落在这里吗？', '是');
    await answer('这个地址已经登记了别人的户口吗？', '否');
    await answer('这套房子是分租或合租给几家人或几个人的吗？', '否');
    await page.getByRole('checkbox', { name: '土地承包经营权' }).check();
    await page.screenshot({ path: '/tmp/hukou-e2e-public-questions.png', fullPage: true });
    await expectAccessible('question step');
    await page.getByRole('button', { name: '查看结果' }).click();

    await result().waitFor();
    expect(await result().getAttribute('data-outcome')).toBe('ineligible');
    expect(await page.getByTestId('result-clauses').getAttribute('data-clauses')).toBe('T4');
    await page.getByText('暂时不能落户').waitFor();
    await page.getByText('卡在：T4 ·「四、(二) 4 租赁性质合法稳定住所」').waitFor();
    const advice = page.getByTestId('result-advice');
    expect(await advice.locator('li').count()).toBe(1);
    expect(await advice.textContent()).toContain('到当地房管部门（住建局）办理租赁登记备案');
    // The reasons in plain Chinese, the rural rights kept (T14.5), the materials and the clause's own text.
    await page.getByText('租赁的房屋要先在当地房管部门办理租赁登记备案').waitFor();
    await page.getByText('您在农村的土地承包经营权不因落户而收回').waitFor();
    await page.getByText('房屋租赁登记备案证明').waitFor();
    await page.getByRole('button', { name: /T4 ·「四、\(二\) 4/ }).click();
    await page.getByText('租赁性质的合法稳定住所是指在当地房管部门办理租赁登记备案的房屋').waitFor();
    await page.screenshot({ path: '/tmp/hukou-e2e-public-ineligible.png', fullPage: true });
    await expectAccessible('result (ineligible)');
  });

  it('answers eligible once the lease is registered', async () => {
    await page.getByRole('button', { name: '修改回答' }).click();
    await answer('租赁合同在当地房管部门办理了租赁登记备案吗？', '是');
    await page.getByRole('button', { name: '查看结果' }).click();
    await page.locator('[data-testid="self-check-result"][data-outcome="eligible"]').waitFor();
    await page.getByText('可以落户', { exact: true }).waitFor();
    expect(await page.getByTestId('result-advice').count()).toBe(0);
    expect(await page.getByTestId('result-clauses').getAttribute('data-clauses')).toContain('T4');
    await page.screenshot({ path: '/tmp/hukou-e2e-public-eligible.png', fullPage: true });
    await expectAccessible('result (eligible)');
  });

  it('names an unanswered question instead of sending an incomplete case', async () => {
    await page.getByRole('button', { name: '重新开始' }).click();
    await page.getByRole('radio', { name: /投靠亲属/ }).check();
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByRole('button', { name: '查看结果' }).click();
    // The form's own check runs asynchronously: wait for the third message before counting.
    await page.getByText('请回答这个问题').nth(2).waitFor();
    expect(await page.getByText('请回答这个问题').count()).toBeGreaterThan(2);
    await expectAccessible('question step with errors');
  });

  it('can be used by keyboard alone', async () => {
    await page.goto(server.url + '/public');
    await page.getByRole('heading', { name: /第 1 步/ }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳到主要内容');
    await page.getByRole('radio', { name: /在城镇有自己的住房/ }).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: /第 2 步/ }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('第 2 步');
  });

  it('explains the policy clause by clause, in traditional Chinese and English too', async () => {
    await page.goto(server.url + '/public/policy');
    await page.getByRole('heading', { name: '落户政策解读' }).waitFor();
    const t4 = page.locator('[data-clause="T4"]');
    await t4.getByText('租房也能落户').waitFor();
    await t4.getByText('举个例子：').waitFor();
    await t4.getByRole('button', { name: /政策原文/ }).click();
    await t4.getByText('应当征得房屋产权人同意').waitFor();
    expect(await page.locator('[data-clause]').count()).toBe(13);
    await page.screenshot({ path: '/tmp/hukou-e2e-public-policy.png', fullPage: false });
    await expectAccessible('policy explainer');

    await page.getByRole('combobox', { name: '界面语言' }).click();
    await page.locator('.ant-select-item-option[title="繁體中文"]').click();
    await t4.getByText('租房也能落戶').waitFor();
    await t4.getByText('應當征得房屋產權人同意').waitFor(); // the plan's original traditional text
    await page.getByRole('combobox', { name: '界面語言' }).click();
    await page.locator('.ant-select-item-option[title="English"]').click();
    await t4.getByText('You can settle in a rented home').waitFor();
    await page.screenshot({ path: '/tmp/hukou-e2e-public-policy-en.png', fullPage: false });
    await expectAccessible('policy explainer (en)');
  });

  it("shows the self-check answer in English with the engine's values", async () => {
    await page.goto(server.url + '/public');
    await page.getByRole('radio', { name: /I rent a home in a town/ }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('combobox', { name: /In which county/ }).click();
    await page.locator('.ant-select-item-option[title="昭阳区"]').click();
    await answer('Where is the place you want to settle?', 'Zhaoyang central city');
    await page.getByLabel('Your date of birth').fill('1990-05-01');
    for (const [q, a] of [
      ['Do you have a lease made with the legal procedures?', 'Yes'],
      ['Do you actually live in this home?', 'Yes'],
      ['Is the lease registered with the local housing authority (租赁登记备案)?', 'No'],
      ['Does the owner agree to your hukou being registered there?', 'Yes'],
      ['Is another household already registered at this address?', 'No'],
      ['Is the home let to several families or persons (sublet or shared)?', 'No'],
    ] as const)
      await answer(q, a);
    await page.getByRole('button', { name: 'See the answer' }).click();
    await page.getByText('Blocked by: T4 ·「四、(二) 4 租赁性质合法稳定住所」').waitFor();
    await page.getByText('The place is a town (Zhaoyang central city)').waitFor();
    await page.screenshot({ path: '/tmp/hukou-e2e-public-result-en.png', fullPage: true });
    await expectAccessible('result (en)');
    await page.getByRole('combobox', { name: 'Language' }).click();
    await page.locator('.ant-select-item-option[title="简体中文"]').click();
  });

  it('tracks an application by number and ID number, saying plainly when there is none', async () => {
    // A real application: applied for online (no login), then taken up by the station's clerk, so its state is
    // one the page can only show if the server answered.
    const application = { ...rentalApplication(417), channel: 'online' };
    const idNumber = application.applicant.idNumber;
    const applied = await fetch(server.url + '/api/v1/public/applications', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(application),
    });
    expect(applied.status, await applied.clone().text()).toBe(201);
    const { id, number } = (await applied.json()) as { id: string; number: string };
    const accepted = await api('clerk', 'POST', `/api/v1/applications/${id}/accept`);
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    const detail = await api('clerk', 'GET', `/api/v1/applications/${id}`);
    expect(detail.body.state).toBe('under-review');

    // The submit button, once the previous query has finished (while busy antd names it "loading 查询").
    const submitTrack = () => page.locator('form button[type="submit"]:not(.ant-btn-loading)').click();
    await page.goto(server.url + '/public/track');
    await page.getByRole('heading', { name: '查询办理进度' }).waitFor();
    await page.getByLabel('申请编号').fill('LH123');
    await page.getByLabel('申请人的公民身份号码').fill(idNumber);
    await submitTrack();
    await page.getByText('申请编号以 LH 开头').waitFor();

    // Found: the card names the number, the state the clerk left it in and the next step.
    await page.getByLabel('申请编号').fill(number.toLowerCase());
    await submitTrack();
    const card = page.getByTestId('tracking');
    await card.waitFor();
    await card.getByText(number).waitFor();
    await card.getByText(catalog['public.state.under-review']!, { exact: true }).waitFor();
    await card.getByText('等待县（区）公安局审批').waitFor();
    await page.screenshot({ path: '/tmp/hukou-e2e-public-track-found.png', fullPage: true });
    await expectAccessible('tracking (found)');

    // None: an unknown number, and the real number with another person's ID number, answer alike.
    const notFound = page.getByText(catalog['public.track.notFound']!, { exact: true });
    await page.getByLabel('申请编号').fill(applicationNumber('530602', 2026, 999_999));
    await submitTrack();
    await notFound.waitFor();
    expect(await card.count()).toBe(0);
    await page.getByLabel('申请编号').fill(number);
    await page.getByLabel('申请人的公民身份号码').fill(rentalApplication(418).applicant.idNumber);
    await submitTrack();
    await card.waitFor({ state: 'detached' });
    await notFound.waitFor();
    expect(await page.getByText(catalog['public.track.unavailable']!).count()).toBe(0);
    await page.screenshot({ path: '/tmp/hukou-e2e-public-track.png', fullPage: true });
    await expectAccessible('tracking');
  });
});
