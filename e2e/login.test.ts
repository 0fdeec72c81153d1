// Browser test of the app shell: sign-in errors, the signed-in layout, the language switch, sign-out.
// Screenshots go to /tmp/hukou-e2e-*.png for a human look (Chinese fonts, layout).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserMissing } from './support/browser.ts';
import type { TestServer } from './support/server.ts';
import { useBrowserSession } from './support/session.ts';

const DEMO_PASSWORD = 'hukou-demo';

describe.skipIf(browserMissing())('login and app shell', () => {
  const session = useBrowserSession();
  let server: TestServer;
  let page: Page;
  beforeAll(() => {
    ({ server, page } = session);
  });

  async function signIn(username: string, password: string) {
    await page.getByLabel('用户名').fill(username);
    await page.getByLabel('密码').fill(password);
    await page.getByRole('button', { name: /登\s*录/ }).click();
  }

  async function chooseLanguage(currentLabel: string, autonym: string) {
    await page.getByRole('combobox', { name: currentLabel }).click();
    await page.locator(`.ant-select-item-option[title="${autonym}"]`).click();
  }

  const menu = () => page.getByRole('navigation');

  it('sends a visitor to the sign-in page, in Chinese by default', async () => {
    await page.goto(server.url + '/');
    await page.waitForURL('**/login');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await page.getByRole('heading', { name: '工作人员登录' }).waitFor();
    await page.screenshot({ path: '/tmp/hukou-e2e-login.png', fullPage: true });
  });

  it('names a wrong password as such', async () => {
    await signIn('clerk', 'not-the-password');
    const alert = page.getByRole('alert').filter({ hasText: '用户名或密码错误' });
    await alert.waitFor();
    await page.screenshot({ path: '/tmp/hukou-e2e-wrong-password.png', fullPage: true });
  });

  it('says when there were too many attempts (HTTP 429)', async () => {
    // Five free attempts per username, a sixth that earns a wait, then 429; use a name no other test signs in with.
    for (let i = 0; i < 7; i++) await signIn('supervisor', 'wrong-' + i);
    await page.getByRole('alert').filter({ hasText: '密码错误次数过多' }).waitFor();
  });

  it('says when the server cannot be reached', async () => {
    await page.route('**/api/v1/auth/login', (route) => route.abort('connectionrefused'));
    await signIn('clerk', DEMO_PASSWORD);
    await page.getByRole('alert').filter({ hasText: '无法连接服务器' }).waitFor();
    await page.unroute('**/api/v1/auth/login');
  });

  it('signs the clerk in, by keyboard only, to the layout showing name, role and jurisdiction', async () => {
    await page.getByLabel('用户名').fill('');
    await page.getByLabel('用户名').focus();
    await page.keyboard.type('clerk');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/');
    const badge = page.getByTestId('user-badge');
    await badge.getByText('凤凰派出所 李警官').waitFor();
    expect(await badge.textContent()).toContain('派出所户籍民警');
    expect(await badge.textContent()).toContain('昭阳区 凤凰街道（530602001）');
    await menu().getByText('户籍登记').waitFor();
    await page.getByRole('heading', { name: '您好，凤凰派出所 李警官' }).waitFor();
    await page.screenshot({ path: '/tmp/hukou-e2e-home-zh-CN.png', fullPage: true });
    // The first Tab stop of the signed-in frame is the skip link past the menu.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳到主要内容');
  });

  it('opens a module page from the menu', async () => {
    await menu().getByText('居住证').click();
    await page.waitForURL('**/residence-permits');
    await page.getByRole('heading', { name: '居住证' }).waitFor();
  });

  it('switches the language to English and to traditional Chinese, and keeps the choice', async () => {
    await chooseLanguage('界面语言', 'English');
    await menu().getByText('Registry').waitFor();
    await page.locator('.ant-select-dropdown').waitFor({ state: 'hidden' });
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByTestId('user-badge').textContent()).toContain('Police-station clerk');
    await page.screenshot({ path: '/tmp/hukou-e2e-module-en.png', fullPage: true });

    await chooseLanguage('Language', '繁體中文');
    await menu().getByText('戶籍登記').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-TW');

    await page.reload();
    await menu().getByText('戶籍登記').waitFor();
    await page.screenshot({ path: '/tmp/hukou-e2e-module-zh-TW.png', fullPage: true });
  });

  it('signs out, ending the session', async () => {
    await page.getByRole('button', { name: '退出登錄' }).click();
    await page.waitForURL('**/login');
    const me = await page.evaluate(async () => (await fetch('/api/v1/auth/me')).status);
    expect(me).toBe(401);
    await page.goto(server.url + '/registry');
    await page.waitForURL('**/login');
  });

  it('serves the public self-check page without signing in', async () => {
    await page.goto(server.url + '/public');
    await page.getByRole('heading', { name: '我能落戶嗎？' }).waitFor();
    await chooseLanguage('界面語言', '简体中文');
    await page.getByRole('heading', { name: '我能落户吗？' }).waitFor();
  });

  it('fits a phone: the header wraps and the menu opens as a drawer', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('link', { name: '工作人员登录' }).click();
    await signIn('county', DEMO_PASSWORD);
    await page.getByTestId('user-badge').getByText('昭阳分局 王警官').waitFor();
    await page.getByRole('heading', { name: '您好，昭阳分局 王警官' }).waitFor();
    await page.screenshot({ path: '/tmp/hukou-e2e-phone-home.png', fullPage: true });
    await page.getByRole('button', { name: '打开菜单' }).click();
    await menu().getByText('统计').click();
    await page.getByRole('heading', { name: '统计' }).waitFor();
    await page.locator('.ant-drawer-content-wrapper').waitFor({ state: 'hidden' });
    await page.screenshot({ path: '/tmp/hukou-e2e-phone-module.png', fullPage: true });
  });
});
