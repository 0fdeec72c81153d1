// axe-core in a page (no serious or critical accessibility violations), for every browser test that opens pages
// people work in: the public self-check and the officers' pages alike.
import { createRequire } from 'node:module';
import { expect } from 'vitest';
import type { Page } from 'playwright-core';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** The serious and critical violations axe-core finds in the page as it stands. */
async function axeViolations(page: Page): Promise<{ id: string; impact: string; targets: string[] }[]> {
  // Judge the settled page: text fading in (form errors) or a dropdown closing has no final colours yet.
  // (Only these: a button's loading icon can stay in its leave state for good in headless Chromium.)
  await page.waitForFunction(
    () => !document.querySelector('[class*="ant-form-show-help-item-"][class*="-active"]'),
  );
  await page.waitForFunction(() =>
    [...document.querySelectorAll('.ant-select-dropdown')].every((e) =>
      e.classList.contains('ant-select-dropdown-hidden'),
    ),
  );
  await page.addScriptTag({ path: AXE_PATH });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: unknown,
          ): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    // A form message on its way out (antd's leave state, which headless Chromium can leave standing at partial
    // opacity after the message is gone) is no longer content: judged without it.
    const leaving = document.querySelectorAll('.ant-form-show-help-item-leave').length > 0;
    const result = await axe.run(leaving ? { exclude: [['.ant-form-show-help-item-leave']] } : document);
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/**
 * axe-core in the page; fails on serious or critical violations, naming the rule and the elements. A colour in
 * the middle of a transition (a button turning enabled, a panel fading in) is not the page's colour: a page with
 * violations is judged again a few times, 300 ms apart, and only what stays is reported — a real violation stays.
 */
export async function expectPageAccessible(page: Page, name: string) {
  let bad = await axeViolations(page);
  for (let i = 0; i < 5 && bad.length > 0; i++) {
    await page.waitForTimeout(300);
    bad = await axeViolations(page);
  }
  expect(bad, `${name}: ${JSON.stringify(bad, null, 1)}`).toEqual([]);
}
