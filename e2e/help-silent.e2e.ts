import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningServer } from '@steady/server';
import { axeViolations } from './support/axe.ts';
import { openSession } from './support/browser.ts';
import { startAppServer } from './support/server.ts';
import { HelpPage } from './pages/HelpPage.ts';

// A phone, as the people using Steady mostly have.
const PHONE = { width: 360, height: 740 };

let server: RunningServer;

beforeAll(async () => {
  server = await startAppServer();
});
afterAll(async () => {
  await server?.close();
});

/** Help, before any set-up or unlock (it works while locked), in a fresh profile. */
async function withHelp(locale: string, fn: (help: HelpPage) => Promise<void>): Promise<void> {
  const session = await openSession({ locale, viewport: PHONE });
  const errors: string[] = [];
  session.page.on('pageerror', (error) => errors.push(error.message));
  try {
    await session.page.goto(server.url);
    const help = new HelpPage(session.page);
    await help.topBarButton.waitFor();
    await help.open();
    await fn(help);
    expect(errors).toEqual([]);
  } finally {
    await session.close();
  }
}

describe('if you cannot speak', () => {
  test('the UK shows 999 then 55, above the services', async () => {
    await withHelp('en-GB', async (help) => {
      for (const nation of ['GB-ENG', 'GB-SCT', 'GB-WLS', 'GB-NIR']) {
        await help.chooseCountry(nation);
        await help.silent.waitFor();
        expect(await help.silent.locator('h2').textContent()).toBe('If you cannot speak');
        expect(await help.silentHrefs(), nation).toEqual(['tel:999']);
        const text = (await help.silent.textContent()) ?? '';
        expect(text).toContain('press 55');
        // A police force’s own page first (re-checked 2026-12-02), then the others.
        expect(text).toMatch(
          /Source: .*avonandsomerset\.police\.uk.*iow\.gov\.uk.* · checked December 2, 2026/,
        );
        expect(await help.silentIsAboveServices(), nation).toBe(true);
      }
      expect(await axeViolations(help.page)).toEqual([]);
    });
  });

  test('France shows a text to 114; a country with no silent way listed shows none', async () => {
    await withHelp('en-GB', async (help) => {
      await help.chooseCountry('FR');
      await help.silent.waitFor();
      expect(await help.silentHrefs()).toEqual(['sms:114']);
      expect(await help.silent.textContent()).toContain('Send a text message to 114');
      expect(await help.silentIsAboveServices()).toBe(true);
      expect(await axeViolations(help.page)).toEqual([]);

      await help.chooseCountry('DE');
      await help.emergency.waitFor();
      expect(await help.silent.count()).toBe(0);
    });
  });

  test('in Spanish, with axe passing', async () => {
    await withHelp('es-ES', async (help) => {
      expect(await help.page.getAttribute('html', 'lang')).toBe('es');
      for (const [country, href, words] of [
        ['GB-ENG', 'tel:999', 'marca 55'],
        ['FR', 'sms:114', 'Envía un mensaje de texto al 114'],
        ['ES', 'https://wa.me/34600000016', 'WhatsApp'],
      ] as const) {
        await help.chooseCountry(country);
        await help.silent.waitFor();
        expect(await help.silent.locator('h2').textContent()).toBe('Si no puedes hablar');
        expect(await help.silentHrefs(), country).toEqual([href]);
        expect(await help.silent.textContent(), country).toContain(words);
        expect(await axeViolations(help.page), country).toEqual([]);
      }
      expect(
        await help.page.evaluate(() => document.documentElement.scrollWidth),
      ).toBeLessThanOrEqual(PHONE.width);
    });
  });
});
