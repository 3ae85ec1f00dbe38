import type { Locator, Page } from 'playwright-core';

/**
 * Picks `option` in the antd Select whose input is `box`, and waits until the Select shows it.
 *
 * On a cold platform the dropdown can re-render under the pointer (its options arrive, the page
 * grows as panels are added and scrolls), so a click may land on a detached or moved option. The
 * choice is therefore checked, and made again if it did not take. A long list renders only the
 * options in sight (antd's virtual list), so pass `search` to narrow it where the option may be far down.
 */
export async function selectOption(box: Locator, option: string, search?: string): Promise<void> {
  const page = box.page();
  // The Select's root around its input shows the chosen option's label once the choice took.
  const shown = box
    .locator('xpath=ancestor::*[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]')
    .filter({ hasText: option });
  for (let attempt = 1; ; attempt += 1) {
    await box.click();
    if (search) await box.fill(search);
    const item = page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).first();
    try {
      await item.click({ timeout: 10000 });
      await shown.waitFor({ timeout: 5000 });
      await page.locator('.ant-select-dropdown:visible').waitFor({ state: 'detached', timeout: 5000 });
      return;
    } catch (error) {
      if (attempt === 3) throw new Error(`${String(error)}\nThe open dropdown offered: ${await openOptions(page)}`);
      await page.keyboard.press('Escape');
    }
  }
}

/** The options the visible dropdown renders, for a failure message. */
async function openOptions(page: Page): Promise<string> {
  const labels = await page.locator('.ant-select-dropdown:visible .ant-select-item-option').allTextContents();
  return labels.length > 0 ? labels.join(' | ') : '(nothing)';
}
