import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningServer } from '@steady/server';
import { axeViolations } from './support/axe.ts';
import { openSession, type Session } from './support/browser.ts';
import { startAppServer } from './support/server.ts';
import { CalmPage } from './pages/CalmPage.ts';
import { CheckInPage } from './pages/CheckInPage.ts';
import { LockPage } from './pages/LockPage.ts';
import { openFromNav } from './pages/ShellPage.ts';
import { ProgressPage } from './pages/ProgressPage.ts';

let server: RunningServer;
beforeAll(async () => {
  server = await startAppServer();
});
afterAll(async () => {
  await server.close();
});

const PASSPHRASE = 'harbour willow seven 4410 gently';

describe('paced breathing', () => {
  test('phases follow the clock, pause holds the place, and the session ends on time', async () => {
    const session = await openSession();
    try {
      const { page } = session;
      // Time in the page is ours to move: nothing here waits on real seconds.
      await page.clock.install();
      await page.goto(server.url);
      const calm = new CalmPage(page);
      await calm.open();
      await calm.openBreathing();
      await calm.chooseLength(1);
      await calm.start();
      await calm.waitForPhase('calm.phase.in');
      await expect(calm.breathOf().textContent()).resolves.toBe('Breath 1 of 6');

      await page.clock.runFor(1000);
      const early = await calm.circle().evaluate((el) => getComputedStyle(el).transform);
      await page.clock.runFor(1500);
      const later = await calm.circle().evaluate((el) => getComputedStyle(el).transform);
      expect(early).not.toBe('none');
      expect(later).not.toBe(early);

      await page.clock.runFor(1600);
      await calm.waitForPhase('calm.phase.out');
      await page.clock.runFor(6000);
      await calm.waitForPhase('calm.phase.in');
      await expect(calm.breathOf().textContent()).resolves.toBe('Breath 2 of 6');

      await calm.button('calm.pause').click();
      await calm.waitForPhase('calm.paused');
      await page.clock.runFor(30_000);
      await calm.button('calm.resume').click();
      await calm.waitForPhase('calm.phase.in');
      await expect(calm.breathOf().textContent()).resolves.toBe('Breath 2 of 6');

      expect(await axeViolations(page)).toEqual([]);

      await page.clock.runFor(50_000);
      await calm.button('calm.again').waitFor();
      await page.getByText(calm.w['calm.done']).first().waitFor();
    } finally {
      await session.close();
    }
  });

  test('under reduced motion there is no moving circle, only words and a count', async () => {
    const session = await openSession({ reducedMotion: 'reduce' });
    try {
      const { page } = session;
      await page.goto(server.url);
      const calm = new CalmPage(page);
      await calm.open();
      await calm.openBreathing();
      await calm.start();
      // Start turns into Pause where it stands: keyboard focus is not lost.
      await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(
        calm.w['calm.pause'],
      );
      await calm.waitForPhase('calm.phase.in');
      await expect(calm.count().textContent()).resolves.toMatch(/^Breathe in… [1-4]$/);
      await calm.waitForPhase('calm.phase.out');
      await expect(calm.count().textContent()).resolves.toMatch(/^Breathe out… [1-6]$/);
      expect(await calm.circle().count()).toBe(0);
      const moving = await page.evaluate(() => ({
        animations: document.getAnimations().length,
        transformed: Array.from(document.querySelectorAll('.calm-breath, .calm-breath *')).filter(
          (el) => getComputedStyle(el).transform !== 'none',
        ).length,
      }));
      expect(moving).toEqual({ animations: 0, transformed: 0 });
      await calm.button('calm.stop').click();
      await page.getByRole('button', { name: calm.w['calm.start'] }).waitFor();
    } finally {
      await session.close();
    }
  });
});

describe('grounding', () => {
  test('the 5-4-3-2-1 exercise and feet on the floor, step by step', async () => {
    const session = await openSession();
    try {
      const { page } = session;
      await page.goto(server.url);
      const calm = new CalmPage(page);
      await calm.open();
      await calm.openGrounding();
      await calm.completeGrounding('calm.ground.senses', 5);
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: calm.w['calm.ground.choose'] }).click();
      await calm.completeGrounding('calm.ground.feet', 3);
    } finally {
      await session.close();
    }
  });
});

describe('check-in, rebuilding log and progress', () => {
  let session: Session;

  beforeAll(async () => {
    session = await openSession();
    await session.page.goto(server.url);
    await new LockPage(session.page).setUp(PASSPHRASE);
  });
  afterAll(async () => {
    await session.close();
  });

  test('a check-in is saved, and saving again replaces that day’s', async () => {
    const checkin = new CheckInPage(session.page);
    await checkin.open();
    await checkin.fill(
      { steadiness: 3, sleep: 4, safety: 7, feelingLikeMyself: 2, urge: 8 },
      'Hard day.',
    );
    await checkin.save();
    expect(await axeViolations(session.page)).toEqual([]);

    const progress = new ProgressPage(session.page);
    await progress.open();
    await checkin.open();
    await session.page.getByText(checkin.w['checkin.already']).waitFor();
    await expect(checkin.scale('steadiness').inputValue()).resolves.toBe('3');
    await checkin.fill(
      { steadiness: 6, sleep: 5, safety: 8, feelingLikeMyself: 4, urge: 5 },
      'Better.',
    );
    await checkin.save();
  });

  test('freedoms and connections are logged', async () => {
    const checkin = new CheckInPage(session.page);
    await checkin.logStep('freedom', 'Wore the green coat I love');
    await checkin.logStep('connection', 'Had coffee with my sister');
    await expect(checkin.steps().count()).resolves.toBe(2);
  });

  test('the progress view shows them in tables beside the charts', async () => {
    const { page } = session;
    const progress = new ProgressPage(page);
    await progress.open();
    await page.getByText(progress.w['progress.intro']).waitFor();
    // One week, one day: in each chart's place, what will appear there, not a lone dot.
    await progress.few('progress.feltFewWeeks').waitFor();
    await progress.few('progress.stepsFewWeeks').waitFor();
    await progress.few('progress.daysFew').waitFor();
    await expect(page.locator('main').getByRole('img').count()).resolves.toBe(0);

    // One check-in this week: the replaced one, not both.
    const felt = progress.feltTable('week');
    await expect(progress.rows(felt).count()).resolves.toBe(1);
    await expect(progress.cells(felt)).resolves.toEqual(['1', '6', '6']);
    await expect(progress.cells(progress.stepsTable('week'))).resolves.toEqual([
      '1',
      '1',
      '0',
      'none',
    ]);
    await expect(progress.rows(progress.daysTable()).count()).resolves.toBe(1);
    await expect(progress.cells(progress.daysTable())).resolves.toEqual(['6', '6']);
    expect(await axeViolations(page)).toEqual([]);

    await progress.show('safety');
    await expect(progress.cells(progress.feltTable('week', 'safety'))).resolves.toEqual([
      '1',
      '8',
      '8',
    ]);
    await progress.few('progress.feltFewWeeks').waitFor();

    await progress.byMonth('safety');
    await expect(progress.rows(progress.feltTable('month', 'safety')).count()).resolves.toBe(1);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('every screen passes axe in English and in Spanish', async () => {
    const { page } = session;
    const calm = new CalmPage(page);
    await calm.open();
    expect(await axeViolations(page)).toEqual([]);
    await calm.openGrounding();
    expect(await axeViolations(page)).toEqual([]);

    await openFromNav(page, 'Settings');
    await page.getByLabel('Language').selectOption('es');
    await page.getByRole('navigation', { name: 'Principal' }).waitFor();

    const calmEs = new CalmPage(page, 'es');
    await calmEs.open();
    expect(await axeViolations(page)).toEqual([]);
    await calmEs.chooseMoment('thinking');
    expect(await axeViolations(page)).toEqual([]);
    await calmEs.openBreathing();
    await calmEs.start();
    await calmEs.waitForPhase('calm.phase.in');
    expect(await axeViolations(page)).toEqual([]);
    await calmEs.button('calm.stop').click();
    await calmEs.openGrounding();
    expect(await axeViolations(page)).toEqual([]);

    const checkinEs = new CheckInPage(page, 'es');
    await checkinEs.open();
    await page.getByText(checkinEs.w['checkin.already']).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    const progressEs = new ProgressPage(page, 'es');
    await progressEs.open();
    await progressEs.feltTable('week').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // Dark, and as narrow as a small phone: still readable, nothing runs off the side.
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.setViewportSize({ width: 320, height: 720 });
    const overflow = () =>
      page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
    expect(await axeViolations(page)).toEqual([]);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await checkinEs.open();
    expect(await axeViolations(page)).toEqual([]);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await calmEs.open();
    expect(await axeViolations(page)).toEqual([]);
    expect(await overflow()).toBeLessThanOrEqual(0);
  });
});
