import type { Locator, Page } from 'playwright-core';

/** The Help screen: emergency numbers, the country chooser and the services listed. */
export class HelpPage {
  constructor(readonly page: Page) {}

  /** The button beside quick exit in the top bar, on every screen. */
  get topBarButton(): Locator {
    return this.page.locator('header button.get-help');
  }

  get heading(): Locator {
    return this.page.locator('main h1#help-title');
  }

  async open(): Promise<void> {
    await this.topBarButton.click();
    await this.heading.waitFor();
  }

  get countrySelect(): Locator {
    return this.page.locator('select#help-country');
  }

  async chooseCountry(code: string): Promise<void> {
    await this.countrySelect.selectOption(code);
    await this.page.waitForFunction(
      (wanted) => (document.getElementById('help-country') as HTMLSelectElement).value === wanted,
      code,
    );
  }

  async chosenCountry(): Promise<string> {
    return this.countrySelect.inputValue();
  }

  async countryCodes(): Promise<string[]> {
    return this.countrySelect
      .locator('option')
      .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  }

  get emergency(): Locator {
    return this.page.locator('section.help-emergency');
  }

  /** The big emergency links, as tel: hrefs, in the order shown. */
  async emergencyHrefs(): Promise<string[]> {
    return this.emergency
      .locator('a.help-call')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  }

  services(): Locator {
    return this.page.locator('li.help-service');
  }

  async serviceNames(): Promise<string[]> {
    return this.services().locator('h3').allTextContents();
  }

  service(name: string): Locator {
    return this.services().filter({ has: this.page.getByRole('heading', { name, exact: true }) });
  }

  /** Every link on the page with its href and rel. */
  async links(): Promise<Array<{ href: string; rel: string; text: string }>> {
    return this.page.locator('main a[href]').evaluateAll((links) =>
      links.map((a) => ({
        href: a.getAttribute('href') ?? '',
        rel: a.getAttribute('rel') ?? '',
        text: a.textContent ?? '',
      })),
    );
  }

  /** "If you cannot speak", right below the emergency numbers. */
  get silent(): Locator {
    return this.page.locator('section.help-silent');
  }

  /** The silent ways' links, as hrefs, in the order shown. */
  async silentHrefs(): Promise<string[]> {
    return this.silent
      .locator('a.help-way')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  }

  /** Whether "If you cannot speak" comes before the support services on the page. */
  async silentIsAboveServices(): Promise<boolean> {
    return this.page.evaluate(() => {
      const silent = document.querySelector('section.help-silent');
      const services = document.querySelector('section.help-services');
      if (!silent || !services) return false;
      return (silent.compareDocumentPosition(services) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    });
  }
}
