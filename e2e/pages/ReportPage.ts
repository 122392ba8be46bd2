import { openFromNav } from './ShellPage.ts';
import type { Download, Locator, Page } from 'playwright-core';
import { printToPdf } from '../support/pdf.ts';

/** The parts of the report, by their English labels on the chooser. */
export const REPORT_PARTS = {
  summary: 'A summary',
  timeline: 'The timeline, as a table',
  fullText: 'What you wrote in each entry',
  originals: 'For edited entries, also what you first wrote',
  injuries: 'Injuries and witnesses',
  pinnedOnly: 'Only pinned entries',
} as const;
export type ReportPart = keyof typeof REPORT_PARTS;

/** The report: choosing what goes in, the preview, and the paper (as PDF text). */
export class ReportPage {
  constructor(readonly page: Page) {}

  async open(navLabel = 'Report'): Promise<void> {
    await openFromNav(this.page, navLabel);
    await this.page.locator('main h1#report-title').waitFor();
    await this.page.locator('.report-doc, .report-empty').first().waitFor({ timeout: 30_000 });
  }

  get doc(): Locator {
    return this.page.locator('.report-doc');
  }

  get count(): Locator {
    return this.page.locator('.report-count');
  }

  async setRange(from: string, to: string): Promise<void> {
    await this.page.locator('#report-from').fill(from);
    await this.page.locator('#report-to').fill(to);
  }

  /** Unticks every kind of harm, then ticks only these (by their labels). */
  async onlyHarms(labels: readonly string[]): Promise<void> {
    const options = this.page.locator('.report-options');
    await options.getByRole('button', { name: 'Untick all', exact: true }).click();
    for (const label of labels) await options.getByRole('checkbox', { name: label }).check();
  }

  async allHarms(): Promise<void> {
    await this.page
      .locator('.report-options')
      .getByRole('button', { name: 'Tick all', exact: true })
      .click();
  }

  async setPart(part: ReportPart, on: boolean): Promise<void> {
    await this.page
      .locator('.report-options')
      .getByRole('checkbox', { name: REPORT_PARTS[part] })
      .setChecked(on);
  }

  /** Prints to PDF as the browser would for paper, and returns the PDF's text. */
  async printedText(dir: string, name: string): Promise<string> {
    return (await printToPdf(this.page, dir, name)).text;
  }

  /** The evidence package's form, below the report. */
  get evidence(): Locator {
    return this.page.locator('.evidence-make');
  }

  /** The radio for locked (the default) or not, by its value, in any language. */
  protection(protection: 'locked' | 'open'): Locator {
    return this.evidence.locator(`input[name="evidence-protection"][value="${protection}"]`);
  }

  async chooseProtection(protection: 'locked' | 'open'): Promise<void> {
    await this.protection(protection).check();
  }

  /**
   * Makes the package locked with `passphrase` (typed twice) and waits for the file and
   * the chain head on screen.
   */
  async makeLockedPackage(passphrase: string): Promise<Download> {
    await this.chooseProtection('locked');
    await this.page.locator('#evidence-lock-new').fill(passphrase);
    await this.page.locator('#evidence-lock-again').fill(passphrase);
    return this.submitPackage();
  }

  /** Makes the package without a passphrase: the warning's box ticked first. */
  async makeOpenPackage(): Promise<Download> {
    await this.chooseProtection('open');
    await this.page.locator('#evidence-understood').check();
    return this.submitPackage();
  }

  /** The form's one button, whichever way was chosen. */
  get makeButton(): Locator {
    return this.evidence.locator('form button[type="submit"]');
  }

  private async submitPackage(): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.makeButton.click(),
    ]);
    await this.page.locator('.evidence-head .chain-head').waitFor();
    return download;
  }
}
