import { openFromNav } from './ShellPage.ts';
import type { Locator, Page } from 'playwright-core';

/** The parts of the plan in the order the overview lists them (see core PLAN_SECTIONS). */
export const PLAN_SECTION_IDS = [
  'people',
  'professional',
  'essentials',
  'digital',
  'crash',
  'children',
  'places',
  'after',
  'risk',
] as const;
export type PlanSectionName = (typeof PLAN_SECTION_IDS)[number];

/** The safety plan: overview, one part at a time, and the print chooser. */
export class PlanPage {
  constructor(readonly page: Page) {}

  /** Opens the plan from the navigation (its label depends on the language). */
  async open(navLabel = 'My plan'): Promise<void> {
    await openFromNav(this.page, navLabel);
    await this.overview.waitFor();
  }

  get overview(): Locator {
    return this.page.locator('.plan-overview');
  }

  get heading(): Locator {
    return this.page.locator('main h1#plan-title');
  }

  /** Opens a part from the overview by its place in the list, in any language. */
  async openSection(id: PlanSectionName): Promise<void> {
    await this.page.locator('.plan-open').nth(PLAN_SECTION_IDS.indexOf(id)).click();
    await this.page.locator(`.plan-section-${id}`).waitFor();
  }

  async back(): Promise<void> {
    await this.page.locator('.plan-back').first().click();
    await this.overview.waitFor();
  }

  field(id: PlanSectionName, name: string): Locator {
    return this.page.locator(`#plan-${id}-${name}`);
  }

  notes(id: PlanSectionName): Locator {
    return this.field(id, 'notes');
  }

  /** A checklist line by the words on it. */
  item(text: string): Locator {
    return this.page.locator('li.plan-item').filter({ hasText: text });
  }

  async addOwnItem(id: PlanSectionName, text: string): Promise<void> {
    await this.page.locator(`#plan-${id}-own`).fill(text);
    await this.page.getByRole('button', { name: 'Add to the list' }).click();
    await this.item(text).waitFor();
  }

  async addPerson(name: string, reach: string, roles: readonly string[]): Promise<void> {
    const { page } = this;
    await page.getByLabel('Name', { exact: true }).fill(name);
    await page.getByLabel('How to reach them (phone)').fill(reach);
    for (const role of roles) await page.getByLabel(role, { exact: true }).check();
    await page.getByRole('button', { name: 'Add this person' }).click();
    await page.locator('.plan-person').filter({ hasText: name }).waitFor();
  }

  get saveStatus(): Locator {
    return this.page.locator('.plan-save');
  }

  /** After a change: waits until everything typed so far is written to the vault. */
  async waitSaved(): Promise<void> {
    await this.page.locator('.plan-save-saved').waitFor({ timeout: 30_000 });
  }

  get helpForward(): Locator {
    return this.page.locator('section.plan-help-forward');
  }

  sign(label: string | RegExp): Locator {
    return this.page.locator('.plan-signs').getByLabel(label);
  }

  async openPrint(): Promise<void> {
    await this.page.getByRole('button', { name: 'Print or save as PDF' }).click();
    await this.page.locator('.plan-print-choose').waitFor();
  }

  /** In the print chooser: exactly these parts ticked, by their place in the list. */
  async choosePrinted(ids: readonly PlanSectionName[]): Promise<void> {
    const boxes = this.page.locator('.plan-print-choose fieldset input[type="checkbox"]');
    for (const [index, id] of PLAN_SECTION_IDS.entries()) {
      await boxes.nth(index).setChecked(ids.includes(id));
    }
    await this.page.waitForFunction(
      (count) => document.querySelectorAll('.plan-print-section').length === count,
      ids.length,
    );
  }

  /** Whether the panel is the first thing in the plan screen. */
  async helpForwardIsFirst(): Promise<boolean> {
    return this.page.evaluate(() => {
      const screen = document.querySelector('section.plan');
      return screen?.firstElementChild?.classList.contains('plan-help-forward') ?? false;
    });
  }
}
