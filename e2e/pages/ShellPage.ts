import type { Locator, Page } from 'playwright-core';

/**
 * Opens a part from the main navigation: from the bar at the bottom of a phone, or from
 * behind its "More" when it is not in the bar (a wider screen shows every part).
 */
export async function openFromNav(page: Page, name: string | RegExp): Promise<void> {
  const nav = page.locator('nav.nav');
  await nav.getByRole('button').first().waitFor();
  // A part's whole name: 'Check in' is not 'Check a record', 'Learn' not 'Learning'.
  const button = nav.getByRole('button', { name, exact: typeof name === 'string' });
  if (!(await button.first().isVisible())) {
    const more = page.locator('nav.nav .nav-more button');
    if ((await more.getAttribute('aria-expanded')) !== 'true') await more.click();
  }
  await button.click();
}

/** The parts of the shell every screen shares: quick exit, navigation, the heading. */
export class ShellPage {
  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {}

  async open(): Promise<void> {
    await this.page.goto(this.baseUrl);
    await this.heading.waitFor();
  }

  get heading(): Locator {
    return this.page.locator('main h1');
  }

  get quickExit(): Locator {
    return this.page.locator('header button.quick-exit');
  }

  /** Every part in the main navigation, the bar's and those behind "More" (not "More"). */
  navItems(): Locator {
    return this.page.locator('nav.nav li:not(.nav-more) button');
  }

  async goTo(name: string | RegExp): Promise<void> {
    await openFromNav(this.page, name);
  }

  async pressShiftThrice(): Promise<void> {
    for (let i = 0; i < 3; i++) await this.page.keyboard.press('Shift');
  }

  async waitForExit(exitUrl: string): Promise<void> {
    await this.page.waitForURL(`${exitUrl}**`);
  }
}
