import type { Download, Locator, Page } from 'playwright-core';

/** The page a shared link opens (open.html): no vault, one package. */
export class OpenSharePage {
  constructor(readonly page: Page) {}

  async goto(link: string): Promise<void> {
    await this.page.goto(link);
    await this.page.locator('main h1#open-title').waitFor();
  }

  get status(): Locator {
    return this.page.locator('.open-status');
  }

  get verdict(): Locator {
    return this.page.locator('.check-verdict');
  }

  /** Opens the package (the relay counts the download); resolves once it says how it went. */
  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'Open the package', exact: true }).click();
    await this.page.locator('.open-status p:not(:empty)').first().waitFor();
    await this.page.waitForFunction(
      () => !document.querySelector('.open-status')?.textContent?.includes('Opening'),
    );
  }

  /** Saves the report the package carries, as a PDF. */
  async saveReport(): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: 'Save the report (PDF)', exact: true }).click(),
    ]);
    return download;
  }

  async save(): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: 'Save the package', exact: true }).click(),
    ]);
    return download;
  }
}
