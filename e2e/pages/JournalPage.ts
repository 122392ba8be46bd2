import { openFromNav } from './ShellPage.ts';
import type { Locator, Page } from 'playwright-core';

export interface EntryFields {
  date?: string;
  time?: string;
  approximate?: boolean;
  stage?: string;
  harms?: string[];
  severity?: string;
  what?: string;
  felt?: string;
  after?: string[];
  afterNote?: string;
  injuries?: string;
  witnesses?: string;
  images?: Array<{ name: string; mimeType: string; buffer: Buffer }>;
}

/** The journal: its list, the entry form, an entry, the timeline (English labels). */
export class JournalPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await openFromNav(this.page, 'Journal');
    await this.page.getByRole('heading', { name: 'Journal', level: 1 }).waitFor();
    await this.page.locator('.journal-list, .journal-empty').first().waitFor({ timeout: 30_000 });
  }

  get views(): Locator {
    return this.page.getByRole('navigation', { name: 'Journal views' });
  }

  async toList(): Promise<void> {
    await this.views.getByRole('button').first().click();
    await this.page.getByLabel('Search your entries').waitFor();
  }

  async toTimeline(): Promise<void> {
    await this.views.getByRole('button', { name: 'Timeline' }).click();
    await this.page.getByRole('heading', { name: 'Timeline', level: 2 }).waitFor();
  }

  async startNew(): Promise<void> {
    await this.views.getByRole('button', { name: 'Write a new entry' }).click();
    await this.page.getByRole('heading', { name: 'A new entry' }).waitFor();
  }

  async fill(fields: EntryFields): Promise<void> {
    const { page } = this;
    if (fields.date !== undefined) await page.getByLabel('Date', { exact: true }).fill(fields.date);
    if (fields.time !== undefined) await page.getByLabel('Time (optional)').fill(fields.time);
    if (fields.approximate !== undefined)
      await page.getByLabel('The date or time is approximate').setChecked(fields.approximate);
    if (fields.stage) await page.getByRole('radio', { name: fields.stage }).check();
    for (const harm of fields.harms ?? []) await page.getByRole('checkbox', { name: harm }).check();
    if (fields.severity) await page.getByRole('radio', { name: fields.severity }).check();
    if (fields.what !== undefined)
      await page.getByLabel('What happened', { exact: true }).fill(fields.what);
    if (fields.felt !== undefined)
      await page.getByLabel('How you felt, and what your body did').fill(fields.felt);
    for (const item of fields.after ?? []) await page.getByRole('checkbox', { name: item }).check();
    if (fields.afterNote !== undefined)
      await page.getByLabel('Anything else about what they did afterwards').fill(fields.afterNote);
    if (fields.injuries !== undefined) await page.getByLabel('Injuries').fill(fields.injuries);
    if (fields.witnesses !== undefined) await page.getByLabel('Witnesses').fill(fields.witnesses);
    if (fields.images) {
      const before = await page.locator('.journal-attach img').count();
      await page.getByLabel('Photos or screenshots (optional)').setInputFiles(fields.images);
      await page
        .locator('.journal-attach img')
        .nth(before + fields.images.length - 1)
        .waitFor();
    }
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save entry' }).click();
  }

  /** Writes an entry and waits for it to be shown. */
  async create(fields: EntryFields): Promise<void> {
    await this.startNew();
    await this.fill(fields);
    await this.save();
    await this.entryHeading.waitFor({ timeout: 30_000 });
  }

  get entryHeading(): Locator {
    return this.page.locator('#journal-entry-title');
  }

  get count(): Locator {
    return this.page.locator('.journal-count');
  }

  get rows(): Locator {
    return this.page.locator('.journal-row');
  }

  async search(text: string): Promise<void> {
    await this.page.getByLabel('Search your entries').fill(text);
  }

  async openFilters(): Promise<void> {
    const details = this.page.locator('details.journal-filters');
    if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
  }

  async openRow(text: string): Promise<void> {
    await this.rows.filter({ hasText: text }).first().getByRole('button').click();
    await this.entryHeading.waitFor();
  }

  /** The button that opens the details for a court or advocate (all optional). */
  get courtToggle(): Locator {
    return this.page.getByRole('button', {
      name: 'Details for a court or advocate (all optional)',
      exact: true,
    });
  }

  /** A yes / no / not sure question of the details, by its English words. */
  courtQuestion(question: string): Locator {
    return this.page.getByRole('group', { name: question, exact: true });
  }

  /** Opens the details if folded, then types the texts and ticks the answers (by labels). */
  async fillCourt(
    texts: Readonly<Record<string, string>>,
    answers: Readonly<Record<string, string>> = {},
  ): Promise<void> {
    if ((await this.courtToggle.getAttribute('aria-expanded')) !== 'true') {
      await this.courtToggle.click();
    }
    for (const [label, text] of Object.entries(texts)) {
      await this.page.getByLabel(label, { exact: true }).fill(text);
    }
    for (const [question, answer] of Object.entries(answers)) {
      await this.courtQuestion(question).getByRole('radio', { name: answer, exact: true }).check();
    }
  }

  fieldError(id: string): Locator {
    return this.page.locator(`#jf-${id}-error`);
  }

  /** The names of the fields the summary above the form says need another look. */
  summaryFields(): Locator {
    return this.page
      .getByRole('alert')
      .filter({ hasText: 'Nothing has been saved yet' })
      .getByRole('button');
  }
}
