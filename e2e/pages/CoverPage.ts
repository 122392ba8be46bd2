import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { CalculatorPage } from './CalculatorPage.ts';
import { ShellPage } from './ShellPage.ts';

export type Cover = 'calculator' | 'converter';

const LOOK: Record<Cover, { title: string; root: string; choice: string }> = {
  calculator: { title: 'Calculator', root: 'main.calculator', choice: 'Open as a calculator' },
  converter: { title: 'Converter', root: 'main.converter', choice: 'Open as a unit converter' },
};

/** Either cover, as someone glancing at the phone would use it. */
export class CoverPage {
  constructor(
    readonly page: Page,
    readonly cover: Cover,
  ) {}

  get title(): string {
    return LOOK[this.cover].title;
  }

  /** Chooses this cover and its code in Settings (the vault must be open). */
  async choose(baseUrl: string, code: string): Promise<void> {
    const { page } = this;
    await new ShellPage(page, baseUrl).goTo('Settings');
    await page.getByLabel(LOOK[this.cover].choice).check();
    await page.getByLabel('Your code (4 to 8 digits)').fill(code);
    await page.getByRole('button', { name: 'Save disguise' }).click();
    await page.getByText(`${code}`, { exact: false }).first().waitFor();
  }

  /**
   * The cover is up and is all there is: the cover's title, nothing on the page or
   * reachable by Tab that is not the cover's, and it works (12 + 30 is 42; 10 km in
   * miles is 6.213712).
   */
  async expectCovered(): Promise<void> {
    const { page } = this;
    const root = LOOK[this.cover].root;
    await page.locator(root).waitFor({ timeout: 30_000 });
    expect(await page.title()).toBe(this.title);
    const text = await page.evaluate(() => document.body.innerText);
    for (const word of ['Steady', 'Unlock', 'Quick exit', 'Get help', 'Journal', 'Lock']) {
      expect(text, `"${word}" on the covered page`).not.toContain(word);
    }
    const outside = await page.evaluate((selector) => {
      const cover = document.querySelector(selector);
      const focusable = document.querySelectorAll<HTMLElement>(
        'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])',
      );
      return [...focusable]
        .filter((element) => !cover?.contains(element) && element.getClientRects().length > 0)
        .map((element) => element.outerHTML.slice(0, 80));
    }, root);
    expect(outside).toEqual([]);
    if (this.cover === 'calculator') {
      const calc = new CalculatorPage(page);
      await calc.tap('C12+30=');
      expect(await calc.display().textContent()).toBe('42');
      await calc.tap('C');
    } else {
      await page.getByLabel('Measure').selectOption('length');
      await page.getByLabel('Amount').fill('10');
      await expect(page.locator('output.conv-result').textContent()).resolves.toBe('6.213712');
      await page.getByLabel('Amount').fill('');
    }
  }

  /** Types the code on the cover, which opens the lock screen. */
  async open(code: string): Promise<void> {
    if (this.cover === 'calculator') {
      await new CalculatorPage(this.page).tap(`C${code}=`);
    } else {
      await this.page.getByLabel('Amount').fill(code);
      await this.page.getByLabel('Amount').press('Enter');
    }
  }
}
