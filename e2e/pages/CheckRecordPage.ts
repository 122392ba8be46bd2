import type { Locator, Page } from 'playwright-core';

/** "Check a record": choosing a package and reading the verdict (works in any language). */
export class CheckRecordPage {
  constructor(readonly page: Page) {}

  get heading(): Locator {
    return this.page.locator('main h1#check-title');
  }

  /** From Help (the top bar's button), by the link's words in the language on screen. */
  async openFromHelp(linkName: string): Promise<void> {
    await this.page.locator('header button.get-help').click();
    await this.page.locator('main h1#help-title').waitFor();
    await this.page.getByRole('button', { name: linkName, exact: true }).click();
    await this.heading.waitFor();
  }

  get verdict(): Locator {
    return this.page.locator('.check-verdict');
  }

  get problems(): Locator {
    return this.page.locator('.check-problems li');
  }

  get refusal(): Locator {
    return this.page.locator('.check-result .error');
  }

  get head(): Locator {
    return this.page.locator('.check-verdict .chain-head');
  }

  /** Chooses a file and waits for what the page says of it. */
  async check(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    const before = await this.page.locator('.check-result').textContent();
    await this.page.locator('#check-file').setInputFiles(file);
    await this.page.waitForFunction((was) => {
      const now = document.querySelector('.check-result');
      return (
        now !== null &&
        now.querySelector('.check-verdict, .error') !== null &&
        now.textContent !== was
      );
    }, before);
  }

  get passphrase(): Locator {
    return this.page.locator('#check-passphrase');
  }

  /** What the passphrase form says of the last passphrase tried. */
  get passphraseError(): Locator {
    return this.page.locator('#check-passphrase-error');
  }

  get saveOpened(): Locator {
    return this.page.locator('.check-save button');
  }

  /** Chooses a locked file and waits for the page to ask its passphrase. */
  async chooseLocked(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await this.page.locator('#check-file').setInputFiles(file);
    await this.passphrase.waitFor();
  }

  get openButton(): Locator {
    return this.page.locator('.check-unlock button[type="submit"]');
  }

  /**
   * Types a passphrase, presses Enter (the form's submit) and waits for the answer: a
   * verdict, a refusal of the file, or the passphrase refused. "Answered" is the form's
   * button seen busy (a mutation observer catches it, so a fast answer is not missed)
   * and then free again or gone, so a refusal left on screen from the try before is
   * not taken for this one's.
   */
  async unlock(passphrase: string): Promise<void> {
    await this.passphrase.fill(passphrase);
    await this.page.evaluate(() => {
      const seen = window as unknown as { unlockBusy?: boolean };
      seen.unlockBusy = false;
      const observer = new MutationObserver(() => {
        if (document.querySelector('.check-unlock button[type="submit"][disabled]') !== null) {
          seen.unlockBusy = true;
          observer.disconnect();
        }
      });
      observer.observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    await this.passphrase.press('Enter');
    await this.page.waitForFunction(
      () =>
        (window as unknown as { unlockBusy?: boolean }).unlockBusy === true &&
        document.querySelector('.check-unlock button[type="submit"][disabled]') === null,
    );
  }
}
