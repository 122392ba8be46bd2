import type { Locator, Page } from 'playwright-core';
import { WORDS, type Words } from '../support/words.ts';

/**
 * The urge tools ("Staying gone"), from the home screen's button to the log.
 * Counts the taps it takes, since someone in the middle of an urge has few to spare.
 */
export class UrgesPage {
  taps = 0;
  readonly w: Words;

  constructor(
    readonly page: Page,
    readonly locale: 'en' | 'es' = 'en',
  ) {
    this.w = WORDS[locale];
  }

  private async tap(target: Locator): Promise<void> {
    await target.click();
    this.taps += 1;
  }

  get heading(): Locator {
    return this.page.locator('main h1');
  }

  reachOutButton(): Locator {
    return this.page.getByRole('button', { name: this.w['urges.reachOut'], exact: true });
  }

  /** From the home screen: the button, then the first step. */
  async reachOut(): Promise<void> {
    await this.tap(this.reachOutButton());
    await this.page.getByRole('heading', { name: this.w['urges.title'] }).waitFor();
  }

  async setStrength(value: number): Promise<void> {
    await this.page.getByLabel(this.w['urges.strength']).fill(String(value));
  }

  async choosePull(pull: Extract<keyof Words, `urges.pull.${string}`>): Promise<void> {
    await this.tap(this.page.getByRole('checkbox', { name: this.w[pull] }));
  }

  /** Saves the urge and shows the person's own words. */
  async next(): Promise<void> {
    await this.tap(this.page.getByRole('button', { name: this.w['urges.next'] }));
    await this.page.getByRole('heading', { name: this.w['urges.remindTitle'] }).waitFor();
  }

  reminders(): Locator {
    return this.page.locator('.urges-reminders li');
  }

  async startHold(): Promise<void> {
    await this.page.getByRole('button', { name: this.w['urges.holdStart'] }).click();
    await this.countdown().waitFor();
  }

  countdown(): Locator {
    return this.page.getByRole('timer');
  }

  holdEnded(): Locator {
    return this.page.getByText(this.w['urges.holdEnded']);
  }

  async recordOutcome(
    outcome: 'did-not-contact' | 'contacted' | 'they-contacted-me',
    feeling: number,
  ): Promise<void> {
    const open = this.page.getByRole('button', { name: this.w['urges.outcomeOpen'] });
    if (await open.isVisible()) await open.click();
    await this.page.getByRole('radio', { name: this.w[`urges.outcome.${outcome}`] }).check();
    await this.page.getByLabel(this.w['urges.feeling']).fill(String(feeling));
    await this.page.getByRole('button', { name: this.w['urges.outcomeSave'] }).click();
  }

  saved(): Locator {
    return this.page.locator('.urges-saved');
  }

  private view(name: string): Locator {
    return this.page
      .getByRole('navigation', { name: this.w['urges.views'] })
      .getByRole('button', { name, exact: true });
  }

  async openLog(): Promise<void> {
    await this.view(this.w['urges.toLog']).click();
    await this.page.getByRole('heading', { name: this.w['urges.logTitle'] }).waitFor();
  }

  async openManage(): Promise<void> {
    await this.view(this.w['urges.toManage']).click();
    await this.page.getByRole('heading', { name: this.w['urges.manageTitle'] }).waitFor();
  }

  async openStart(): Promise<void> {
    await this.view(this.w['urges.toStart']).click();
    await this.page.getByRole('heading', { name: this.w['urges.title'] }).waitFor();
  }

  async addReminder(text: string): Promise<void> {
    await this.page.getByLabel(this.w['urges.reminderLabel']).fill(text);
    await this.page.getByRole('button', { name: this.w['urges.reminderAdd'] }).click();
    await this.page.locator('.urges-own', { hasText: text }).waitFor();
  }

  async addIfThen(when: string, then: string): Promise<void> {
    await this.page.getByLabel(this.w['urges.ifWhen'], { exact: true }).fill(when);
    await this.page.getByLabel(this.w['urges.ifThen'], { exact: true }).fill(then);
    await this.page.getByRole('button', { name: this.w['urges.ifAdd'] }).click();
    await this.page.locator('.urges-item', { hasText: when }).waitFor();
  }

  async addPerson(name: string, phone: string): Promise<void> {
    await this.page.getByLabel(this.w['urges.personName'], { exact: true }).fill(name);
    await this.page.getByLabel(this.w['urges.personPhone'], { exact: true }).fill(phone);
    await this.page.getByRole('button', { name: this.w['urges.personAdd'] }).click();
    await this.page.getByText(`${name}: ${phone}`).waitFor();
  }

  async keepUnsent(text: string): Promise<void> {
    await this.page.getByLabel(this.w['urges.unsentLabel']).fill(text);
    await this.page.getByRole('button', { name: this.w['urges.unsentSave'] }).click();
    await this.page.getByText(this.w['urges.unsentSaved']).waitFor();
  }

  tableRows(): Locator {
    return this.page.locator('.urges-table tbody tr');
  }

  chart(): Locator {
    return this.page.getByRole('img', { name: this.w['urges.chartTitle'] });
  }

  /** What stands in the chart's place while the log holds a single week. */
  chartFew(): Locator {
    return this.page.getByText(this.w['urges.chartFew']);
  }
}
