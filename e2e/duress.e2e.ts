import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { RunningServer } from '@steady/server';
import { axeViolations } from './support/axe.ts';
import { openSession, type Session } from './support/browser.ts';
import { searchProfile } from './support/profile.ts';
import { startAppServer } from './support/server.ts';
import { inspectStorage, slotSizes } from './support/storage.ts';
import { JournalPage } from './pages/JournalPage.ts';
import { LockPage } from './pages/LockPage.ts';
import { ProgressPage } from './pages/ProgressPage.ts';
import { ShellPage } from './pages/ShellPage.ts';

let server: RunningServer;
beforeAll(async () => {
  server = await startAppServer();
});
afterAll(async () => {
  await server.close();
});

const PASSPHRASE = 'juniper ferry cobalt 5120 softly';
const DURESS = 'grocery list tuesday 7734';
const MARKER = 'zq-duress-real-3c9e1f-he-took-my-keys';

async function setUpWithRecord(session: Session): Promise<void> {
  const { page } = session;
  await page.goto(server.url);
  await new LockPage(page).setUp(PASSPHRASE);
  const journal = new JournalPage(page);
  await journal.open();
  await journal.create({ stage: 'An incident of harm', severity: '3: quite bad', what: MARKER });
}

async function setDuress(page: Page, mode: 'decoy' | 'erase'): Promise<void> {
  await new ShellPage(page, server.url).goTo('Settings');
  const form = page.getByRole('form', { name: 'A passphrase for when you are made to unlock' });
  await expect(form.getByRole('status').first().textContent()).resolves.toBe('Not set.');
  await form.getByLabel(mode === 'decoy' ? /Open a decoy/ : /Erase, then open a decoy/).check();
  await form.getByLabel('Passphrase for when you are made to unlock').fill(DURESS);
  await form.getByLabel('Type that passphrase again').fill(DURESS);
  await form.getByLabel('Your own passphrase, to confirm it is you').fill('not my passphrase');
  await form.getByRole('button', { name: 'Set this passphrase' }).click();
  await expect(form.getByRole('alert').textContent()).resolves.toContain('not right');
  await form.getByLabel('Your own passphrase, to confirm it is you').fill(PASSPHRASE);
  await form.getByRole('button', { name: 'Set this passphrase' }).click();
  await form.getByText('Saved. Type it at the lock screen').waitFor({ timeout: 60_000 });
  await expect(form.getByRole('status').first().textContent()).resolves.toContain(
    mode === 'decoy' ? 'opens a harmless decoy' : 'erases your records',
  );
  expect(await axeViolations(page)).toEqual([]);
}

/** What someone standing over the person sees after the unlock. */
async function expectDecoy(page: Page): Promise<void> {
  const lock = new LockPage(page);
  await lock.waitUnlocked();
  expect(await new ShellPage(page, server.url).heading.textContent()).toBe('Welcome');
  const journal = new JournalPage(page);
  await journal.open();
  await page.locator('.journal-empty').waitFor();
  expect(await page.getByText(MARKER).count()).toBe(0);
  // Ordinary check-ins fill the progress screen, as if the app were used for that.
  const progress = new ProgressPage(page);
  await progress.open();
  const weeks = progress.feltTable('week');
  await weeks.waitFor();
  expect(await progress.rows(weeks).count()).toBeGreaterThan(0);
  // Settings say no duress passphrase is set, as they would on any phone.
  await new ShellPage(page, server.url).goTo('Settings');
  const form = page.getByRole('form', { name: 'A passphrase for when you are made to unlock' });
  await expect(form.getByRole('status').first().textContent()).resolves.toBe('Not set.');
}

describe('the duress passphrase', () => {
  test('opens a decoy that hides the real records; the real passphrase still opens them', async () => {
    const session = await openSession();
    try {
      const { page } = session;
      await setUpWithRecord(session);
      const before = await inspectStorage(page);
      await setDuress(page, 'decoy');
      const lock = new LockPage(page);
      await lock.lock();
      const set = await inspectStorage(page);

      await lock.unlock(DURESS);
      await expectDecoy(page);
      // The person can lock again from the decoy; the real vault is untouched.
      await lock.lock();
      await lock.unlock(PASSPHRASE);
      await lock.waitUnlocked();
      const journal = new JournalPage(page);
      await journal.open();
      await page.getByText(MARKER).first().waitFor();

      // Same number and sizes of keyslots before and after, and one header size.
      expect(set.header.length).toBe(before.header.length);
      expect(slotSizes(set.header)).toEqual(slotSizes(before.header));
      expect(slotSizes(before.header)).toEqual([221, 221, 221, 221]);
      expect(set.header).not.toEqual(before.header);
      // Neither passphrase reached storage in plain, nor the real record.
      await page.evaluate(() => localStorage.setItem('control', 'zq-plain-duress-control'));
      await session.close({ keepProfile: true });
      const hits = await searchProfile(session.profileDir, [
        DURESS,
        PASSPHRASE,
        MARKER,
        'zq-plain-duress-control',
      ]);
      expect(hits.some((hit) => hit.endsWith('zq-plain-duress-control'))).toBe(true);
      expect(hits.filter((hit) => !hit.endsWith('zq-plain-duress-control'))).toEqual([]);
    } finally {
      await session.close();
    }
  });

  test('erases the real vault and opens the decoy as if it were the only one', async () => {
    const session = await openSession();
    try {
      const { page } = session;
      await setUpWithRecord(session);
      await setDuress(page, 'erase');
      const lock = new LockPage(page);
      await lock.lock();
      const before = await inspectStorage(page);

      await lock.unlock(DURESS);
      await expectDecoy(page);
      const after = await inspectStorage(page);
      expect(after.header.length).toBe(before.header.length);
      expect(slotSizes(after.header)).toEqual(slotSizes(before.header));
      expect(after.header).not.toEqual(before.header);
      // The real records are gone, not only their keys: fewer records than before.
      expect(after.records).toBeLessThan(before.records);

      await lock.lock();
      await lock.unlock(PASSPHRASE);
      await expect(lock.error().textContent()).resolves.toContain('does not open Steady');
      // The duress passphrase is now simply the passphrase.
      await lock.unlock(DURESS);
      await lock.waitUnlocked();
    } finally {
      await session.close();
    }
  });
});
