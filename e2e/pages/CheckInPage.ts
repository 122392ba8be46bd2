import { openFromNav } from './ShellPage.ts';
import type { Locator, Page } from 'playwright-core';
import { WORDS, type Words } from '../support/words.ts';

export type Scales = {
  steadiness: number;
  sleep: number;
  safety: number;
  feelingLikeMyself: number;
  urge: number;
};

/** The daily check-in and the rebuilding log, behind the lock. */
export class CheckInPage {
  readonly w: Words;

  constructor(
    readonly page: Page,
    readonly locale: 'en' | 'es' = 'en',
  ) {
    this.w = WORDS[locale];
  }

  async open(): Promise<void> {
    await openFromNav(this.page, this.w['nav.checkin']);
    await this.page.getByRole('heading', { name: this.w['checkin.title'] }).waitFor();
  }

  scale(name: keyof Scales): Locator {
    return this.page.getByLabel(this.w[`checkin.${name}`], { exact: true });
  }

  /** Answers the scales given; the others are left as they are. */
  async fill(scales: Partial<Scales>, note = ''): Promise<void> {
    for (const [name, value] of Object.entries(scales) as Array<[keyof Scales, number]>)
      await this.scale(name).fill(String(value));
    await this.page.getByLabel(this.w['checkin.note']).fill(note);
  }

  /** What a screen reader hears for a scale: "6 of 10", or "Not answered". */
  heard(name: keyof Scales): Promise<string | null> {
    return this.scale(name).getAttribute('aria-valuetext');
  }

  /** The value written beside a scale, as a sighted person reads it. */
  shown(name: keyof Scales): Promise<string | null> {
    return this.page
      .locator('.field.scale', { has: this.scale(name) })
      .locator('.scale-value')
      .textContent();
  }

  clear(name: keyof Scales): Locator {
    return this.page
      .locator('.field.scale', { has: this.scale(name) })
      .getByRole('button', { name: this.w['checkin.clear'] });
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: this.w['checkin.save'] }).click();
    await this.page.getByText(this.w['checkin.saved']).waitFor();
  }

  async logStep(kind: 'freedom' | 'connection', text: string): Promise<void> {
    await this.page.getByRole('radio', { name: this.w[`rebuild.kind.${kind}`] }).check();
    await this.page.getByLabel(this.w['rebuild.text'], { exact: true }).fill(text);
    await this.page.getByRole('button', { name: this.w['rebuild.save'] }).click();
    await this.page.locator('.rebuild-list li', { hasText: text }).waitFor();
  }

  steps(): Locator {
    return this.page.locator('.rebuild-list li');
  }
}
