import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningServer } from '@steady/server';
import { axeViolations } from './support/axe.ts';
import { openSession, TEST_EXIT_URL, type Session } from './support/browser.ts';
import { searchProfile } from './support/profile.ts';
import { startAppServer } from './support/server.ts';
import { JournalPage } from './pages/JournalPage.ts';
import { LockPage } from './pages/LockPage.ts';
import { ShellPage } from './pages/ShellPage.ts';

let server: RunningServer;
beforeAll(async () => {
  server = await startAppServer();
});
afterAll(async () => {
  await server.close();
});

const PASSPHRASE = 'lantern orchard velvet 4417 quietly';
// Content a person writes: it must never reach the disk in plain.
const MARKER = 'zq-vault-marker-7f3a91c2-what-happened-on-tuesday';
// Written in plain on purpose, to prove the profile search can find plaintext.
const CONTROL = 'zq-plain-control-5b8e04d7';
const NEW_PASSPHRASE = 'harbour pebble saffron 9031 gently';

describe('the vault in a real browser', () => {
  let session: Session;
  let recoveryKey = '';

  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(async () => {
    await session.close();
  });

  test('first run sets a passphrase and shows the recovery key until it is confirmed', async () => {
    const shell = new ShellPage(session.page, server.url);
    await session.page.goto(server.url);
    expect(await axeViolations(session.page)).toEqual([]);
    const lock = new LockPage(session.page);
    recoveryKey = await lock.setUp(PASSPHRASE);
    expect(recoveryKey).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{1,4}){6,}$/);
    expect(await shell.heading.textContent()).toBe('Welcome');

    const journal = new JournalPage(session.page);
    await journal.open();
    await journal.create({ stage: 'An incident of harm', severity: '3: quite bad', what: MARKER });
  });

  test('lock, then a wrong passphrase is refused and changes nothing', async () => {
    const lock = new LockPage(session.page);
    await lock.lock();
    expect(await axeViolations(session.page)).toEqual([]);
    await lock.unlock('not the passphrase at all');
    await expect(lock.error().textContent()).resolves.toContain('does not open Steady');
    await lock.unlock(PASSPHRASE);
    await lock.waitUnlocked();
  });

  test('the recovery key opens it and sets a new passphrase', async () => {
    const lock = new LockPage(session.page);
    await lock.lock();
    await lock.openRecovery();
    expect(await axeViolations(session.page)).toEqual([]);
    await lock.recover('AAAA-BBBB', NEW_PASSPHRASE);
    await expect(lock.error().textContent()).resolves.toContain('not a complete recovery key');
    await lock.recover(recoveryKey.toLowerCase().replaceAll('-', ' '), NEW_PASSPHRASE);
    await lock.waitUnlocked();
    await lock.lock();
    await lock.unlock(PASSPHRASE);
    await expect(lock.error().textContent()).resolves.toContain('does not open Steady');
    await lock.unlock(NEW_PASSPHRASE);
    await lock.waitUnlocked();
  });

  test('the passphrase can be changed in settings, and the old one stops working', async () => {
    const { page } = session;
    const shell = new ShellPage(page, server.url);
    const lock = new LockPage(page);
    await shell.goTo('Settings');
    await page.getByLabel('Current passphrase').fill('wrong current passphrase');
    await page.getByLabel('New passphrase').fill(PASSPHRASE);
    await page.getByLabel('Type the passphrase again').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Change passphrase' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('not right');
    await page.getByLabel('Current passphrase').fill(NEW_PASSPHRASE);
    await page.getByRole('button', { name: 'Change passphrase' }).click();
    await page.getByText('Your passphrase is changed').waitFor({ timeout: 30_000 });
    expect(await axeViolations(page)).toEqual([]);
    await lock.lock();
    await lock.unlock(NEW_PASSPHRASE);
    await expect(lock.error().textContent()).resolves.toContain('does not open Steady');
    await lock.unlock(PASSPHRASE);
    await lock.waitUnlocked();
    // Every change of credential kept the content readable.
    const journal = new JournalPage(page);
    await journal.open();
    await journal.search('tuesday');
    await page.getByText(MARKER).first().waitFor();
  });

  test('nothing secret is left in the browser profile in plain', async () => {
    await session.page.evaluate((control) => localStorage.setItem('control', control), CONTROL);
    await session.close({ keepProfile: true });
    const secrets = [
      PASSPHRASE,
      NEW_PASSPHRASE,
      recoveryKey,
      recoveryKey.replaceAll('-', ''),
      MARKER,
    ];
    const hits = await searchProfile(session.profileDir, [...secrets, CONTROL]);
    // The control is found, so the search works; nothing else is.
    expect(hits.some((hit) => hit.endsWith(CONTROL))).toBe(true);
    expect(hits.filter((hit) => !hit.endsWith(CONTROL))).toEqual([]);
    session = await openSession();
  });
});

describe('quick exit and the lock', () => {
  test('quick exit while the passphrase is being checked leaves, and coming back shows only the lock screen', async () => {
    const session = await openSession();
    try {
      const { page } = session;
      await page.goto(server.url);
      const lock = new LockPage(page);
      await lock.setUp(PASSPHRASE);
      await lock.lock();
      await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
      await page.getByRole('button', { name: 'Unlock', exact: true }).click();
      await new ShellPage(page, server.url).pressShiftThrice();
      await page.waitForURL(`${TEST_EXIT_URL}**`);
      // Steady's entry in the history was replaced: Back goes to what came before it.
      await page.goBack();
      expect(page.url().startsWith(server.url)).toBe(false);
      // Opening Steady again, the unlock that was under way did not complete.
      await page.goto(server.url);
      await lock.waitLocked();
      expect(await page.getByRole('button', { name: 'Lock', exact: true }).count()).toBe(0);
    } finally {
      await session.close();
    }
  });
});

describe('auto-lock', () => {
  test('locks after the chosen minutes without use (controlled clock)', async () => {
    const session = await openSession();
    try {
      const { page } = session;
      await page.clock.install();
      await page.goto(server.url);
      const lock = new LockPage(page);
      await lock.setUp(PASSPHRASE);
      await page.clock.runFor('04:30');
      expect(await page.getByRole('button', { name: 'Lock', exact: true }).isVisible()).toBe(true);
      await page.clock.runFor('00:31');
      await lock.waitLocked();

      // A shorter choice in settings takes effect.
      await lock.unlock(PASSPHRASE);
      await lock.waitUnlocked();
      await new ShellPage(page, server.url).goTo('Settings');
      await page.getByLabel('Lock after this many minutes without use').selectOption('1');
      await page.getByText('Saved.').waitFor();
      await page.clock.runFor('01:01');
      await lock.waitLocked();
    } finally {
      await session.close();
    }
  });
});
