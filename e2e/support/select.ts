// Chooses an option of an Ant Design select, carefully, for every browser test that fills a form with one. A plain
// "click the field, click the option" failed now and then in CI: the option list had not loaded yet (the select is
// disabled until it has), another select's or a cascader's dropdown was still on screen closing and its options
// were found instead, or the click on the option did not take and the field stayed empty, so the form stopped at
// its own required-field check.
import type { Locator } from 'playwright-core';

/** An XPath test for a class token, exactly (ant-select, not ant-select-dropdown). */
const hasClass = (name: string) => `contains(concat(' ', normalize-space(@class), ' '), ' ${name} ')`;

/**
 * Chooses the option titled `title` (the option's whole label) in the select whose field is `field`: the element
 * that takes the select's id and label, e.g. `page.locator('#residence-unitCode')` or
 * `dialog.getByLabel('与户主关系')`. Returns once the select shows the title and no dropdown is on screen.
 */
export async function chooseOption(field: Locator, title: string) {
  const page = field.page();
  // The select around the field (its nearest ant-select ancestor), found from the field itself so that a field
  // located inside a dialog or form works as well as one located by id.
  const select = field.locator(`xpath=ancestor::*[${hasClass('ant-select')}][1]`);
  // Options that load from the server keep the select disabled until they have come.
  await field
    .locator(`xpath=ancestor::*[${hasClass('ant-select')}][1][not(${hasClass('ant-select-disabled')})]`)
    .waitFor();
  // Its own dropdown, not whichever is still on screen: the one holding the listbox the field names (rc-select
  // gives it the id `${field id}_list`).
  const id = await field.getAttribute('id');
  if (!id) throw new Error(`chooseOption: the select field has no id (${field})`);
  const dropdown = page.locator('.ant-select-dropdown:visible', { has: page.locator(`[id="${id}_list"]`) });
  const option = dropdown.locator(`.ant-select-item-option[title=${JSON.stringify(title)}]`);
  const shown = select.getByTitle(title, { exact: true });
  for (let attempt = 1; ; attempt++) {
    // Open it only if it is not open already: a click on an open select closes it again.
    if ((await field.getAttribute('aria-expanded')) !== 'true') await field.click();
    try {
      await option.click({ timeout: 10_000 });
      await shown.waitFor({ timeout: 5_000 });
      break;
    } catch (error) {
      // A click that did not take is made again, up to three times in all.
      if (attempt === 3) throw error;
    }
  }
  // The closing dropdown stays in the page for its animation: the next select must not find its options, and an
  // accessibility check must not judge it half faded.
  await page.locator('.ant-select-dropdown:visible').first().waitFor({ state: 'detached' });
}
