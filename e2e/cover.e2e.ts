import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { RunningServer } from '@steady/server';
import { emulateInstallable, openSession, setPageHidden } from './support/browser.ts';
import { startAppServer } from './support/server.ts';
import { CoverPage, type Cover } from './pages/CoverPage.ts';
import { LockPage } from './pages/LockPage.ts';
import { ShellPage } from './pages/ShellPage.ts';

let server: RunningServer;
beforeAll(async () => {
  server = await startAppServer();
});
afterAll(async () => {
  await server.close();
});

const PASSPHRASE = 'orchard pewter lantern 6034 gently';
const DURESS = 'shopping list friday 2210';

async function setDuress(page: Page, mode: 'decoy' | 'erase'): Promise<void> {
  await new ShellPage(page, server.url).goTo('Settings');
  const form = page.getByRole('form', { name: 'A passphrase for when you are made to unlock' });
  await form.getByLabel(mode === 'decoy' ? /Open a decoy/ : /Erase, then open a decoy/).check();
  await form.getByLabel('Passphrase for when you are made to unlock').fill(DURESS);
  await form.getByLabel('Type that passphrase again').fill(DURESS);
  await form.getByLabel('Your own passphrase, to confirm it is you').fill(PASSPHRASE);
  await form.getByRole('button', { name: 'Set this passphrase' }).click();
  await form.getByText('Saved. Type it at the lock screen').waitFor({ timeout: 60_000 });
}

const CASES: ReadonlyArray<{ cover: Cover; code: string; duress: 'decoy' | 'erase' }> = [
  { cover: 'calculator', code: '4417', duress: 'decoy' },
  { cover: 'converter', code: '90210', duress: 'erase' },
];

describe.each(CASES)('under the $cover cover', ({ cover, code, duress }) => {
  test('every way of locking ends on the working cover, with nothing of Steady behind it', async () => {
    const session = await openSession();
    try {
      const { page } = session;
      await emulateInstallable(page);
      await page.clock.install();
      await page.goto(server.url);
      const lock = new LockPage(page);
      const shell = new ShellPage(page, server.url);
      const covered = new CoverPage(page, cover);
      await lock.setUp(PASSPHRASE);
      await setDuress(page, duress);
      await page.getByLabel('Also lock as soon as I switch away from Steady').check();
      await page.getByText('Saved.').first().waitFor();
      await covered.choose(server.url, code);

      const openFromCover = async (passphrase = PASSPHRASE) => {
        await covered.open(code);
        await lock.waitLocked();
        expect(await page.title()).toBe(covered.title);
        await lock.unlock(passphrase);
        await lock.waitUnlocked();
      };

      // A fresh start shows the cover.
      await page.reload();
      await covered.expectCovered();

      // 1. The Lock button.
      await openFromCover();
      await shell.goTo('Journal');
      await lock.pressLock();
      await covered.expectCovered();

      // 2. Auto-lock, after the default five minutes without use.
      await openFromCover();
      await page.clock.runFor('05:01');
      await covered.expectCovered();

      // 3. The page is hidden (another app, the phone's lock button).
      await openFromCover();
      await setPageHidden(page, true);
      await covered.expectCovered();
      await setPageHidden(page, false);
      await covered.expectCovered();

      // The lock screen itself goes back behind the cover when the page is hidden.
      await covered.open(code);
      await lock.waitLocked();
      await setPageHidden(page, true);
      await covered.expectCovered();
      await setPageHidden(page, false);

      // 4. Quick exit in the installed app returns to the cover instead of leaving.
      await openFromCover();
      await page.evaluate(
        () => ((window as unknown as { __installed: boolean }).__installed = true),
      );
      await shell.quickExit.click();
      await page.waitForLoadState('load');
      await covered.expectCovered();
      expect(new URL(page.url()).origin).toBe(server.url);

      // 5. A lock inside the decoy (or in what the erase left).
      await openFromCover(DURESS);
      await lock.pressLock();
      await covered.expectCovered();
      if (duress === 'erase') {
        // After the erase the old passphrase opens nothing; the lock screen says so,
        // and a lock from there is the cover again.
        await covered.open(code);
        await lock.waitLocked();
        await lock.unlock(PASSPHRASE);
        await expect(lock.error().textContent()).resolves.toContain('does not open');
        await setPageHidden(page, true);
        await covered.expectCovered();
        await setPageHidden(page, false);
      }
    } finally {
      await session.close();
    }
  });
});
