import { openFromNav } from './ShellPage.ts';
import type { Locator, Page } from 'playwright-core';
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
}
