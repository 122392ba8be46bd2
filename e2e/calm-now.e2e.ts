import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningServer } from '@steady/server';
import { axeViolations } from './support/axe.ts';
import { pageOverflow } from './support/layout.ts';
import { openSession, type Session } from './support/browser.ts';
import { startAppServer } from './support/server.ts';
import { CalmPage } from './pages/CalmPage.ts';
import { LockPage } from './pages/LockPage.ts';
import { ShellPage } from './pages/ShellPage.ts';

let server: RunningServer;
beforeAll(async () => {
  server = await startAppServer();
});
afterAll(async () => {
  await server.close();
});

const PASSPHRASE = 'meadow copper kettle 5821 quietly';
const PHONE = { width: 360, height: 740 };

describe('Calm, chosen by what is happening now (360 px wide)', () => {
  test('each moment offers three things to try; a new exercise runs step by step, before any unlock', async () => {
    const session = await openSession({ viewport: PHONE });
    try {
      const { page } = session;
      await page.goto(server.url);
      const calm = new CalmPage(page);
      await calm.open();
      await page.getByRole('heading', { name: calm.w['calm.nowTitle'] }).waitFor();
      // Locked: the exercises are there, the person's own list waits for the unlock.
      await page.getByText(calm.w['calm.ownLocked']).waitFor();

      const sleep = await calm.chooseMoment('sleep');
      expect(await sleep.getAttribute('aria-pressed')).toBe('true');
      expect(await calm.offered()).toEqual([
        calm.w['calm.ex.release'],
        calm.w['calm.ex.place'],
        calm.w['calm.ground.counting'],
      ]);
      expect(await axeViolations(page)).toEqual([]);
      expect(await pageOverflow(page)).toBe(0);

      await calm.completeGrounding('calm.ex.release', 5);
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: calm.w['calm.ground.choose'] }).click();
      // Back at the list, focus is on its heading, not lost at the top of the page.
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.id))
        .toBe('calm-now-title');

      const angry = await calm.chooseMoment('angry');
      expect(await sleep.getAttribute('aria-pressed')).toBe('false');
      expect(await angry.getAttribute('aria-pressed')).toBe('true');
      expect(await calm.offered()).toEqual([
        calm.w['calm.ex.shake'],
        calm.w['calm.tryBreathing'],
        calm.w['calm.ex.release'],
      ]);
      // Breathing is offered as a card too: it opens the breathing view.
      await page
        .getByRole('button', {
          name: `${calm.w['calm.ground.begin']}: ${calm.w['calm.tryBreathing']}`,
        })
        .click();
      await page.getByRole('heading', { name: calm.w['calm.breatheTitle'] }).waitFor();

      await calm.openNow();
      for (const [moment, first, steps] of [
        ['thinking', 'calm.ex.reasons', 4],
        ['numb', 'calm.ground.senses', 5],
      ] as const) {
        await calm.chooseMoment(moment);
        expect((await calm.offered())[0]).toBe(calm.w[first]);
        await calm.completeGrounding(first, steps);
        await page.getByRole('button', { name: calm.w['calm.ground.choose'] }).click();
      }
      await calm.chooseMoment('panic');
      expect(await calm.offered()).toContain(calm.w['calm.ground.feet']);
    } finally {
      await session.close();
    }
  });
});

describe('your own list in Calm', () => {
  let session: Session;
  let calm: CalmPage;
  const list = () => session.page.locator('.calm-own li');
  const box = () => session.page.getByLabel(calm.w['calm.ownLabel'], { exact: true });

  beforeAll(async () => {
    session = await openSession({ viewport: PHONE });
    await session.page.goto(server.url);
    await new LockPage(session.page).setUp(PASSPHRASE);
    calm = new CalmPage(session.page);
  });
  afterAll(async () => {
    await session?.close();
  });

  test('empty at first; empty words are refused beside the box; lines are added by keyboard alone', async () => {
    const { page } = session;
    await calm.open();
    await page.getByText(calm.w['calm.ownEmpty']).waitFor();
    await page.getByRole('button', { name: calm.w['calm.ownAdd'] }).click();
    await page.getByRole('alert').getByText(calm.w['calm.ownEmptyText']).waitFor();
    expect(await box().getAttribute('aria-invalid')).toBe('true');
    expect(await box().getAttribute('aria-describedby')).toBe('calm-own-said');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('calm-own-text');
    expect(await list().count()).toBe(0);

    await page.keyboard.type('Call my sister');
    await page.keyboard.press('Enter');
    await page.getByRole('status').getByText(calm.w['calm.ownAdded']).waitFor();
    await box().focus();
    await page.keyboard.type('The song about the sea');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await list().nth(1).waitFor();
    expect(await list().allTextContents()).toEqual([
      `Call my sister${calm.w['calm.ownRemove']}`,
      `The song about the sea${calm.w['calm.ownRemove']}`,
    ]);
    expect(await box().inputValue()).toBe('');
    expect(await page.getByText(calm.w['calm.ownEmpty']).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    expect(await pageOverflow(page)).toBe(0);
  });

  test('it is kept locked with the rest: there again after a lock and unlock, and one line can go', async () => {
    const { page } = session;
    const lock = new LockPage(page);
    await lock.lock();
    await lock.unlock(PASSPHRASE);
    await lock.waitUnlocked();
    await calm.open();
    await list().nth(1).waitFor();
    await page
      .getByRole('button', {
        name: calm.w['calm.ownRemoveOne'].replace('{text}', 'Call my sister'),
      })
      .click();
    await page.getByRole('status').getByText(calm.w['calm.ownRemoved']).waitFor();
    await expect
      .poll(() => list().allTextContents())
      .toEqual([`The song about the sea${calm.w['calm.ownRemove']}`]);
    // Focus goes back to the list's heading, not to the top of the page.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('calm-own-title');
  });

  test('in Spanish too, and axe passes', async () => {
    const { page } = session;
    const shell = new ShellPage(page, server.url);
    await shell.goTo('Settings');
    await page.getByLabel('Language').selectOption('es');
    await page.getByRole('navigation', { name: 'Principal' }).waitFor();
    const calmEs = new CalmPage(page, 'es');
    await calmEs.open();
    await page.getByRole('heading', { name: calmEs.w['calm.ownTitle'] }).waitFor();
    await calmEs.chooseMoment('numb');
    expect(await calmEs.offered()).toHaveLength(3);
    expect(await axeViolations(page)).toEqual([]);
    expect(await pageOverflow(page)).toBe(0);
    await new ShellPage(page, server.url).goTo('Ajustes');
    await page.getByLabel('Idioma').selectOption('en');
  });
});
