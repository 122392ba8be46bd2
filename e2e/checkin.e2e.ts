import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningServer } from '@steady/server';
import { axeViolations } from './support/axe.ts';
import { openSession, type Session } from './support/browser.ts';
import { startAppServer } from './support/server.ts';
import { CheckInPage, type Scales } from './pages/CheckInPage.ts';
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

const PASSPHRASE = 'pebble orchard quiet 7316 evenly';
const UNTOUCHED: ReadonlyArray<keyof Scales> = ['sleep', 'safety', 'feelingLikeMyself', 'urge'];

// On a small phone, as most people using Steady will be.
describe('a check-in at 360 × 740: sliders start unanswered', () => {
  let session: Session;
  let checkin: CheckInPage;

  beforeAll(async () => {
    session = await openSession({ viewport: { width: 360, height: 740 } });
    await session.page.goto(server.url);
    await new LockPage(session.page).setUp(PASSPHRASE);
    checkin = new CheckInPage(session.page);
  });
  afterAll(async () => {
    await session.close();
  });

  test('every slider starts as not answered, seen and heard; saving nothing is refused', async () => {
    const { page } = session;
    await checkin.open();
    for (const name of [...UNTOUCHED, 'steadiness'] as const) {
      await expect(checkin.heard(name)).resolves.toBe('Not answered');
      await expect(checkin.shown(name)).resolves.toBe('Not answered');
      expect(await checkin.clear(name).count()).toBe(0);
    }
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: checkin.w['checkin.save'] }).click();
    await page.getByRole('status').filter({ hasText: checkin.w['checkin.nothing'] }).waitFor();
    expect(await page.getByText(checkin.w['checkin.already']).count()).toBe(0);
  });

  test('a tap answers, and an answer can be cleared again', async () => {
    await checkin.scale('sleep').click();
    await expect(checkin.heard('sleep')).resolves.toBe('5 of 10');
    await checkin.clear('sleep').click();
    await expect(checkin.heard('sleep')).resolves.toBe('Not answered');
  });

  test('a check-in saved without touching a slider stores no value for it', async () => {
    const { page } = session;
    await checkin.fill({ steadiness: 6 }, 'Only one scale today.');
    await checkin.save();

    // Read back after a reload and an unlock: what was stored, not what the form held.
    await page.reload();
    const lock = new LockPage(page);
    await lock.waitLocked();
    await lock.unlock(PASSPHRASE);
    await lock.waitUnlocked();
    await checkin.open();
    await page.getByText(checkin.w['checkin.already']).waitFor();
    await expect(checkin.heard('steadiness')).resolves.toBe('6 of 10');
    for (const name of UNTOUCHED) {
      await expect(checkin.heard(name), name).resolves.toBe('Not answered');
    }
    expect(await axeViolations(page)).toEqual([]);

    // Progress counts the check-in, averages only what was answered, and draws no 0.
    const progress = new ProgressPage(page);
    await progress.open();
    await expect(progress.cells(progress.feltTable('week'))).resolves.toEqual(['1', '6', '6']);
    await expect(progress.cells(progress.daysTable())).resolves.toEqual(['6', '6']);
    await progress.show('sleep');
    await expect(progress.cells(progress.feltTable('week', 'sleep'))).resolves.toEqual([
      '1',
      'none',
      'none',
    ]);
    await expect(progress.rows(progress.daysTable()).count()).resolves.toBe(0);
    const chart = progress.chart('Sleep, week by week');
    await expect(chart.locator('.progress-dot').count()).resolves.toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('in Spanish, the unanswered scales say so in Spanish', async () => {
    const { page } = session;
    await new ShellPage(page, server.url).goTo('Settings');
    await page.getByLabel('Language').selectOption('es');
    await page.getByRole('navigation', { name: 'Principal' }).waitFor();
    const es = new CheckInPage(page, 'es');
    await es.open();
    await page.getByText(es.w['checkin.already']).waitFor();
    await expect(es.heard('steadiness')).resolves.toBe('6 de 10');
    await expect(es.heard('sleep')).resolves.toBe('Sin responder');
    await expect(es.shown('sleep')).resolves.toBe('Sin responder');
    expect(await axeViolations(page)).toEqual([]);
  });
});
