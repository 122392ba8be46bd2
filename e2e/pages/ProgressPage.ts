import { openFromNav } from './ShellPage.ts';
import type { Locator, Page } from 'playwright-core';
import { WORDS, type Words } from '../support/words.ts';

export type Measure = 'steadiness' | 'sleep' | 'safety' | 'feelingLikeMyself' | 'urge';

/** Weeks and months of check-ins, urges and steps forward. */
export class ProgressPage {
  readonly w: Words;

  constructor(
    readonly page: Page,
    readonly locale: 'en' | 'es' = 'en',
  ) {
    this.w = WORDS[locale];
  }

  async open(): Promise<void> {
    await openFromNav(this.page, this.w['nav.progress']);
    await this.page.getByRole('heading', { name: this.w['progress.title'] }).waitFor();
  }

  async byMonth(measure: Measure = 'steadiness'): Promise<void> {
    await this.page.getByRole('button', { name: this.w['progress.byMonth'], exact: true }).click();
    await this.feltTable('month', measure).waitFor();
  }

  async show(measure: Measure): Promise<void> {
    await this.page.getByLabel(this.w['progress.measure']).selectOption(measure);
    await this.feltTable('week', measure).waitFor();
  }

  /** The table of one scale, found by its caption as a screen reader would. */
  feltTable(by: 'week' | 'month', measure: Measure = 'steadiness'): Locator {
    const caption =
      this.w[by === 'week' ? 'progress.feltCaptionWeeks' : 'progress.feltCaptionMonths'];
    return this.page.getByRole('table', {
      name: caption.replace('{measure}', this.w[`progress.col.${measure}`]),
    });
  }

  stepsTable(by: 'week' | 'month'): Locator {
    return this.page.getByRole('table', {
      name: this.w[by === 'week' ? 'progress.stepsCaptionWeeks' : 'progress.stepsCaptionMonths'],
    });
  }

  daysTable(): Locator {
    return this.page.getByRole('table', { name: this.w['progress.daysCaption'] });
  }

  cells(table: Locator, row = 0): Promise<string[]> {
    return table.locator('tbody tr').nth(row).locator('td').allTextContents();
  }

  rows(table: Locator): Locator {
    return table.locator('tbody tr');
  }

  chart(name: string): Locator {
    return this.page.getByRole('img', { name });
  }

  /** What stands in a chart's place while it would have fewer than two points. */
  few(
    key: Extract<
      keyof Words,
      `progress.${'feltFew' | 'stepsFew'}${'Weeks' | 'Months'}` | 'progress.daysFew'
    >,
  ): Locator {
    return this.page.getByText(this.w[key]);
  }
}
