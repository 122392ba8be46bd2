import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { RunningServer } from '@steady/server';
import { axeViolations } from './support/axe.ts';
import { openSession } from './support/browser.ts';
import { searchProfile } from './support/profile.ts';
import { startAppServer } from './support/server.ts';
import { CheckInPage } from './pages/CheckInPage.ts';
import { JournalPage } from './pages/JournalPage.ts';
import { LockPage } from './pages/LockPage.ts';
import { ShellPage } from './pages/ShellPage.ts';
import { UrgesPage } from './pages/UrgesPage.ts';

let server: RunningServer;
beforeAll(async () => {
  server = await startAppServer();
});
afterAll(async () => {
  await server.close();
});

const PASSPHRASE = 'copper garden lantern 8802 slowly';
// Unique to this run, so a hit in the profile can only come from this test.
const run = randomBytes(4).toString('hex');
const WHAT = `zqdraftwhat${run} he read my messages again`;
const MORE = `zqdraftmore${run}`;
const NOTE = `zqdraftnote${run}`;
const UNSENT = `zqdraftunsent${run} I miss you`;
const CONTROL = `zqdraftcontrol${run}`;

const offer = (page: Page) => page.getByRole('region', { name: 'You were writing something' });

describe('drafts: nothing typed is lost to a lock', () => {
  test('an entry typed before an auto-lock comes back after unlock, and is nowhere in plain', async () => {
    const session = await openSession();
    try {
      const { page } = session;
      await page.clock.install();
      await page.goto(server.url);
      const lock = new LockPage(page);
      await lock.setUp(PASSPHRASE);
      const journal = new JournalPage(page);
      await journal.open();
      await journal.startNew();
      await journal.fill({ stage: 'An incident of harm', what: WHAT });

      // Thirty seconds before the lock, a quiet notice; "Stay unlocked" keeps it open.
      await page.clock.runFor('04:40');
      const notice = page.locator('.lock-soon');
      await notice.getByText('Locking in 30 seconds').waitFor();
      expect(await notice.getAttribute('role')).toBe('status');
      expect(await axeViolations(page)).toEqual([]);
      // Pressed through the DOM: Playwright's click waits for frames in which the button
      // stands still, and the installed clock can hold those frames back on a busy machine.
      await notice
        .getByRole('button', { name: 'Stay unlocked' })
        .evaluate((button: HTMLButtonElement) => button.click());
      await notice.getByText('Locking in 30 seconds').waitFor({ state: 'detached' });
      // Five minutes from the answer: still open after three (two to spare for a slow run).
      await page.clock.runFor('03:00');
      await lock.waitUnlocked();

      // Then the person walks away: the auto-lock comes with the entry half written.
      await page.clock.runFor('02:10');
      await lock.waitLocked();
      expect(await page.getByText(WHAT).count()).toBe(0);
      await lock.unlock(PASSPHRASE);
      await lock.waitUnlocked();
      await offer(page).waitFor();
      await offer(page).getByText('A new journal entry').waitFor();
      await offer(page).getByText(WHAT).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await offer(page).getByRole('button', { name: 'Carry on' }).click();

      await page.getByRole('heading', { name: 'A new entry' }).waitFor();
      await page.getByText('Carried on from what you were writing').waitFor();
      expect(await page.getByLabel('What happened', { exact: true }).inputValue()).toBe(WHAT);
      expect(await page.getByRole('radio', { name: 'An incident of harm' }).isChecked()).toBe(true);
      await journal.fill({ what: `${WHAT} ${MORE}`, severity: '3: quite bad' });
      await journal.save();
      await journal.entryHeading.waitFor();

      // Saved: no draft is offered any more.
      await lock.lock();
      await lock.unlock(PASSPHRASE);
      await lock.waitUnlocked();
      expect(await offer(page).count()).toBe(0);
      await journal.open();
      await page.getByText(MORE).first().waitFor();

      // Closed, the profile holds none of it in plain; the control shows the search works.
      await page.evaluate((control) => localStorage.setItem('control', control), CONTROL);
      await session.close({ keepProfile: true });
      const hits = await searchProfile(session.profileDir, [WHAT, MORE, CONTROL]);
      expect(hits.some((hit) => hit.endsWith(CONTROL))).toBe(true);
      expect(hits.filter((hit) => !hit.endsWith(CONTROL))).toEqual([]);
    } finally {
      await session.close();
    }
  });

  test('a check-in note and unsent words, kept by the Lock button: one carried on, one discarded', async () => {
    const session = await openSession();
    try {
      const { page } = session;
      await page.goto(server.url);
      const lock = new LockPage(page);
      await lock.setUp(PASSPHRASE);
      const checkin = new CheckInPage(page);
      await checkin.open();
      await page.getByLabel('One sentence about today (optional)').fill(NOTE);
      const urges = new UrgesPage(page);
      const shell = new ShellPage(page, server.url);
      await shell.goTo('Home');
      await urges.reachOut();
      await urges.next();
      await page.getByLabel('Your message (never sent)').fill(UNSENT);
      // Locked at once, with no pause for the draft's own timer.
      await lock.lock();
      await lock.unlock(PASSPHRASE);
      await lock.waitUnlocked();

      await offer(page).getByText('Words you chose not to send').waitFor();
      await offer(page).getByText('Today’s check-in').waitFor();
      const unsent = offer(page).getByRole('listitem').filter({ hasText: UNSENT });
      await unsent.getByRole('button', { name: 'Discard' }).click();
      await offer(page).getByText('Discarded. Nothing else was changed.').waitFor();
      expect(await offer(page).getByText(UNSENT).count()).toBe(0);
      const note = offer(page).getByRole('listitem').filter({ hasText: NOTE });
      await note.getByRole('button', { name: 'Carry on' }).click();
      await page.getByText('Carried on from what you were writing').waitFor();
      expect(await page.getByLabel('One sentence about today (optional)').inputValue()).toBe(NOTE);
      await page.getByRole('button', { name: 'Save today’s check-in' }).click();
      await page.getByText('Saved', { exact: false }).first().waitFor();

      // The discarded words are gone from the form too; the saved note stays saved.
      await shell.goTo('Home');
      await urges.reachOut();
      await urges.next();
      expect(await page.getByLabel('Your message (never sent)').inputValue()).toBe('');
      await lock.lock();
      await lock.unlock(PASSPHRASE);
      await lock.waitUnlocked();
      expect(await offer(page).count()).toBe(0);
      await checkin.open();
      // Today's saved check-in loads after the form appears: wait for it, as a person would.
      await page.getByText(checkin.w['checkin.already']).waitFor();
      expect(await page.getByLabel('One sentence about today (optional)').inputValue()).toBe(NOTE);
    } finally {
      await session.close();
    }
  });
});
