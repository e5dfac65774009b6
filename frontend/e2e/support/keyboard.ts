import { expect, type Locator, type Page } from '@playwright/test';

/** Presses Tab until `target` has the focus; fails after `max` presses. */
export async function tabTo(page: Page, target: Locator, max = 40): Promise<void> {
  for (let presses = 0; presses < max; presses += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
  }
  const focused = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200));
  throw new Error(`${String(target)} not reached with ${max} Tab presses; focus is on ${focused}`);
}

/** The focused element shows where the focus is: an outline (or a box shadow) that is drawn. */
export async function expectVisibleFocus(element: Locator): Promise<void> {
  await expect(element).toBeFocused();
  const style = await element.evaluate((el) => {
    const s = getComputedStyle(el);
    return { outlineStyle: s.outlineStyle, outlineWidth: s.outlineWidth, outlineColor: s.outlineColor, boxShadow: s.boxShadow };
  });
  const outline =
    style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 && !/rgba\(.*,\s*0\)$/.test(style.outlineColor);
  const shadow = style.boxShadow !== 'none';
  expect(outline || shadow, `no visible focus indicator: ${JSON.stringify(style)}`).toBe(true);
}
