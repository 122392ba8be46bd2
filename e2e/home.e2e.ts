// Issue 21: Home leads. The emergency number once the country is known, one tap to the
// main tools, and for a new person a "start here" list that marks what is done and
// can be put away (kept in the vault, so it stays away after a lock).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningServer } from '@steady/server';
import { axeViolations } from './support/axe.ts';
import { openSession, type Session } from './support/browser.ts';
import { searchProfile } from './support/profile.ts';
import { startAppServer } from './support/server.ts';
import { CoverPage } from './pages/CoverPage.ts';
import { LockPage } from './pages/LockPage.ts';
import { openFromNav, ShellPage } from './pages/ShellPage.ts';

const PASSPHRASE = 'orchard pebble violet 2290 calmly';
const PHONE = { width: 360, height: 740 };

let server: RunningServer;
beforeAll(async () => {
  server = await startAppServer();
});
afterAll(async () => {
  await server.close();
});

describe('home as a hub', () => {
  let session: Session;
  beforeAll(async () => {
    // An en-US browser: the country is known from the browser's region.
    session = await openSession({ locale: 'en-US', viewport: PHONE });
    await session.page.goto(server.url);
    await new LockPage(session.page).setUp(PASSPHRASE);
  });
  afterAll(async () => {
    await session.close();
  });

  test('shows the emergency number, and the shortcuts open their parts', async () => {
    const { page } = session;
    const shell = new ShellPage(page, server.url);
    const call = page.locator('.home-emergency a');
    await call.waitFor();
    expect(await call.textContent()).toBe('Call 911');
    expect(await call.getAttribute('href')).toBe('tel:911');
    expect(await page.locator('.home-emergency').textContent()).toContain('United States');

    const shortcuts = page.getByRole('region', { name: 'Go straight to' });
    for (const [name, heading] of [
      ['Journal', 'Journal'],
      ['My plan', 'Your safety plan'],
      ['Calm', 'Calm your body'],
      ['Check in', 'Daily check-in'],
    ] as const) {
      await shell.goTo('Home');
      await shortcuts.getByRole('button', { name, exact: true }).click();
      await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
    }
    await shell.goTo('Home');
    expect(await axeViolations(page)).toEqual([]);
  });

  test('start here marks what is done, and leads to what is not', async () => {
    const { page } = session;
    const shell = new ShellPage(page, server.url);
    await shell.goTo('Home');
    const start = page.getByRole('region', { name: 'Start here' });
    await start.waitFor();
    // Nothing chosen yet but the recovery key, which set-up made sure of.
    expect(await start.locator('.home-start-step.done').count()).toBe(1);
    expect(await start.locator('.home-start-step.done').textContent()).toContain('recovery key');

    await start.getByRole('button', { name: /Choose your country/ }).click();
    await page.getByRole('heading', { name: 'Get help', level: 1 }).waitFor();
    await page.getByLabel('Your country or region').selectOption('US');

    await new CoverPage(page, 'calculator').choose(server.url, '2468');
    await shell.goTo('Home');
    await start.waitFor();
    expect(await start.locator('.home-start-step.done').count()).toBe(3);
    const left = start.locator('.home-start-step:not(.done)');
    expect(await left.count()).toBe(1);
    expect(await left.textContent()).toContain('Add a person you trust');
    await left.getByRole('button').click();
    await page.locator('.plan-overview').waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  test('put away, the list stays away after a lock, and nothing of it is on disk in plain', async () => {
    const { page } = session;
    await openFromNav(page, 'Home');
    const start = page.getByRole('region', { name: 'Start here' });
    await start.getByRole('button', { name: 'Put this list away' }).click();
    await start.waitFor({ state: 'detached' });
    // The cover is on now: locking shows it; its code opens the lock screen.
    await new LockPage(page).pressLock();
    await new CoverPage(page, 'calculator').open('2468');
    await new LockPage(page).unlock(PASSPHRASE);
    await new LockPage(page).waitUnlocked();
    await page.locator('.home-emergency a').waitFor();
    await page.getByRole('region', { name: 'Go straight to' }).waitFor();
    expect(await page.getByRole('region', { name: 'Start here' }).count()).toBe(0);
    // Kept in the vault, not in the plain preferences, and never written out in plain.
    const plain = await page.evaluate(() => JSON.stringify({ ...localStorage }));
    expect(plain).not.toContain('startHere');
    // Written in plain on purpose, to show the search finds what is there.
    const control = 'zq-home-plain-control-61b2';
    await page.evaluate((text) => localStorage.setItem('control', text), control);
    await session.context.close();
    const hits = await searchProfile(session.profileDir, ['"startHereHidden":true', control]);
    expect(hits.some((hit) => hit.endsWith(control))).toBe(true);
    expect(hits.filter((hit) => !hit.endsWith(control))).toEqual([]);
  });
});

describe('home in Spanish', () => {
  test('says the number and the list in Spanish, with axe passing, light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const session = await openSession({ locale: 'en-US', viewport: PHONE, colorScheme });
      const { page } = session;
      try {
        await page.goto(server.url);
        await new LockPage(page).setUp(PASSPHRASE);
        await openFromNav(page, 'Settings');
        await page.getByLabel('Language').selectOption('es');
        await page.getByLabel('Idioma').waitFor();
        await openFromNav(page, 'Inicio');
        const call = page.locator('.home-emergency a');
        await call.waitFor();
        expect(await call.textContent()).toBe('Llamar al 911');
        await page.getByRole('region', { name: 'Para empezar' }).waitFor();
        await page.getByRole('region', { name: 'Ir directo a' }).waitFor();
        expect(await axeViolations(page)).toEqual([]);
      } finally {
        await session.close();
      }
    }
  });
});
