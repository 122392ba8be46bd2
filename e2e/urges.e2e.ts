import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningServer } from '@steady/server';
import { axeViolations } from './support/axe.ts';
import { openSession, type Session } from './support/browser.ts';
import { startAppServer } from './support/server.ts';
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

const PASSPHRASE = 'meadow lantern copper 5521 slowly';

describe('staying gone: the urge flow', () => {
  let session: Session;

  beforeAll(async () => {
    session = await openSession();
    await session.page.goto(server.url);
    await new LockPage(session.page).setUp(PASSPHRASE);
  });
  afterAll(async () => {
    await session.close();
  });

  test('from home to the person’s reminders in under four taps', async () => {
    const { page } = session;
    const urges = new UrgesPage(page);
    // Words and plans written ahead of time, for the flow to show later.
    await new ShellPage(page, server.url).goTo('Staying gone');
    await urges.openManage();
    await urges.addReminder('I left because I was afraid in my own home.');
    await urges.addIfThen('I want to message them at night', 'I will text Ana instead');
    await urges.addPerson('Ana', '+44 7700 900123');
    await new ShellPage(page, server.url).goTo('Home');

    urges.taps = 0;
    await urges.reachOut();
    await urges.setStrength(8);
    await urges.next();
    expect(urges.taps).toBeLessThan(4);
    // The person's words arrive from the vault a moment after the step shows.
    await urges.reminders().first().waitFor();
    await expect(urges.reminders().allTextContents()).resolves.toEqual([
      'I left because I was afraid in my own home.',
    ]);
    await page
      .getByText('If I want to message them at night, then I will text Ana instead')
      .waitFor();
    expect(await page.getByRole('link', { name: 'Text Ana' }).getAttribute('href')).toBe(
      'sms:+447700900123',
    );
    expect(await page.getByRole('link', { name: 'Call Ana' }).getAttribute('href')).toBe(
      'tel:+447700900123',
    );
    await urges.keepUnsent('I still think about you every day.');
  });

  test('the log shows each week’s urges in a chart and a table', async () => {
    const { page } = session;
    const urges = new UrgesPage(page);
    await urges.openStart();
    await urges.setStrength(4);
    await urges.choosePull('urges.pull.loneliness');
    await urges.next();
    await urges.openLog();
    // A single week: a sentence says what the chart will show, not one bar in a frame.
    await urges.chartFew().waitFor();
    await expect(urges.chart().count()).resolves.toBe(0);
    await expect(urges.tableRows().count()).resolves.toBe(1);
    const cells = await urges.tableRows().first().locator('td').allTextContents();
    expect(cells).toEqual(['2', '6', '0']);

    // The count of days without contact starts hidden (it works like a streak); it can
    // be shown and hidden again, and the choice is kept.
    expect(await page.getByText(/Days without contact:/).count()).toBe(0);
    await page.getByRole('button', { name: 'Show the count of days without contact' }).click();
    await page.getByRole('button', { name: 'Hide the count' }).waitFor();
    await urges.openStart();
    await urges.openLog();
    await page.getByRole('button', { name: 'Hide the count' }).click();
    await page.getByRole('button', { name: 'Show the count of days without contact' }).waitFor();
    await urges.openStart();
    await urges.openLog();
    await page.getByRole('button', { name: 'Show the count of days without contact' }).waitFor();
  });

  test('a pinned journal entry shows its date as the person’s language writes it', async () => {
    const { page } = session;
    const journal = new JournalPage(page);
    const urges = new UrgesPage(page);
    await journal.open();
    await journal.create({
      date: '2026-11-14',
      stage: 'An incident of harm',
      severity: '3: quite bad',
      what: 'He shouted until the neighbours knocked.',
    });
    await page.getByRole('button', { name: 'Pin as a reminder' }).click();
    await page.getByRole('status').filter({ hasText: 'Pinned.' }).waitFor();
    await new ShellPage(page, server.url).goTo('Home');
    await urges.reachOut();
    await urges.next();
    const pinned = page.getByRole('region', { name: 'What happened, as you wrote it' });
    await pinned.getByText('He shouted until the neighbours knocked.').waitFor();
    expect(await pinned.locator('time').textContent()).toBe('Nov 14, 2026');
    expect(await pinned.locator('time').getAttribute('datetime')).toBe('2026-11-14');
  });
});

describe('the 24-hour hold', () => {
  test('survives reload and lock, ends on time, and takes the outcome', async () => {
    const session = await openSession();
    try {
      const { page } = session;
      await page.clock.install();
      await page.goto(server.url);
      const lock = new LockPage(page);
      await lock.setUp(PASSPHRASE);
      const urges = new UrgesPage(page);
      const shell = new ShellPage(page, server.url);
      await urges.reachOut();
      await urges.next();
      await urges.startHold();
      // The running hold is on every view of Staying gone, not only the step that started it.
      await urges.openLog();
      await urges.chartFew().waitFor();
      await expect(urges.countdown().textContent()).resolves.toMatch(/ left$/);
      await urges.openManage();
      await expect(urges.countdown().textContent()).resolves.toMatch(/ left$/);
      await urges.openStart();
      await expect(urges.countdown().textContent()).resolves.toMatch(/ left$/);
      expect(await page.getByRole('button', { name: 'Start a 24-hour hold' }).count()).toBe(0);
      await shell.goTo('Home');
      await expect(urges.countdown().textContent()).resolves.toMatch(
        /^(23 h 59|24 h 0) min \d+ s left$/,
      );

      await page.reload();
      await lock.waitLocked();
      await lock.unlock(PASSPHRASE);
      await lock.waitUnlocked();
      await expect(urges.countdown().textContent()).resolves.toMatch(
        /^(23 h 5\d|24 h 0) min \d+ s left$/,
      );

      await page.clock.runFor('02:00:00');
      await lock.waitLocked(); // auto-lock after five minutes without use
      await lock.unlock(PASSPHRASE);
      await lock.waitUnlocked();
      await expect(urges.countdown().textContent()).resolves.toMatch(
        /^(21 h 5\d|22 h 0) min \d+ s left$/,
      );

      await lock.lock();
      await page.clock.fastForward('22:00:01');
      await lock.unlock(PASSPHRASE);
      await lock.waitUnlocked();
      await urges.holdEnded().waitFor();
      expect(await urges.countdown().count()).toBe(0);

      await urges.recordOutcome('contacted', 3);
      await expect(urges.saved().textContent()).resolves.toContain(
        'Reaching out does not undo what you have done so far.',
      );
      expect(await urges.holdEnded().count()).toBe(0);

      await shell.goTo('Staying gone');
      await urges.openLog();
      await urges.chartFew().waitFor();
      const cells = await urges.tableRows().first().locator('td').allTextContents();
      expect(cells[2]).toBe('1');
      await page.getByRole('button', { name: 'Show the count of days without contact' }).click();
      await page.getByText('Days without contact: 0').waitFor();
    } finally {
      await session.close();
    }
  });
});

describe('accessibility of every urges screen', () => {
  // Spanish is checked dark and at 320 px wide, English light at the default width.
  test.each(['en', 'es'] as const)('axe finds nothing in %s', async (locale) => {
    const session = await openSession(
      locale === 'es'
        ? { colorScheme: 'dark', viewport: { width: 320, height: 640 } }
        : { colorScheme: 'light' },
    );
    try {
      const { page } = session;
      await page.goto(server.url);
      await new LockPage(page).setUp(PASSPHRASE);
      const shell = new ShellPage(page, server.url);
      if (locale === 'es') {
        await shell.goTo('Settings');
        await page.getByLabel('Language').selectOption('es');
        await page.getByRole('heading', { name: 'Ajustes' }).waitFor();
        await shell.goTo('Inicio');
      }
      const urges = new UrgesPage(page, locale);
      await urges.reachOut();
      expect(await axeViolations(page)).toEqual([]);
      await urges.choosePull('urges.pull.fear');
      await urges.next();
      await urges.startHold();
      expect(await axeViolations(page)).toEqual([]);
      await urges.openManage();
      await urges.addReminder(locale === 'es' ? 'Merezco vivir en paz.' : 'I deserve peace.');
      expect(await axeViolations(page)).toEqual([]);
      await urges.openLog();
      await urges.chartFew().waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await shell.goTo(locale === 'es' ? 'Inicio' : 'Home');
      await urges.countdown().waitFor();
      expect(await axeViolations(page)).toEqual([]);
      // Nothing sideways-scrolls at the narrowest width.
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
      ).toBe(true);
    } finally {
      await session.close();
    }
  });
});
