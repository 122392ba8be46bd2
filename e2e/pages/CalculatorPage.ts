import type { Page } from 'playwright-core';

/** The calculator cover, as someone glancing at the phone would use it. */
export class CalculatorPage {
  constructor(readonly page: Page) {}

  /** Taps keys by their face: digits, ".", and "+", "-", "*", "/", "=", "C". */
  async tap(keys: string): Promise<void> {
    const names: Record<string, string> = {
      '+': 'plus',
      '-': 'minus',
      '*': 'times',
      '/': 'divided by',
      '=': 'equals',
      C: 'clear',
      '.': 'decimal point',
    };
    for (const key of keys) {
      await this.page.getByRole('button', { name: names[key] ?? key, exact: true }).click();
    }
  }

  display() {
    return this.page.locator('output.calc-display');
  }
}
