// End to end through the real server and Chromium, issue 16's "Done when": the city officer opens the statistics
// dashboard, drills from the city into 彝良县 (a tile), and sees the county's net migration and urbanization —
// exactly the numbers the API gives for that scope, written as the page writes them; downloads the numbers behind
// the migration chart as CSV; views the day before (the date picker, held in the URL); goes down to a town and back
// up by the breadcrumb. The register gets real moves into 彝良 first (an urban family, a rural newcomer, one of
// them leaving the city), so the figures are not the empty county's zeros.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { makeIdNumber } from '../src/domain/identity/id-number.ts';
import { formatCount, formatRate, formatSigned } from '../web/src/pages/statistics/format.ts';
import { apiAs } from './support/api.ts';
import { expectPageAccessible } from './support/axe.ts';
import { browserMissing } from './support/browser.ts';
import { login } from './support/login.ts';
import { useBrowserSession } from './support/session.ts';

const YILIANG = '530628';
/** 角奎街道's first community (urban, 111) and 牛街镇's fourth village (rural, 220), demo units. */
const URBAN_UNIT = '530628001001';
const RURAL_UNIT = '530628103203';

const newcomer = (name: string, sex: '1' | '2', birthDate: string, sequence: number) => ({
  type: 'newcomer',
  person: { idNumber: makeIdNumber('510104', birthDate, sequence), name, sex, birthDate, ethnicity: '01' },
});

describe.skipIf(browserMissing())('statistics dashboard in the browser', () => {
  const session = useBrowserSession();
  const call = apiAs(() => session.server.url);

  async function moveIntoYiliang() {
    const reason = '外省迁入（统计测试）';
    const urban = await call('city', 'POST', '/api/v1/registry/households', {
      kind: 'family',
      address: { divisionCode: URBAN_UNIT, detail: '角奎镇新街8号' },
      from: '四川省成都市',
      reason,
      head: newcomer('王建国', '1', '1979-03-04', 11),
    });
    expect(urban.status, JSON.stringify(urban.body)).toBe(201);
    const household = urban.body.households[0];
    const spouse = await call('city', 'POST', '/api/v1/registry/move-ins', {
      householdId: household.householdId,
      version: household.version,
      relation: '12',
      from: '四川省成都市',
      reason,
      arrival: newcomer('刘芳', '2', '1981-07-09', 22),
    });
    expect(spouse.status, JSON.stringify(spouse.body)).toBe(201);
    const rural = await call('city', 'POST', '/api/v1/registry/households', {
      kind: 'family',
      address: { divisionCode: RURAL_UNIT, detail: '牛街镇3组' },
      from: '贵州省毕节市',
      reason,
      head: newcomer('陈小兵', '1', '1990-11-20', 33),
    });
    expect(rural.status, JSON.stringify(rural.body)).toBe(201);
    const leaver = spouse.body.persons.find((p: { name?: string }) => p.name === '刘芳');
    const out = await call('city', 'POST', '/api/v1/registry/move-outs', {
      personId: leaver.personId,
      version: leaver.version,
      to: '四川省成都市',
      reason: '迁往外省（统计测试）',
    });
    expect(out.status, JSON.stringify(out.body)).toBe(201);
  }

  it('drills from the city into 彝良县 and shows its net migration and urbanization as the API counts them', async () => {
    const { page } = session;
    await moveIntoYiliang();
    await login(session, 'city');
    await page.getByRole('menuitem', { name: '统计' }).click();
    await page.getByRole('heading', { level: 2, name: '人口统计：昭通市' }).waitFor();

    await page.getByRole('button', { name: '彝良县', exact: true }).click();
    await page.waitForURL((u) => u.searchParams.get('scope') === YILIANG);
    await page.getByRole('heading', { level: 2, name: '人口统计：彝良县' }).waitFor();

    const summary = await call('city', 'GET', `/api/v1/stats/summary?scope=${YILIANG}`);
    const migration = await call('city', 'GET', `/api/v1/stats/migration?scope=${YILIANG}`);
    expect(summary.status).toBe(200);
    expect(migration.status).toBe(200);
    expect(summary.body.registered.persons).toBeGreaterThanOrEqual(2);
    const net = migration.body.months.reduce((sum: number, m: { net: number }) => sum + m.net, 0);

    const headline = page.locator('.stats-section', { hasText: '主要指标' });
    const measure = (key: string) => headline.locator(`[data-measure="${key}"] .ant-statistic-content`);
    await expect
      .poll(() => measure('urbanization-resident').textContent())
      .toBe(formatRate(summary.body.urbanization.resident));
    expect(await measure('urbanization-registered').textContent()).toBe(
      formatRate(summary.body.urbanization.registered),
    );
    const shownNet = page.locator('[data-measure="net-migration"] .ant-statistic-content');
    await expect.poll(() => shownNet.textContent()).toBe(formatSigned(net, 'zh-CN'));
    await expectPageAccessible(page, 'statistics dashboard, 彝良县');
    await page.screenshot({ path: '/tmp/hukou-e2e-statistics-yiliang.png', fullPage: true });

    // The numbers behind the migration chart, as the spreadsheet will read them.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'CSV：下载「按月迁移（迁入、迁出、净迁入）」的数据' }).click(),
    ]);
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv.startsWith('\uFEFF月份,迁入,迁出,净迁入,县城\r\n')).toBe(true);
    const rows = csv
      .trim()
      .split('\r\n')
      .slice(1)
      .map((r) => r.split(','));
    const countyRows = rows.filter((r) => r[4] === '');
    expect(countyRows.reduce((sum, r) => sum + Number(r[3]), 0)).toBe(net);

    // The day before the moves (a calendar day in 昭通, UTC+8): the URL holds it and the figures are that day's.
    const yesterday = new Date(Date.now() + 8 * 3600_000 - 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel('统计日期').fill(yesterday);
    await page.waitForURL((u) => u.searchParams.get('asOf') === yesterday);
    const before = await call('city', 'GET', `/api/v1/stats/summary?scope=${YILIANG}&asOf=${yesterday}`);
    expect(before.status).toBe(200);
    expect(before.body.registered.persons).toBeLessThan(summary.body.registered.persons);
    await expect
      .poll(() => measure('persons').textContent())
      .toBe(formatCount(before.body.registered.persons, 'zh-CN'));
    await page.getByRole('button', { name: /^今\s*天$/ }).click();
    await page.waitForURL((u) => !u.searchParams.has('asOf'));

    // Down to a town, and back up to the county and the city by the breadcrumb.
    await page.getByRole('button', { name: '角奎街道', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: '人口统计：角奎街道' }).waitFor();
    await page.getByRole('navigation', { name: '统计范围' }).getByRole('link', { name: '彝良县' }).click();
    await page.getByRole('heading', { level: 2, name: '人口统计：彝良县' }).waitFor();
    await page.getByRole('navigation', { name: '统计范围' }).getByRole('link', { name: '昭通市' }).click();
    await page.getByRole('heading', { level: 2, name: '人口统计：昭通市' }).waitFor();
    expect(new URL(page.url()).searchParams.get('scope')).toBe('5306');
  });
});
