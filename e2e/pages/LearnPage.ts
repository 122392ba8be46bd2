import { openFromNav } from './ShellPage.ts';
import type { Locator, Page } from 'playwright-core';

/** Learn: the list of chapters and the chapter reader. */
export class LearnPage {
  constructor(readonly page: Page) {}

  async open(navName: string | RegExp = /^(Learn|Aprender)$/): Promise<void> {
    await openFromNav(this.page, navName);
    await this.chapterButtons().first().waitFor();
  }

  get listHeading(): Locator {
    return this.page.locator('main h1#learn-title');
  }

  /** One button per chapter, its title as the name. */
  chapterButtons(): Locator {
    return this.page.locator('main .learn-open');
  }

  async chapterTitles(): Promise<string[]> {
    return this.chapterButtons().allTextContents();
  }

  /** The "about N minutes" line of every chapter in the list. */
  async readingTimes(): Promise<string[]> {
    return this.page.locator('main .learn-chapter .learn-minutes').allTextContents();
  }

  get chapterHeading(): Locator {
    return this.page.locator('main h1#chapter-title');
  }

  get topics(): Locator {
    return this.page.locator('main .learn-reader .learn-topics');
  }

  async openChapter(title: string): Promise<void> {
    await this.chapterButtons().filter({ hasText: title }).click();
    await this.chapterHeading.filter({ hasText: title }).waitFor();
    await this.waitHeadingFocused();
  }

  /** Focus lands on the chapter's heading once it opens. */
  async waitHeadingFocused(): Promise<void> {
    await this.page.waitForFunction(() => document.activeElement?.id === 'chapter-title');
  }

  sectionHeadings(): Locator {
    return this.page.locator('main .learn-section h2');
  }

  /** The words of the chapter body, sections only. */
  async bodyText(): Promise<string> {
    return (await this.page.locator('main .learn-section').allInnerTexts()).join('\n');
  }

  whatHelpsLinks(): Locator {
    return this.page.locator('main .learn-what-helps button');
  }

  async followWhatHelps(text: string | RegExp): Promise<void> {
    await this.whatHelpsLinks().filter({ hasText: text }).click();
  }

  pager(): Locator {
    return this.page.locator('main .learn-pager');
  }

  async next(): Promise<void> {
    await this.pager()
      .getByRole('button', { name: /^(Next|Siguiente):/ })
      .click();
    await this.waitHeadingFocused();
  }

  async previous(): Promise<void> {
    await this.pager()
      .getByRole('button', { name: /^(Previous|Anterior):/ })
      .click();
    await this.waitHeadingFocused();
  }

  async backToList(): Promise<void> {
    await this.pager()
      .getByRole('button', { name: /^(All chapters|Todos los capítulos)$/ })
      .click();
    await this.listHeading.waitFor();
  }
}
