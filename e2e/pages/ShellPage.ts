import type { Locator, Page } from 'playwright-core';

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

  navItems(): Locator {
    return this.page.locator('nav button');
  }

  async goTo(name: string | RegExp): Promise<void> {
    await this.page.getByRole('navigation').getByRole('button', { name }).click();
  }

  async pressShiftThrice(): Promise<void> {
    for (let i = 0; i < 3; i++) await this.page.keyboard.press('Shift');
  }

  async waitForExit(exitUrl: string): Promise<void> {
    await this.page.waitForURL(`${exitUrl}**`);
  }
}
