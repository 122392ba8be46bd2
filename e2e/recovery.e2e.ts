import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningServer } from '@steady/server';
import { axeViolations } from './support/axe.ts';
import { openSession, TEST_EXIT_URL } from './support/browser.ts';
import { startAppServer } from './support/server.ts';
import { inspectStorage, slotSizes } from './support/storage.ts';
import { LockPage } from './pages/LockPage.ts';
import { ShellPage } from './pages/ShellPage.ts';

let server: RunningServer;
beforeAll(async () => {
  server = await startAppServer();
});
afterAll(async () => {
  await server.close();
});

const PASSPHRASE = 'thistle copper window 4471 kindly';

describe('the recovery key cannot be lost by accident', () => {
  test('until confirmed, it comes back after a reload and after a quick exit', async () => {
    const session = await openSession();
    try {
      const { page } = session;
      const lock = new LockPage(page);
      const shell = new ShellPage(page, server.url);
      await page.goto(server.url);
      await page.getByRole('heading', { name: 'Set up your lock' }).waitFor();
      await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
      await page.getByLabel('Type the passphrase again').fill(PASSPHRASE);
      await page.getByRole('button', { name: 'Set up the lock' }).click();
      const key = await lock.readRecoveryKey();
      expect(key).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{1,4})+$/);

      // A reload on this step: the next unlock shows the same key again.
      await page.reload();
      await lock.waitLocked();
      await lock.unlock(PASSPHRASE);
      expect(await lock.readRecoveryKey()).toBe(key);
      await page.getByText('You have not yet checked that you wrote down').waitFor();
      expect(await axeViolations(page)).toEqual([]);

      // Every other screen waits for it, but help is always there.
      await shell.goTo('Journal');
      expect(await lock.readRecoveryKey()).toBe(key);
      await page.getByRole('button', { name: 'Get help' }).click();
      await page.getByRole('heading', { name: 'Get help', exact: true }).waitFor();

      // A quick exit on this step: the same again.
      await shell.goTo('Home');
      await lock.readRecoveryKey();
      await shell.quickExit.click();
      await shell.waitForExit(TEST_EXIT_URL);
      await page.goto(server.url);
      await lock.waitLocked();
      await lock.unlock(PASSPHRASE);
      expect(await lock.readRecoveryKey()).toBe(key);

      // Wrong groups are refused; the right ones end it for good.
      await page.getByRole('button', { name: 'I have written it down' }).click();
      await page.getByLabel('Group 3').fill('ZZZZ');
      await page.getByLabel('The last group').fill('ZZZZ');
      await page.getByRole('button', { name: 'Check and finish' }).click();
      await page.getByText('Those parts do not match').waitFor();
      await page.getByRole('button', { name: 'Show the key again' }).click();
      await lock.confirmRecoveryKey(key);
      await page.reload();
      await lock.unlock(PASSPHRASE);
      await lock.waitUnlocked();
      expect(await page.getByRole('heading', { name: 'Your recovery key' }).count()).toBe(0);

      // And it works: it opens the vault and sets a new passphrase.
      await lock.lock();
      await lock.openRecovery();
      await lock.recover(key, 'a brand new passphrase for later');
      await lock.waitUnlocked();
    } finally {
      await session.close();
    }
  });

  test('Settings makes a new key: it opens the vault, the old one no longer does', async () => {
    const session = await openSession();
    try {
      const { page } = session;
      const lock = new LockPage(page);
      const shell = new ShellPage(page, server.url);
      await page.goto(server.url);
      const oldKey = await lock.setUp(PASSPHRASE);
      const before = await inspectStorage(page);

      await shell.goTo('Settings');
      const make = page.getByRole('button', { name: 'Make a new recovery key' });
      await page.getByLabel('Your passphrase, to confirm it is you').fill('not my passphrase');
      await make.click();
      await page.getByText('The current passphrase is not right. Nothing has changed.').waitFor();
      expect((await inspectStorage(page)).header).toEqual(before.header);

      await page.getByLabel('Your passphrase, to confirm it is you').fill(PASSPHRASE);
      await make.click();
      const newKey = await lock.readRecoveryKey();
      expect(newKey).not.toBe(oldKey);
      await page.getByText('This is your new recovery key. The old one no longer opens').waitFor();
      const after = await inspectStorage(page);
      // The same header size and slot count; every slot re-sealed.
      expect(after.header.length).toBe(before.header.length);
      expect(slotSizes(after.header)).toEqual(slotSizes(before.header));
      expect(after.header).not.toEqual(before.header);

      // Not confirmed before a reload: shown again after the next unlock.
      await page.reload();
      await lock.unlock(PASSPHRASE);
      expect(await lock.readRecoveryKey()).toBe(newKey);
      await lock.confirmRecoveryKey(newKey);

      await shell.goTo('Settings');
      await page.getByLabel('Your passphrase, to confirm it is you').fill(PASSPHRASE);
      await make.click();
      const third = await lock.readRecoveryKey();
      await lock.confirmRecoveryKey(third);
      await page
        .getByText('Your new recovery key is ready. The old one no longer works.')
        .waitFor();

      await lock.lock();
      await lock.openRecovery();
      for (const retired of [oldKey, newKey]) {
        await lock.recover(retired, 'another passphrase entirely 1');
        await expect(lock.error().textContent()).resolves.toContain('does not open Steady');
      }
      await lock.recover(third, 'another passphrase entirely 1');
      await lock.waitUnlocked();
    } finally {
      await session.close();
    }
  });
});
