// One browser session per describe block: the app in process (startTestServer) and a fresh Chromium page,
// started before the block's tests and closed after them. Tests read session.server / session.page.
import { existsSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, type TestBrowser } from './browser.ts';
import { startTestServer, type TestServer } from './server.ts';

export interface BrowserSession {
  server: TestServer;
  browser: TestBrowser;
  page: Page;
}

export function useBrowserSession(): BrowserSession {
  const session = {} as BrowserSession;
  beforeAll(async () => {
    if (!existsSync('web/dist/index.html'))
      throw new Error('web/dist is not built: run npm run build:web first');
    session.server = await startTestServer();
    session.browser = await launchBrowser();
    session.page = await session.browser.context.newPage();
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}
