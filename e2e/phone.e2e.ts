// Issue 21 on a 360 × 740 phone: the bar at the bottom holds at most five parts, the
// rest are one tap away behind "More", nothing in the navigation scrolls sideways, and
// the top bar keeps to one row (at most 64 px), in English and in Spanish.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningServer } from '@steady/server';
import { axeViolations } from './support/axe.ts';
import { openSession, type Session } from './support/browser.ts';
import { startAppServer } from './support/server.ts';
import { LockPage } from './pages/LockPage.ts';
import { openFromNav, ShellPage } from './pages/ShellPage.ts';

const PASSPHRASE = 'meadow copper lantern 5182 softly';
const PHONE = { width: 360, height: 740 };

let server: RunningServer;
beforeAll(async () => {
  server = await startAppServer();
});
afterAll(async () => {
  await server.close();
});

const LANGUAGES = [
  { locale: 'en-GB', more: 'More', settings: 'Settings', home: 'Home' },
  { locale: 'es-MX', more: 'Más', settings: 'Ajustes', home: 'Inicio' },
] as const;

/** Set up in English, then in Spanish when asked, chosen in Settings as a person would. */
async function unlocked(locale: string, viewport = PHONE): Promise<Session> {
  const session = await openSession({ viewport });
  const { page } = session;
  await page.goto(server.url);
  await new LockPage(page).setUp(PASSPHRASE);
  if (locale.startsWith('es')) {
    await openFromNav(page, 'Settings');
    await page.getByLabel('Language').selectOption('es');
    await page.getByLabel('Idioma').waitFor();
    await openFromNav(page, 'Inicio');
  }
  return session;
}

/** What a person would see go wrong: the top bar's height, the navigation's sideways room. */
async function measure(session: Session) {
  return session.page.evaluate(() => {
    const nav = document.querySelector('nav.nav ul.nav-bar')!;
    return {
      topBar: document.querySelector('header.topbar')!.getBoundingClientRect().height,
      navOverflow: nav.scrollWidth - nav.clientWidth,
      pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    };
  });
}

describe('on a 360 px phone', () => {
  for (const language of LANGUAGES) {
    test(`every part is reached from the bar or "More" (${language.locale})`, async () => {
      const session = await unlocked(language.locale);
      const { page } = session;
      try {
        const shell = new ShellPage(page, server.url);
        const bar = page.locator('nav.nav ul.nav-bar > li');
        expect(await bar.count()).toBeLessThanOrEqual(5);
        const more = page.getByRole('button', { name: language.more, exact: true });
        expect(await more.getAttribute('aria-expanded')).toBe('false');

        const names = (await shell.navItems().allTextContents()).filter(Boolean);
        // Twelve parts (Home, Journal, Report, Plan, Staying gone, Calm, Check in,
        // Progress, Learn, Self-check, Help, Settings), none lost behind "More".
        expect(names).toHaveLength(12);
        for (const name of names) {
          await shell.goTo(name);
          await shell.heading.waitFor();
          const sizes = await measure(session);
          expect({ name, ...sizes, topBar: sizes.topBar <= 64 }).toEqual({
            name,
            topBar: true,
            navOverflow: 0,
            pageOverflow: 0,
          });
          // Choosing a part closes the list.
          expect(await more.getAttribute('aria-expanded')).toBe('false');
        }
        // The part open now is behind "More": the button says so.
        await shell.goTo(language.settings);
        expect(await more.getAttribute('data-current')).toBe('true');
        await shell.goTo(language.home);
        expect(await more.getAttribute('data-current')).toBeNull();
      } finally {
        await session.close();
      }
    });

    test(`"More" opens and closes by keyboard and passes axe (${language.locale})`, async () => {
      const session = await unlocked(language.locale);
      const { page } = session;
      try {
        const more = page.getByRole('button', { name: language.more, exact: true });
        await more.focus();
        await page.keyboard.press('Enter');
        expect(await more.getAttribute('aria-expanded')).toBe('true');
        const settings = page
          .getByRole('navigation')
          .getByRole('button', { name: language.settings });
        expect(await settings.isVisible()).toBe(true);
        expect(await axeViolations(page)).toEqual([]);
        // Escape closes it and leaves focus on "More".
        await page.keyboard.press('Escape');
        expect(await more.getAttribute('aria-expanded')).toBe('false');
        expect(await settings.isVisible()).toBe(false);
        expect(
          await page.evaluate(() => document.activeElement?.getAttribute('aria-controls')),
        ).toBe('nav-rest');
        expect(await axeViolations(page)).toEqual([]);
        // A tap outside the navigation closes it too.
        await more.click();
        expect(await settings.isVisible()).toBe(true);
        await page.locator('main h1').click();
        expect(await more.getAttribute('aria-expanded')).toBe('false');
      } finally {
        await session.close();
      }
    });
  }

  test('the top bar keeps to one row at 320 px, in Spanish, locked and open', async () => {
    const session = await unlocked('es-MX', { width: 320, height: 640 });
    const { page } = session;
    try {
      expect((await measure(session)).topBar).toBeLessThanOrEqual(64);
      // The padlock stands for "Bloquear" on a narrow phone: its name is still the word.
      const lock = page.getByRole('button', { name: 'Bloquear', exact: true });
      expect(await lock.isVisible()).toBe(true);
      await lock.click();
      await page.getByRole('heading', { name: 'Desbloquear Steady' }).waitFor();
      expect((await measure(session)).topBar).toBeLessThanOrEqual(64);
      expect((await measure(session)).pageOverflow).toBe(0);
    } finally {
      await session.close();
    }
  });

  test('a wide screen shows every part in the sidebar, with no "More"', async () => {
    const session = await unlocked('en-GB', { width: 1280, height: 800 });
    const { page } = session;
    try {
      const shell = new ShellPage(page, server.url);
      const items = shell.navItems();
      const count = await items.count();
      expect(count).toBe(12);
      for (let i = 0; i < count; i++) expect(await items.nth(i).isVisible()).toBe(true);
      expect(await page.getByRole('button', { name: 'More', exact: true }).isVisible()).toBe(false);
    } finally {
      await session.close();
    }
  });
});
