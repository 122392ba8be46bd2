import type { Locator, Page } from 'playwright-core';
import { WORDS, type Words } from '../support/words.ts';
import { pluralText } from '../../packages/app/src/i18n/plural.ts';

/** The calm screen: what is happening now, paced breathing and grounding. Reachable while locked. */
export class CalmPage {
  readonly w: Words;

  constructor(
    readonly page: Page,
    readonly locale: 'en' | 'es' = 'en',
  ) {
    this.w = WORDS[locale];
  }

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: this.locale === 'en' ? 'Main' : 'Principal' })
      .getByRole('button', { name: this.w['nav.calm'], exact: true })
      .click();
    await this.page.getByRole('heading', { name: this.w['calm.title'] }).waitFor();
  }

  private view(name: string): Locator {
    return this.page
      .getByRole('navigation', { name: this.w['calm.views'] })
      .getByRole('button', { name, exact: true });
  }

  async openGrounding(): Promise<void> {
    await this.view(this.w['calm.toGrounding']).click();
    await this.page.getByRole('heading', { name: this.w['calm.groundTitle'] }).waitFor();
  }

  async openNow(): Promise<void> {
    await this.view(this.w['calm.toNow']).click();
    await this.page.getByRole('heading', { name: this.w['calm.nowTitle'] }).waitFor();
  }

  async openBreathing(): Promise<void> {
    await this.view(this.w['calm.toBreathing']).click();
    await this.page.getByRole('heading', { name: this.w['calm.breatheTitle'] }).waitFor();
  }

  async chooseLength(minutes: 1 | 3 | 5): Promise<void> {
    const label = pluralText(this.w['calm.minutes'], this.locale, { count: minutes });
    await this.page.getByRole('radio', { name: label }).check();
  }

  async start(): Promise<void> {
    await this.page.getByRole('button', { name: this.w['calm.start'] }).click();
    await this.button('calm.pause').waitFor();
  }

  button(key: 'calm.pause' | 'calm.resume' | 'calm.stop' | 'calm.again'): Locator {
    return this.page.getByRole('button', { name: this.w[key], exact: true });
  }

  /** The polite live region: says the phase once when it changes. */
  live(): Locator {
    return this.page.locator('.calm-live[role="status"]');
  }

  async waitForPhase(key: 'calm.phase.in' | 'calm.phase.out' | 'calm.paused'): Promise<void> {
    await this.page.waitForFunction(
      (text) => document.querySelector('.calm-live')?.textContent === text,
      this.w[key],
    );
  }

  breathOf(): Locator {
    return this.page.locator('.calm-breath-of');
  }

  count(): Locator {
    return this.page.locator('.calm-count');
  }

  circle(): Locator {
    return this.page.locator('.calm-circle');
  }

  /** Says what is happening now, on the "Right now" view. */
  async chooseMoment(moment: 'sleep' | 'panic' | 'numb' | 'thinking' | 'angry'): Promise<Locator> {
    const button = this.page
      .getByRole('group', { name: this.w['calm.moments'] })
      .getByRole('button', { name: this.w[`calm.moment.${moment}`], exact: true });
    await button.click();
    await this.page.getByRole('heading', { name: this.w['calm.tryTitle'] }).waitFor();
    return button;
  }

  /** The names of the things to try now, in order. */
  async offered(): Promise<string[]> {
    return this.page
      .getByRole('region', { name: this.w['calm.tryTitle'] })
      .getByRole('listitem')
      .getByRole('heading')
      .allTextContents();
  }

  /** Runs one step-by-step exercise through to its end. */
  async completeGrounding(
    name:
      | 'calm.ground.senses'
      | 'calm.ground.feet'
      | 'calm.ground.categories'
      | 'calm.ground.counting'
      | 'calm.ex.release'
      | 'calm.ex.place'
      | 'calm.ex.kindness'
      | 'calm.ex.reasons'
      | 'calm.ex.shake',
    steps: number,
  ): Promise<void> {
    await this.page
      .getByRole('button', { name: `${this.w['calm.ground.begin']}: ${this.w[name]}` })
      .click();
    for (let i = 1; i <= steps; i++) {
      await this.page
        .getByText(
          this.w['calm.ground.step'].replace('{step}', String(i)).replace('{total}', String(steps)),
        )
        .waitFor();
      const last = i === steps;
      await this.page
        .getByRole('button', {
          name: this.w[last ? 'calm.ground.finish' : 'calm.ground.next'],
          exact: true,
        })
        .click();
    }
    await this.page.getByText(this.w['calm.ground.done']).waitFor();
  }
}
