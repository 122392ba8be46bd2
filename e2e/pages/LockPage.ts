import type { Page } from 'playwright-core';

/** Set-up, unlock and recovery: everything in front of the vault. */
export class LockPage {
  constructor(readonly page: Page) {}

  /** First run: choose a passphrase, read the recovery key, confirm two of its groups. */
  async setUp(passphrase: string): Promise<string> {
    const { page } = this;
    await page.getByRole('heading', { name: 'Set up your lock' }).waitFor();
    await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await page.getByLabel('Type the passphrase again').fill(passphrase);
    await page.getByRole('button', { name: 'Set up the lock' }).click();
    const key = await this.readRecoveryKey();
    await this.confirmRecoveryKey(key);
    return key;
  }

  /** The recovery key on the "Your recovery key" step, once it shows. */
  async readRecoveryKey(): Promise<string> {
    const { page } = this;
    await page.getByRole('heading', { name: 'Your recovery key' }).waitFor({ timeout: 30_000 });
    return (await page.locator('.recovery-group').allTextContents()).join('-');
  }

  /** "I have written it down", then two of its groups back. */
  async confirmRecoveryKey(key: string): Promise<void> {
    const { page } = this;
    const groups = key.split('-');
    await page.getByRole('button', { name: 'I have written it down' }).click();
    await page.getByLabel('Group 3').fill(groups[2]!.toLowerCase());
    await page.getByLabel('The last group').fill(groups[groups.length - 1]!);
    await page.getByRole('button', { name: 'Check and finish' }).click();
    // The confirmation is saved in the vault before the step goes: on a busy machine
    // that takes a while, and the Lock button already shows on this step.
    await page
      .getByRole('heading', { name: 'Check that you have it' })
      .waitFor({ state: 'detached', timeout: 30_000 });
    await page.getByRole('heading', { name: 'Your recovery key' }).waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Lock', exact: true }).waitFor();
  }

  async unlock(passphrase: string): Promise<void> {
    await this.page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await this.page.getByRole('button', { name: 'Unlock', exact: true }).click();
  }

  async waitUnlocked(): Promise<void> {
    await this.page.getByRole('button', { name: 'Lock', exact: true }).waitFor({ timeout: 30_000 });
  }

  async waitLocked(): Promise<void> {
    await this.page.getByRole('heading', { name: 'Unlock Steady' }).waitFor({ timeout: 30_000 });
  }

  async lock(): Promise<void> {
    await this.pressLock();
    await this.waitLocked();
  }

  /** The Lock button alone: under a cover, what comes next is the cover. */
  async pressLock(): Promise<void> {
    await this.page.getByRole('button', { name: 'Lock', exact: true }).click();
  }

  async openRecovery(): Promise<void> {
    await this.page.getByRole('button', { name: 'Forgot your passphrase?' }).click();
    await this.page.getByRole('heading', { name: 'Use your recovery key' }).waitFor();
  }

  async recover(recoveryKey: string, newPassphrase: string): Promise<void> {
    const { page } = this;
    await page.getByLabel('Recovery key', { exact: true }).fill(recoveryKey);
    await page.getByLabel('New passphrase').fill(newPassphrase);
    await page.getByLabel('Type the passphrase again').fill(newPassphrase);
    await page.getByRole('button', { name: 'Open and set the new passphrase' }).click();
  }

  error() {
    return this.page.getByRole('alert');
  }
}
