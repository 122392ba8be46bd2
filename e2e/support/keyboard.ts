import type { Page } from 'playwright-core';

/**
 * Presses Tab (Shift+Tab when `back`) until the focused element matches `selector`, as a
 * person using a keyboard alone moves through a form; fails if it is not reached within
 * `limit` presses. Resolves with how many presses it took.
 */
export async function tabTo(
  page: Page,
  selector: string,
  { limit = 15, back = false }: { limit?: number; back?: boolean } = {},
): Promise<number> {
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const reached = await page.evaluate(
      (wanted) => document.activeElement?.matches(wanted) ?? false,
      selector,
    );
    if (reached) return presses;
  }
  const at = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120) ?? '');
  throw new Error(`${selector} not reached by keyboard in ${limit} presses (focus on ${at})`);
}

/** The focused element's id, or '' when it has none. */
export function focusedId(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.id ?? '');
}
