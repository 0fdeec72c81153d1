// Signs a demo user in through the sign-in page, as a person would: types the name and password and presses the
// button. Cookies are cleared first: a session left from an earlier sign-in would make /login send the page straight
// on to the app (LoginPage redirects a signed-in user), and the next user would never be typed in.
import type { Page } from 'playwright-core';

export interface LoginOptions {
  /** The demo users' password unless given (a user the test created has its own). */
  password?: string;
  /**
   * Wait until the page has left /login for the app (true unless given). False for a sign-in that is expected to
   * be refused: the page stays on /login and the caller looks for the error itself.
   */
  waitForApp?: boolean;
}

export async function login(
  session: { page: Page; server: { url: string } },
  user: string,
  { password = 'hukou-demo', waitForApp = true }: LoginOptions = {},
) {
  const { page, server } = session;
  await page.context().clearCookies();
  await page.goto(`${server.url}/login`);
  await page.getByLabel('用户名', { exact: true }).fill(user);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  if (waitForApp) await page.waitForURL((u) => !u.pathname.endsWith('/login'));
}
