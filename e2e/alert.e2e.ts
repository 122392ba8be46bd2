import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningServer } from '@steady/server';
import { axeViolations } from './support/axe.ts';
import { openSession, type Session } from './support/browser.ts';
import { startAppServer } from './support/server.ts';
import { AlertPage } from './pages/AlertPage.ts';
import { HelpPage } from './pages/HelpPage.ts';
import { LockPage } from './pages/LockPage.ts';
import { PlanPage } from './pages/PlanPage.ts';
import { ShellPage } from './pages/ShellPage.ts';

// A phone, as the people using Steady mostly have.
const PHONE = { width: 360, height: 740 };
const PASSPHRASE = 'harbour velvet signal 7364 quietly';
const run = randomBytes(4).toString('hex');
// Letters and digits only, so the code word reads the same encoded or not.
const CODE_WORD = `marigold${run}`;
const ANA = { name: `Ana${run}`, phone: '+44 7700 900123', digits: '+447700900123' };
const BEN = { name: `Ben${run}`, phone: '07700 900456', digits: '07700900456' };
const CARO = { name: `Caro${run}`, reach: 'ask at the bakery' };

let server: RunningServer;
let session: Session;

beforeAll(async () => {
  server = await startAppServer();
  session = await openSession({ viewport: PHONE });
  await session.page.goto(server.url);
  await new LockPage(session.page).setUp(PASSPHRASE);
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

/**
 * Headless Chromium has no messages app: after an sms: link it holds the tab behind
 * its "open another app?" prompt, which takes no more input. The tests carry on in a
 * fresh tab of the same profile (locked, as after any restart).
 */
async function reopenTab(): Promise<void> {
  const fresh = await session.context.newPage();
  await session.page.close();
  session.page = fresh;
  await fresh.setViewportSize(PHONE);
  await fresh.goto(server.url);
  const lock = new LockPage(fresh);
  await lock.unlock(PASSPHRASE);
  await lock.waitUnlocked();
}

async function goHome(): Promise<void> {
  await new ShellPage(session.page, server.url).goTo(/^(Home|Inicio)$/);
}

describe('alert my people', () => {
  test('with nobody in the plan, it says so and leads to the plan', async () => {
    const alert = new AlertPage(session.page);
    await alert.waitShown();
    expect(await alert.panel.textContent()).toContain('No one in your safety plan');
    expect(await alert.link.count()).toBe(0);
    expect(await axeViolations(session.page)).toEqual([]);
    await alert.panel.getByRole('button', { name: 'Go to my safety plan' }).click();
    await new PlanPage(session.page).overview.waitFor();
  });

  test('the alert opens an sms: link to the chosen people whose body holds the code word', async () => {
    const { page } = session;
    const plan = new PlanPage(page);
    await plan.openSection('people');
    await plan.field('people', 'codeWord').fill(CODE_WORD);
    await plan.addPerson(ANA.name, ANA.phone, []);
    await plan.addPerson(BEN.name, BEN.phone, []);
    await plan.addPerson(CARO.name, CARO.reach, []);
    await plan.waitSaved();

    await goHome();
    const alert = new AlertPage(page);
    await alert.waitShown();
    // The one tap: everyone with a number chosen, the code word already written.
    expect(await alert.message.inputValue()).toBe(CODE_WORD);
    expect(await alert.href()).toBe(`sms:${ANA.digits},${BEN.digits}?body=${CODE_WORD}`);
    // Caro has no number: named, so she is not dropped without the person knowing.
    expect(await alert.panel.locator('.alert-unreachable').textContent()).toContain(CARO.name);

    // Their own words, to one person: the link follows the choice, encoded.
    await alert.recipient(BEN.name).uncheck();
    await alert.message.fill(`${CODE_WORD} & call me?`);
    expect(await alert.href()).toBe(`sms:${ANA.digits}?body=${CODE_WORD}%20%26%20call%20me%3F`);
    await alert.recipient(ANA.name).uncheck();
    expect(await alert.link.count()).toBe(0);
    expect(await alert.panel.textContent()).toContain('Choose at least one person');
    await alert.recipient(ANA.name).check();
    await alert.recipient(BEN.name).check();
    await alert.message.fill(CODE_WORD);

    // The tap itself: Chromium is asked to follow the sms: link, and nothing else.
    const nav = await alert.recordNavigation();
    await alert.link.click();
    await expect.poll(() => nav.urls.length).toBeGreaterThan(0);
    await page.waitForTimeout(300);
    await nav.stop();
    expect(nav.urls).toEqual([`sms:${ANA.digits},${BEN.digits}?body=${CODE_WORD}`]);
    // Steady itself stays where it was; nothing was loaded in its place.
    expect(page.url()).toBe(`${server.url}/`);
    await reopenTab();
  });

  test('practice mode opens nothing', async () => {
    const { page } = session;
    await goHome();
    const alert = new AlertPage(page);
    await alert.waitShown();
    await alert.practice.check();
    expect(await alert.link.count()).toBe(0);

    const nav = await alert.recordNavigation();
    await alert.practiceButton.click();
    await alert.status.filter({ hasText: 'nothing was sent' }).waitFor();
    expect(await alert.status.textContent()).toContain(ANA.name);
    // Long enough for a followed link to be reported (it takes milliseconds).
    await page.waitForTimeout(1_000);
    await nav.stop();
    expect(nav.urls).toEqual([]);
    expect(page.url()).toBe(`${server.url}/`);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('it is on Help too while Steady is open, and not while it is locked', async () => {
    const { page } = session;
    const help = new HelpPage(page);
    await help.open();
    const alert = new AlertPage(page);
    await alert.waitShown();
    expect(await alert.href()).toBe(`sms:${ANA.digits},${BEN.digits}?body=${CODE_WORD}`);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Lock', exact: true }).click();
    await help.open();
    await help.emergency.waitFor();
    expect(await alert.panel.count()).toBe(0);
    await goHome();
    const lock = new LockPage(page);
    await lock.unlock(PASSPHRASE);
    await lock.waitUnlocked();
  });

  test('axe passes on Home and Help with the alert, in Spanish', async () => {
    const { page } = session;
    await new ShellPage(page, server.url).goTo('Settings');
    await page.locator('#settings-language').selectOption('es');
    await page.waitForFunction(() => document.documentElement.lang === 'es');
    await goHome();
    const alert = new AlertPage(page);
    await alert.waitShown();
    expect(await alert.panel.locator('h2').textContent()).toBe('Avisar a mi gente');
    expect(await axeViolations(page), 'es home').toEqual([]);
    await alert.practice.check();
    await alert.practiceButton.click();
    await alert.status.filter({ hasText: 'ni se envió nada' }).waitFor();
    expect(await axeViolations(page), 'es home, practice').toEqual([]);
    await new HelpPage(page).topBarButton.click();
    await page.locator('main h1#help-title').waitFor();
    await alert.waitShown();
    expect(await axeViolations(page), 'es help').toEqual([]);
    // Nothing wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      PHONE.width,
    );
  });
});
