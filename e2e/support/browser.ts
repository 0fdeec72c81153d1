// The browser for e2e tests: Debian's Chromium driven by playwright-core (never a downloaded browser).
// Where Chromium is not installed the browser suites skip with a printed reason, so `npm test` still runs on a
// bare machine; CI sets REQUIRE_BROWSER=1 so a missing browser fails instead of passing silently.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * True when the browser suites must skip. Prints why; throws when REQUIRE_BROWSER=1 demands a browser.
 * Call it once at the top of a test file: `describe.skipIf(browserMissing())(…)`.
 */
export function browserMissing(): boolean {
  if (existsSync(CHROMIUM_PATH)) return false;
  const reason = `browser tests skipped: ${CHROMIUM_PATH} not found`;
  if (process.env.REQUIRE_BROWSER === '1') throw new Error(`${reason} (REQUIRE_BROWSER=1 forbids skipping)`);
  console.warn(reason);
  return true;
}

export interface TestBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Launches Chromium with a fresh profile directory, removed again on close. */
export async function launchBrowser(options: { locale?: string } = {}): Promise<TestBrowser> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'hukou-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    locale: options.locale ?? 'zh-CN',
    viewport: { width: 1280, height: 800 },
  });
  return {
    context,
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
