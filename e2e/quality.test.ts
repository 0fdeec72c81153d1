// End to end through the real server and Chromium: a person registered twice under two numbers is found by the
// city-wide scan; a clerk opens the work queue, compares the two side by side and merges them in the browser; the
// merged person's history shows the cancellation as a duplicate (T12), and a rescan finds nothing more.
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { makeIdNumber } from '../src/domain/identity/id-number.ts';
import { scanToTheEnd } from '../test/support/scan.ts';
import { expectPageAccessible } from './support/axe.ts';
import { browserMissing, launchBrowser, type TestBrowser } from './support/browser.ts';
import { startTestServer, type TestServer } from './support/server.ts';
import { apiAs } from './support/api.ts';
import { login } from './support/login.ts';

describe.skipIf(browserMissing())('registry quality: merge a probable duplicate in the browser', () => {
  let server: TestServer;
  let browser: TestBrowser;
  let page: Page;
  const call = apiAs(() => server.url);
  const original = makeIdNumber('530602', '1968-07-15', 211);
  const copy = makeIdNumber('530602', '1968-07-15', 213);

  beforeAll(async () => {
    if (!existsSync('web/dist/index.html'))
      throw new Error('web/dist is not built: run npm run build:web first');
    server = await startTestServer();
    const person = (idNumber: string, name: string) => ({
      type: 'newcomer',
      person: { idNumber, name, sex: '1', birthDate: '1968-07-15', ethnicity: '01' },
    });
    const a = await call('clerk', 'POST', '/api/v1/registry/households', {
      kind: 'family',
      address: { divisionCode: '530602001001', detail: 'e2e路8号' },
      from: '本市',
      reason: 'e2e',
      head: person(original, '王建国'),
    });
    expect(a.status, JSON.stringify(a.body)).toBe(201);
    const b = await call('clerk', 'POST', '/api/v1/registry/households', {
      kind: 'family',
      address: { divisionCode: '530602001002', detail: 'e2e路9号' },
      from: '本市',
      reason: 'e2e',
      head: {
        type: 'newcomer',
        person: {
          idNumber: makeIdNumber('530602', '1940-01-01', 31),
          name: '赵老四',
          sex: '1',
          birthDate: '1940-01-01',
          ethnicity: '01',
        },
      },
    });
    expect(b.status, JSON.stringify(b.body)).toBe(201);
    const hh = b.body.households[0];
    const m = await call('clerk', 'POST', '/api/v1/registry/move-ins', {
      householdId: hh.householdId,
      version: hh.version,
      relation: '97',
      from: '本市',
      reason: 'e2e',
      arrival: person(copy, '王建囯'),
    });
    expect(m.status, JSON.stringify(m.body)).toBe(201);
    await scanToTheEnd((method, path) => call('city', method, path));
    browser = await launchBrowser();
    page = await browser.context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('finds, compares side by side and merges; the history keeps both registrations', async () => {
    await login({ page, server }, 'clerk');
    await page.goto(`${server.url}/quality?code=probable-duplicate`);
    await page
      .getByRole('heading', { name: '户口遗留问题清单（T12 ·「四、(三) 12 户口遗留问题」）' })
      .waitFor();
    const row = page.locator('tr', { hasText: copy });
    // The queue says in words which kind of evidence carried the pair (issue 18), not a JSON object.
    await row.getByText('姓名写法不同（繁体、同音字或少写一字），出生日期和性别相同').waitFor();
    await row.getByRole('link', { name: '处理' }).click();
    await page.getByText('疑似重复人员对照').waitFor();
    await page.getByTestId('evidence-kind').getByText('姓名写法不同', { exact: false }).waitFor();
    expect(await page.getByText('{"name"', { exact: false }).count()).toBe(0);
    await page.getByRole('link', { name: '王建囯' }).waitFor();
    await page.screenshot({ path: '/tmp/hukou-e2e-quality-compare.png', fullPage: true });
    await expectPageAccessible(page, 'probable-duplicate comparison');
    await page.getByLabel('注销哪一人').click();
    await page.locator(`.ant-select-item-option[title*="${copy}"]`).click();
    await page.getByLabel('理由').fill('同一人两个号码');
    await page.getByRole('button', { name: /提\s*交/ }).click();
    await page.waitForURL((u) => u.pathname === '/quality');

    const dup = (await call('clerk', 'GET', `/api/v1/registry/persons/by-id-number/${copy}`)).body.persons[0];
    const history = await call('clerk', 'GET', `/api/v1/registry/persons/${dup.personId}`);
    expect(history.body.person.cancelledReason).toBe('duplicate');
    expect(history.body.events.map((e: { kind: string }) => e.kind)).toEqual(['moved-in', 'hukou-cancelled']);
    await page.goto(`${server.url}/registry/persons/${dup.personId}`);
    await page.getByText('注销户口').first().waitFor();
    await page.screenshot({ path: '/tmp/hukou-e2e-quality-history.png', fullPage: true });
    const rescan = await scanToTheEnd((method, path) => call('city', method, path));
    expect(rescan.findings.filter((f) => f.idNumbers.includes(copy))).toEqual([]);
  });
});
