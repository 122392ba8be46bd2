import type { Locator, Page } from 'playwright-core';

/** "Alert my people", on Home and on Help once the vault is open. */
export class AlertPage {
  constructor(readonly page: Page) {}

  get panel(): Locator {
    return this.page.locator('section.alert-people');
  }

  /** The link that opens the messages app (absent in practice mode). */
  get link(): Locator {
    return this.panel.locator('a.alert-send');
  }

  get practiceButton(): Locator {
    return this.panel.locator('button.alert-send');
  }

  get practice(): Locator {
    return this.panel.locator('.alert-practice input[type="checkbox"]');
  }

  get message(): Locator {
    return this.panel.locator('#alert-message');
  }

  get status(): Locator {
    return this.panel.locator('.alert-status');
  }

  recipient(name: string): Locator {
    return this.panel.getByLabel(name, { exact: true });
  }

  async waitShown(): Promise<void> {
    await this.panel.waitFor({ timeout: 15_000 });
  }

  async href(): Promise<string> {
    return (await this.link.getAttribute('href')) ?? '';
  }

  /**
   * Records every navigation the page asks for from now on, through the DevTools
   * protocol: Chromium reports an sms: link being followed (Page.frameRequestedNavigation)
   * before it hands the link to the system, and headless Chromium has no messages
   * app, so the page itself stays where it is.
   */
  async recordNavigation(): Promise<{ urls: string[]; stop(): Promise<void> }> {
    const cdp = await this.page.context().newCDPSession(this.page);
    await cdp.send('Page.enable');
    const urls: string[] = [];
    cdp.on('Page.frameRequestedNavigation', (event) => urls.push(event.url));
    return { urls, stop: () => cdp.detach() };
  }
}
