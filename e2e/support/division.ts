// Picks a division in the shared DivisionPicker (web/src/components/DivisionPicker.tsx): opens the cascader by the
// field's id and clicks each name down the tree (昭通市 first), then closes it. The village level loads from the
// server when its town is opened, so each click waits for its item.
import type { Page } from 'playwright-core';

export async function pickDivision(page: Page, fieldId: string, names: string[]) {
  await page.locator(`#${fieldId}`).click();
  for (const name of ['昭通市', ...names]) {
    const item = page.locator(`.ant-cascader-dropdown:visible li.ant-cascader-menu-item[title="${name}"]`);
    await item.first().click();
  }
  // A leaf closes the dropdown; a choice that stops above the leaves (changeOnSelect) leaves it open.
  if ((await page.locator('.ant-cascader-dropdown:visible').count()) > 0) await page.keyboard.press('Escape');
}
