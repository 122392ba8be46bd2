import { openFromNav } from './ShellPage.ts';
import type { Locator, Page } from 'playwright-core';

export type AnswerLabel = 'Not at all' | 'Sometimes' | 'Often' | 'Skip';

/** The self-check: introduction, statements one sign at a time, reflections, history. */
export class SelfCheckPage {
  constructor(readonly page: Page) {}

  async open(navName: string | RegExp = /^(Self-check|Revisión de señales)$/): Promise<void> {
    await openFromNav(this.page, navName);
    await this.introHeading.waitFor();
  }

  get introHeading(): Locator {
    return this.page.locator('main h1#selfcheck-title');
  }

  get main(): Locator {
    return this.page.locator('main');
  }

  button(name: string | RegExp): Locator {
    return this.main.getByRole('button', { name, exact: typeof name === 'string' });
  }

  async start(name: string | RegExp = /^(Start|Start again|Empezar|Empezar de nuevo)$/) {
    await this.button(name).first().click();
    await this.statements().first().waitFor();
  }

  /** The radio groups of the sign on screen, one per statement. */
  statements(): Locator {
    return this.main.locator('fieldset.selfcheck-statement');
  }

  /** The sign on screen, as its heading. */
  get signHeading(): Locator {
    return this.main.locator('h2').first();
  }

  /** Answers the statements on screen in order, by the visible label. */
  async answer(labels: readonly string[]): Promise<void> {
    for (const [index, label] of labels.entries()) {
      await this.statements().nth(index).getByLabel(label, { exact: true }).check();
    }
  }

  async checkedLabels(): Promise<string[]> {
    return this.statements().evaluateAll((sets) =>
      sets.map(
        (set) => set.querySelector('input:checked')?.closest('label')?.textContent?.trim() ?? '',
      ),
    );
  }

  /** Moves on to the next sign and waits for it. */
  async next(): Promise<void> {
    const before = await this.signHeading.textContent();
    await this.button(/^(Next|Siguiente)$/).click();
    await this.page.waitForFunction(
      (previous) => document.querySelector('main h2')?.textContent !== previous,
      before,
    );
  }

  /** Which sign is on screen, counting from 0, from its "Part n of m" line. */
  async step(): Promise<number> {
    const text = (await this.main.locator('.selfcheck-part').textContent()) ?? '';
    return Number(/\d+/.exec(text)?.[0] ?? '1') - 1;
  }

  /**
   * From the sign on screen to the last: answers each with the labels given for
   * its place (counting from 0), the rest with `fallback`; stops on the last.
   */
  async answerAll(
    bySign: Readonly<Record<number, readonly string[]>>,
    fallback = 'Not at all',
  ): Promise<void> {
    for (;;) {
      const count = await this.statements().count();
      const given = bySign[await this.step()];
      await this.answer(given ?? Array.from({ length: count }, () => fallback));
      if (await this.finishButton.isVisible()) return;
      await this.next();
    }
  }

  get finishButton(): Locator {
    return this.button(/^(See my reflections|Ver mis reflexiones)$/);
  }

  async finish(): Promise<void> {
    await this.finishButton.click();
    await this.resultsHeading.waitFor();
  }

  get resultsHeading(): Locator {
    return this.main.locator('h1#selfcheck-results');
  }

  /** The field for a question to sit with, by the question's words. */
  writeField(question: string): Locator {
    return this.main.getByRole('textbox', { name: question });
  }

  /** Opens every "What you wrote" of the history's check-ins. */
  async openWritten(): Promise<void> {
    for (const summary of await this.main.locator('.selfcheck-written-more > summary').all()) {
      await summary.click();
    }
  }

  async pause(): Promise<void> {
    await this.button(/^(Pause for now|Hacer una pausa)$/).click();
    await this.main.locator('h1#selfcheck-paused').waitFor();
  }

  async resume(): Promise<void> {
    await this.button(/^(Carry on where I left off|Seguir donde lo dejé)$/).click();
    await this.statements().first().waitFor();
  }

  /** Sign names under "Showed up often" / "Showed up sometimes". */
  async signsShown(level: 'often' | 'sometimes'): Promise<string[]> {
    return this.main.locator(`#selfcheck-${level} + ul > li > h3`).allTextContents();
  }

  async save(): Promise<void> {
    await this.button(/^(Save this check-in|Guardar esta revisión)$/).click();
    await this.main
      .getByRole('status')
      .filter({ hasText: /^(Saved\.|Guardada\.)/ })
      .waitFor();
  }

  async toStart(): Promise<void> {
    await this.button(/^(Back to the self-check|Volver a la revisión de señales)$/).click();
    await this.introHeading.waitFor();
  }

  async openHistory(): Promise<void> {
    await this.button(/^(Past check-ins|Revisiones anteriores)$/).click();
    await this.main.locator('h1#selfcheck-history').waitFor();
    // Read from the vault after the heading shows: until then it says it is opening them.
    await this.main.locator('section.selfcheck p[role="status"]').waitFor({ state: 'detached' });
  }

  /** The saved check-ins as listed: their dates, newest first. */
  async historyDates(): Promise<string[]> {
    // The list is read from the vault first: wait until "loading" has gone.
    await this.main.locator('section.selfcheck p[role="status"]').waitFor({ state: 'detached' });
    return this.main.locator('.selfcheck-checkin h2').allTextContents();
  }

  async compare(): Promise<void> {
    await this.button(/^(Compare|Comparar)$/).click();
    await this.main.locator('h1#selfcheck-changed').waitFor();
  }

  /** The items listed under a heading of the comparison. */
  async changedItems(heading: string): Promise<string[]> {
    return this.main
      .getByRole('heading', { name: heading, exact: true })
      .locator('xpath=following-sibling::ul[1]/li')
      .allTextContents();
  }
}
