import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { RunningServer } from '@steady/server';
import { axeViolations } from './support/axe.ts';
import { openSession } from './support/browser.ts';
import { startAppServer } from './support/server.ts';
import { CalculatorPage } from './pages/CalculatorPage.ts';
import { LockPage } from './pages/LockPage.ts';
import { ShellPage } from './pages/ShellPage.ts';

let server: RunningServer;
beforeAll(async () => {
  server = await startAppServer();
});
afterAll(async () => {
  await server.close();
});

const PASSPHRASE = 'meadow copper lantern 2291';

/**
 * What the browser shows of a cover outside its page: the tab title, the icon and the
 * install manifest (its name and first icon), with nothing of Steady on the page.
 */
async function expectCoverLook(
  page: Page,
  look: { name: string; manifest: string; icon: string; firstIcon: string },
): Promise<void> {
  expect(await page.title()).toBe(look.name);
  expect(await page.getAttribute('link[rel="manifest"]', 'href')).toBe(look.manifest);
  expect(await page.getAttribute('link[rel="icon"]', 'href')).toBe(look.icon);
  const manifest = await page.evaluate((href) => fetch(href).then((r) => r.json()), look.manifest);
  expect(manifest.name).toBe(look.name);
  expect(manifest.icons[0].src).toBe(look.firstIcon);
  // Nothing of Steady is on the page.
  expect(await page.textContent('body')).not.toContain('Steady');
  expect(await axeViolations(page)).toEqual([]);
}

describe('the calculator disguise', () => {
  test('once chosen, Steady opens as a working calculator whose code leads to the lock screen', async () => {
    const session = await openSession();
    try {
      const { page } = session;
      const shell = new ShellPage(page, server.url);
      await page.goto(server.url);
      await new LockPage(page).setUp(PASSPHRASE);
      await shell.goTo('Settings');
      await page.getByLabel('Open as a calculator').check();
      await page.getByLabel('Your code (4 to 8 digits)').fill('12a');
      await page.getByRole('button', { name: 'Save disguise' }).click();
      await page.getByText('The code must be 4 to 8 digits').waitFor();
      await page.getByLabel('Your code (4 to 8 digits)').fill('4417');
      await page.getByRole('button', { name: 'Save disguise' }).click();
      await page.getByText('Your code is 4417').waitFor();

      await page.reload();
      const calc = new CalculatorPage(page);
      await calc.display().waitFor();
      await expectCoverLook(page, {
        name: 'Calculator',
        manifest: '/manifest-calculator.webmanifest',
        icon: '/calc.svg',
        firstIcon: '/calc-192.png',
      });

      await calc.tap('12+30=');
      expect(await calc.display().textContent()).toBe('42');
      await calc.tap('C7*6=');
      expect(await calc.display().textContent()).toBe('42');
      await calc.tap('4417=');
      await new LockPage(page).waitLocked();
      expect(await page.title()).toBe('Calculator');
      await new LockPage(page).unlock(PASSPHRASE);
      await new LockPage(page).waitUnlocked();

      // Turning it off brings Steady's own look back.
      await shell.goTo('Settings');
      await page.getByLabel('No disguise').check();
      await page.getByRole('button', { name: 'Save disguise' }).click();
      await page.reload();
      await page.getByRole('heading', { name: 'Unlock Steady' }).waitFor();
      expect(await page.getAttribute('link[rel="manifest"]', 'href')).toBe('/manifest.webmanifest');
      expect(await page.title()).toBe('Steady');
    } finally {
      await session.close();
    }
  });

  test('quick exit still leaves from the cover', async () => {
    const session = await openSession({ locale: 'es-ES' });
    try {
      const { page } = session;
      await page.goto(server.url);
      await page.evaluate(() =>
        localStorage.setItem(
          'steady.prefs',
          JSON.stringify({
            locale: 'es',
            theme: 'dark',
            disguise: 'calculator',
            disguiseCode: '2580',
          }),
        ),
      );
      await page.reload();
      await new CalculatorPage(page).display().waitFor();
      expect(await page.title()).toBe('Calculadora');
      expect(await axeViolations(page)).toEqual([]);
      await new ShellPage(page, server.url).pressShiftThrice();
      await page.waitForURL('https://www.bbc.com/weather**');
    } finally {
      await session.close();
    }
  });
});

describe('the unit converter disguise', () => {
  test('converts for real, and the code typed as the amount opens the lock screen', async () => {
    const session = await openSession({ reducedMotion: 'reduce' });
    try {
      const { page } = session;
      const shell = new ShellPage(page, server.url);
      await page.goto(server.url);
      await new LockPage(page).setUp(PASSPHRASE);
      await shell.goTo('Settings');
      await page.getByLabel('Open as a unit converter').check();
      await page.getByLabel('Your code (4 to 8 digits)').fill('90210');
      await page.getByRole('button', { name: 'Save disguise' }).click();
      await page.getByText('Type your code 90210 as the amount').waitFor();

      await page.reload();
      await page.getByRole('heading', { name: 'Converter' }).waitFor();
      await expectCoverLook(page, {
        name: 'Converter',
        manifest: '/manifest-converter.webmanifest',
        icon: '/conv.svg',
        firstIcon: '/conv-192.png',
      });

      const result = page.locator('output.conv-result');
      // 10 km in miles, by the exact definition of the mile (1609.344 m).
      await page.getByLabel('Amount').fill('10');
      await expect(result.textContent()).resolves.toBe('6.213712');
      await page.getByLabel('Measure').selectOption('temperature');
      await page.getByLabel('Amount').fill('100');
      await expect(result.textContent()).resolves.toBe('212');
      await page.getByRole('button', { name: 'Swap units' }).click();
      await expect(result.textContent()).resolves.toBe('37.777778');
      await page.getByLabel('Amount').fill('ten');
      await expect(result.textContent()).resolves.toBe('Type a number, like 2.5.');
      // Pressing Convert on an ordinary amount only converts.
      await page.getByLabel('Amount').fill('1234');
      await page.getByRole('button', { name: 'Convert' }).click();
      expect(await page.getByRole('heading', { name: 'Converter' }).count()).toBe(1);

      // Keyboard alone: the code typed as the amount, then Enter.
      await page.getByLabel('Amount').fill('');
      await page.getByLabel('Amount').focus();
      await page.keyboard.type('90210');
      await page.keyboard.press('Enter');
      await new LockPage(page).waitLocked();
      expect(await page.title()).toBe('Converter');
    } finally {
      await session.close();
    }
  });
});
