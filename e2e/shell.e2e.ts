import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningServer } from '@steady/server';
import { axeViolations } from './support/axe.ts';
import {
  foreignRequests,
  openSession,
  TEST_EXIT_URL,
  waitForServiceWorker,
  type Session,
} from './support/browser.ts';
import { startAppServer } from './support/server.ts';
import { ShellPage } from './pages/ShellPage.ts';

let server: RunningServer;
const allRequests: string[] = [];

beforeAll(async () => {
  server = await startAppServer();
});
afterAll(async () => {
  await server.close();
});

async function withSession<T>(
  fn: (session: Session, shell: ShellPage) => Promise<T>,
  options?: Parameters<typeof openSession>[0],
): Promise<T> {
  const session = await openSession(options);
  try {
    const shell = new ShellPage(session.page, server.url);
    return await fn(session, shell);
  } finally {
    allRequests.push(...session.requests);
    await session.close();
  }
}

describe('the shell', () => {
  test('renders in English, then in Spanish when chosen, and remembers it', async () => {
    await withSession(async ({ page }, shell) => {
      await shell.open();
      await expect(shell.heading.textContent()).resolves.toBe('Set up your lock');
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      expect(await shell.quickExit.textContent()).toBe('Quick exit');

      await shell.goTo('Settings');
      await page.getByLabel('Language').selectOption('es');
      await page.getByRole('heading', { name: 'Ajustes' }).waitFor();
      expect(await page.getAttribute('html', 'lang')).toBe('es');
      expect(await shell.quickExit.textContent()).toBe('Salida rápida');

      await page.reload();
      await shell.heading.waitFor();
      expect(await shell.heading.textContent()).toBe('Configura tu bloqueo');
      expect(await page.getAttribute('html', 'lang')).toBe('es');
      // The page title and address never name a screen or anything written.
      expect(await page.title()).toBe('Steady');
      expect(new URL(page.url()).pathname).toBe('/');
    });
  });

  test('a Spanish-speaking browser opens in Spanish', async () => {
    await withSession(
      async ({ page }, shell) => {
        await shell.open();
        expect(await shell.heading.textContent()).toBe('Configura tu bloqueo');
        expect(await page.getAttribute('html', 'lang')).toBe('es');
      },
      { locale: 'es-MX' },
    );
  });

  test('the quick-exit button leaves to the neutral page and Back does not bring content back', async () => {
    await withSession(async ({ page }, shell) => {
      await page.goto(`${server.url}/robots-missing.txt`).catch(() => undefined);
      await shell.open();
      await shell.goTo('Settings');
      await page.getByLabel('Web address').fill('https://typed-secret.example');
      await shell.quickExit.click();
      await shell.waitForExit(TEST_EXIT_URL);
      expect(await page.textContent('h1')).toBe('Weather today');

      await page.goBack();
      await page.waitForLoadState();
      // Back lands on the page before Steady, or on a fresh start of Steady: never
      // on the screen that was open, and never on what was typed there.
      const text = (await page.textContent('body')) ?? '';
      expect(text).not.toContain('typed-secret');
      expect(await page.locator('h1').allTextContents()).not.toContain('Settings');
    });
  });

  test('Shift pressed three times, even while typing in a field, leaves at once', async () => {
    await withSession(async ({ page }, shell) => {
      await shell.open();
      await shell.goTo('Settings');
      const field = page.getByLabel('Web address');
      await field.click();
      await field.pressSequentially('Some Text');
      await shell.pressShiftThrice();
      await shell.waitForExit(TEST_EXIT_URL);
      await page.goBack();
      await page.waitForLoadState();
      expect((await page.textContent('body')) ?? '').not.toContain('Some Text');
    });
  });

  test('typing capital letters with Shift does not trigger quick exit', async () => {
    await withSession(async ({ page }, shell) => {
      await shell.open();
      await shell.goTo('Settings');
      const field = page.getByLabel('Web address');
      await field.fill('');
      await field.pressSequentially('ABC DEF');
      expect(await field.inputValue()).toBe('ABC DEF');
      expect(page.url()).toContain(server.url);
    });
  });

  test('quick exit goes to the address chosen in settings', async () => {
    await withSession(async ({ page, context }, shell) => {
      await context.route('https://news.example.org/**', (route) =>
        route.fulfill({ contentType: 'text/html', body: '<h1>News</h1>' }),
      );
      await shell.open();
      await shell.goTo('Settings');
      await page.getByLabel('Web address').fill('not an address');
      await page.getByRole('button', { name: 'Save address' }).click();
      await expect(page.getByRole('status').textContent()).resolves.toContain(
        'does not look like a web address',
      );
      await page.getByLabel('Web address').fill('https://news.example.org/today');
      await page.getByRole('button', { name: 'Save address' }).click();
      await page.reload();
      await shell.heading.waitFor();
      await shell.quickExit.click();
      await page.waitForURL('https://news.example.org/today');
      expect(await page.textContent('h1')).toBe('News');
    });
  });

  test('after one visit the app opens with the network off', async () => {
    await withSession(async ({ page, context }, shell) => {
      await shell.open();
      await waitForServiceWorker(page);
      await context.setOffline(true);
      await page.reload();
      await shell.heading.waitFor();
      expect(await shell.heading.textContent()).toBe('Set up your lock');
      await shell.goTo('Settings');
      await page.getByRole('heading', { name: 'Settings' }).waitFor();
    });
  });

  test('works from a 320 px phone to a desktop without sideways scrolling', async () => {
    for (const viewport of [
      { width: 320, height: 640 },
      { width: 1280, height: 800 },
    ]) {
      await withSession(
        async ({ page }, shell) => {
          await shell.open();
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          );
          expect(overflow).toBeLessThanOrEqual(0);
          expect(await shell.quickExit.isVisible()).toBe(true);
        },
        { viewport },
      );
    }
  });

  test('keyboard alone reaches quick exit and every screen, with a visible focus', async () => {
    await withSession(async ({ page }, shell) => {
      await shell.open();
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
        'Skip to main content',
      );
      // Get help sits just before quick exit, which stays last in the top bar.
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Get help');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Quick exit');
      const outline = await page.evaluate(
        () => getComputedStyle(document.activeElement as Element).outlineStyle,
      );
      expect(outline).toBe('solid');
      // On through the bar at the bottom, each item in turn, then "More" opened with
      // Enter, and on through what it shows, to Settings.
      const reached: string[] = [];
      for (let i = 0; i < 12 && reached.at(-1) !== 'Settings'; i++) {
        await page.keyboard.press('Tab');
        const name = (await page.evaluate(() => document.activeElement?.textContent)) ?? '';
        reached.push(name);
        if (name === 'More') {
          await page.keyboard.press('Enter');
          expect(
            await page.evaluate(() => document.activeElement?.getAttribute('aria-expanded')),
          ).toBe('true');
        }
      }
      expect(reached).toContain('More');
      expect(reached.at(-1)).toBe('Settings');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: 'Settings' }).waitFor();
    });
  });

  test('axe finds no WCAG 2.2 A/AA violation on any screen, in both themes and languages', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await withSession(
        async ({ page }, shell) => {
          await shell.open();
          const names = await shell.navItems().allTextContents();
          expect(names.length).toBeGreaterThan(1);
          for (const name of names) {
            await shell.goTo(name);
            await page.locator('main h1').waitFor();
            expect({ screen: name, colorScheme, violations: await axeViolations(page) }).toEqual({
              screen: name,
              colorScheme,
              violations: [],
            });
          }
          await shell.goTo('Settings');
          await page.getByLabel('Language').selectOption('es');
          await page.getByRole('heading', { name: 'Ajustes' }).waitFor();
          expect(await axeViolations(page)).toEqual([]);
        },
        { colorScheme },
      );
    }
  });

  test('reduced motion turns transitions off', async () => {
    await withSession(
      async ({ page }, shell) => {
        await shell.open();
        const duration = await page.evaluate(
          () => getComputedStyle(document.querySelector('nav button')!).transitionDuration,
        );
        expect(duration).toBe('0s');
      },
      { reducedMotion: 'reduce' },
    );
  });
});

describe('the whole run', () => {
  test('made no request to any origin but the app’s own', () => {
    expect(allRequests.length).toBeGreaterThan(10);
    const chosenExits = [TEST_EXIT_URL, 'https://news.example.org/today'];
    expect(foreignRequests(allRequests, server.url, chosenExits)).toEqual([]);
  });
});
