import type { Download, Locator, Page } from 'playwright-core';

/** The Backup section of Settings and the first-run restore screen. */
export class BackupPage {
  constructor(readonly page: Page) {}

  get section(): Locator {
    return this.page.locator('#backup');
  }

  /** Clicks "Save an encrypted backup file" and returns the download it starts. */
  async save(): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download', { timeout: 30_000 }),
      this.page.getByRole('button', { name: 'Save an encrypted backup file' }).click(),
    ]);
    return download;
  }

  /** From the first-run set-up screen to the restore screen (button text per language). */
  async openFromSetup(buttonName = 'Restore from a backup instead'): Promise<void> {
    await this.page.getByRole('button', { name: buttonName }).click();
    await this.page.locator('#restore-file').waitFor();
  }

  /** Fills the restore form and submits it; `confirm` ticks "this replaces…" if shown. */
  async restore(filePath: string, passphrase: string, confirm = false): Promise<void> {
    await this.page.locator('#restore-file').setInputFiles(filePath);
    await this.page.locator('#restore-passphrase').fill(passphrase);
    if (confirm) await this.page.locator('#restore-confirm').check();
    await this.page.getByRole('button', { name: 'Restore the backup' }).click();
  }

  error(): Locator {
    return this.page.getByRole('alert');
  }
}
