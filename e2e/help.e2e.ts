import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DIRECTORY } from '@steady/core/help';
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
import { HelpPage } from './pages/HelpPage.ts';
import { ShellPage } from './pages/ShellPage.ts';

// What we promise to put in a link: digits only, so nothing a dialer acts on
// (no '*', '#', ',' or ';') can ride along, and a body of unreserved or
// percent-encoded characters.
const TEL = /^tel:\+?[0-9]{2,15}$/;
const SMS = /^sms:\+?[0-9]{2,15}(?:\?body=(?:[A-Za-z0-9\-._~]|%[0-9A-F]{2})+)?$/;

const HARBOUR = {
  id: 'harbour-leeds-helpline',
  country: 'GB-ENG',
  name: 'Harbour Domestic Abuse Service (example)',
  ways: [
    { kind: 'call', value: '0113 496 0123' },
    { kind: 'text', value: '07700 900456' },
    { kind: 'web', value: 'https://harbour-leeds.example/get-help' },
  ],
  hours: 'help.hours.officeHours',
  languages: ['en', 'ur', 'pl'],
  free: true,
  traceNote: 'help.trace.callLog',
  source: ['harbour-leeds.example/contact'],
  checked: '2026-11-20',
};
// A line for the whole UK: shown under each of its nations.
const UK_WIDE = {
  id: 'uk-wide-example',
  country: 'GB',
  name: 'UK-wide line (example)',
  ways: [{ kind: 'call', value: '0808 000 0000' }],
  hours: '24/7',
  source: ['uk-wide.example'],
  checked: '2026-11-01',
};
// What a tampered or stale /steady-config.json could carry: the app must leave
// these out and still show the good ones.
const CRAFTED = {
  ...UK_WIDE,
  id: 'crafted',
  country: 'GB-ENG',
  name: 'Crafted link',
  ways: [{ kind: 'web', value: 'javascript:alert(1)' }],
};
const DIAL_CODE = {
  ...UK_WIDE,
  id: 'dial-code',
  country: 'GB-ENG',
  name: 'Call forwarding',
  ways: [{ kind: 'call', value: '**21*0113#' }],
};
const IMPOSTOR = { ...HARBOUR, id: 'gb-eng-ndah', name: 'Impostor' };

const DEPLOYMENT = {
  defaultLocale: 'en',
  defaultCountry: 'GB-ENG',
  quickExitUrl: TEST_EXIT_URL,
  localServices: [HARBOUR, CRAFTED, UK_WIDE, DIAL_CODE, IMPOSTOR],
};

let plain: RunningServer;
let deployed: RunningServer;
const requests = new Map<string, string[]>();

beforeAll(async () => {
  plain = await startAppServer();
  deployed = await startAppServer(DEPLOYMENT);
  requests.set(plain.url, []);
  requests.set(deployed.url, []);
});
afterAll(async () => {
  await plain.close();
  await deployed.close();
});

async function withHelp<T>(
  server: RunningServer,
  fn: (help: HelpPage, session: Session) => Promise<T>,
  options?: Parameters<typeof openSession>[0],
): Promise<T> {
  const session = await openSession(options);
  // A crafted deployment or a country without some field must never break the page.
  const errors: string[] = [];
  session.page.on('pageerror', (error) => errors.push(error.message));
  try {
    await session.page.goto(server.url);
    const help = new HelpPage(session.page);
    await help.topBarButton.waitFor();
    await help.open();
    const result = await fn(help, session);
    expect(errors).toEqual([]);
    return result;
  } finally {
    requests.get(server.url)?.push(...session.requests);
    await session.close();
  }
}

function checkedOn(serviceId: string, locale: string): string {
  const service = DIRECTORY.countries.flatMap((c) => c.services).find((s) => s.id === serviceId);
  if (!service) throw new Error(`no service ${serviceId}`);
  const [y, m, d] = service.checked.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

describe('help', () => {
  test('with no deployment and no choice, it asks for a country and shows the worldwide list', async () => {
    await withHelp(plain, async (help) => {
      expect(await help.heading.textContent()).toBe('Get help');
      expect(await help.chosenCountry()).toBe('international');
      const emergency = (await help.emergency.textContent()) ?? '';
      expect(emergency).toContain('call the emergency number of the country you are in');
      expect(emergency).toContain('Choose your country below');
      expect(await help.emergencyHrefs()).toEqual([]);
      expect(await help.serviceNames()).toEqual(['Hot Peach Pages']);
    });
  });

  test('with an en-US browser, the first visit shows 911 without asking', async () => {
    await withHelp(
      plain,
      async (help) => {
        expect(await help.chosenCountry()).toBe('US');
        expect(await help.emergencyHrefs()).toEqual(['tel:911']);
        expect(await help.emergency.locator('a.help-call').textContent()).toBe('Call 911');
        expect(await help.serviceNames()).toEqual([
          'National Domestic Violence Hotline',
          'StrongHearts Native Helpline',
        ]);
        const hotline =
          (await help.service('National Domestic Violence Hotline').textContent()) ?? '';
        expect(hotline).toContain('Languages: English and Spanish');
        expect(await axeViolations(help.page)).toEqual([]);
      },
      { locale: 'en-US' },
    );
  });

  test('with an es-MX browser, the first visit shows Mexico’s number and line, in Spanish', async () => {
    await withHelp(
      plain,
      async (help, { page }) => {
        expect(await page.getAttribute('html', 'lang')).toBe('es');
        expect(await help.chosenCountry()).toBe('MX');
        expect(await help.emergencyHrefs()).toEqual(['tel:911']);
        expect(await help.emergency.textContent()).toContain('México');
        expect(await help.emergency.locator('a.help-call').textContent()).toBe('Llamar al 911');
        expect(await help.serviceNames()).toEqual(['Línea de las Mujeres 079']);
        const line = (await help.service('Línea de las Mujeres 079').textContent()) ?? '';
        expect(line).toContain('elige la opción 1');
        expect(line).toContain('Para mujeres.');
        expect(line).toContain('Gratuito');
        expect(await axeViolations(help.page)).toEqual([]);
        // The guess is not a choice: nothing is saved until the person picks.
        await page.reload();
        await help.topBarButton.waitFor();
        await help.open();
        expect(await help.chosenCountry()).toBe('MX');
        // The person can change it, and their own choice then wins.
        await help.chooseCountry('CO');
        expect(await help.emergencyHrefs()).toEqual(['tel:123']);
        await page.reload();
        await help.topBarButton.waitFor();
        await help.open();
        expect(await help.chosenCountry()).toBe('CO');
      },
      { locale: 'es-MX' },
    );
  });

  test('a deployment’s default country wins over the browser’s region', async () => {
    await withHelp(
      deployed,
      async (help) => {
        expect(await help.chosenCountry()).toBe('GB-ENG');
        expect(await help.emergencyHrefs()).toEqual(['tel:999', 'tel:112']);
      },
      { locale: 'es-MX' },
    );
  });

  test('France shows police 17, the 114 text line as a text, and 112', async () => {
    await withHelp(plain, async (help) => {
      await help.chooseCountry('FR');
      expect(await help.emergencyHrefs()).toEqual(['tel:17', 'sms:114', 'tel:112']);
      const texts = await help.emergency.locator('a.help-call').allTextContents();
      expect(texts).toEqual(['Call 17', 'Text 114', 'Call 112']);
      expect(await help.emergency.textContent()).toContain('By text message only');
    });
  });

  test('choosing Spain shows 112 first, then 016 with its ways, trace note and source', async () => {
    await withHelp(plain, async (help, { page }) => {
      await help.chooseCountry('ES');
      expect(await help.emergencyHrefs()).toEqual(['tel:112']);
      expect(await help.emergency.locator('a.help-call').textContent()).toBe('Call 112');
      // The emergency section comes before the services in the page.
      const order = await page.evaluate(() => {
        const emergency = document.querySelector('.help-emergency');
        const services = document.querySelector('.help-services');
        return Boolean(
          emergency &&
          services &&
          emergency.compareDocumentPosition(services) & Node.DOCUMENT_POSITION_FOLLOWING,
        );
      });
      expect(order).toBe(true);

      expect(await help.serviceNames()).toEqual(['016']);
      const card = help.service('016');
      const links = await card
        .locator('a')
        .evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.getAttribute('rel')]));
      expect(links).toEqual([
        ['tel:016', null],
        ['https://wa.me/34600000016', 'noreferrer'],
      ]);
      const text = (await card.textContent()) ?? '';
      expect(text).toContain('Open 24 hours, every day');
      expect(text).toContain('may stay in the phone’s call log');
      // Free and many languages: secondary sources, listed beside the ministry's own.
      expect(text).toContain('Free to contact');
      expect(text).toContain('Answers in many languages.');
      expect(text).toContain(
        `Source: violenciagenero.igualdad.gob.es, https://www.newtral.es/consultas-016-2024/20240813, https://asturi.as/?p=36140463764 · checked ${checkedOn('es-016', 'en')}`,
      );
    });
  });

  test('the US shows a specialist line and a chat with what it leaves behind, in English and Spanish, with axe passing', async () => {
    const words = {
      'en-US': {
        serves: 'For Native Americans and Alaska Natives.',
        chat: 'Chat online',
        trace: 'so the site stays in this browser’s history',
        exit: 'Steady’s Quick exit stays in Steady.',
      },
      'es-US': {
        serves: 'Para personas nativas americanas y nativas de Alaska.',
        chat: 'Chat en línea',
        trace: 'así que la página queda en el historial de este navegador',
        exit: 'La Salida rápida de Steady solo funciona en Steady.',
      },
    } as const;
    for (const [locale, say] of Object.entries(words)) {
      await withHelp(
        plain,
        async (help, { page }) => {
          await help.chooseCountry('US');
          const names = await help.serviceNames();
          expect(names).toContain('StrongHearts Native Helpline');
          // A separate entry, with whom it serves.
          const strong = help.service('StrongHearts Native Helpline');
          const strongText = (await strong.textContent()) ?? '';
          expect(strongText).toContain(say.serves);
          expect(
            await strong.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))),
          ).toEqual(['tel:18447628483', 'https://strongheartshelpline.org/']);
          // The hotline's chat, a link like the other web ways, with its trace note beside it.
          const hotline = help.service('National Domestic Violence Hotline');
          const chat = hotline.locator('a', { hasText: say.chat });
          expect(await chat.getAttribute('href')).toBe('https://www.thehotline.org/');
          expect(await chat.getAttribute('rel')).toBe('noreferrer');
          const chatItem = hotline
            .locator('.help-ways > li')
            .filter({ has: page.locator('a', { hasText: say.chat }) });
          expect(await chatItem.locator('.help-trace').textContent()).toContain(say.trace);
          // Quick exit is still there, and the safety notes say it stays in Steady.
          expect(await page.locator('header button.quick-exit').isVisible()).toBe(true);
          expect(await page.locator('.help-safety').textContent()).toContain(say.exit);
          expect({ locale, violations: await axeViolations(help.page) }).toEqual({
            locale,
            violations: [],
          });
        },
        { locale },
      );
    }
  });

  test('the UK shows 999, then 112, with the silent option told once, just below', async () => {
    await withHelp(plain, async (help) => {
      await help.chooseCountry('GB-SCT');
      expect(await help.emergencyHrefs()).toEqual(['tel:999', 'tel:112']);
      const silent = help.page.locator('section.help-silent');
      expect(await silent.textContent()).toContain('press 55');
      // Once on the screen: not again beside the number above it.
      expect(await help.emergency.textContent()).not.toContain('55');
      expect(await help.serviceNames()).toEqual([
        'Domestic Abuse and Forced Marriage Helpline',
        'Galop LGBT+ Helpline',
        'Men’s Advice Line (Respect)',
      ]);
    });
  });

  test('the chosen country survives a reload', async () => {
    await withHelp(plain, async (help, { page }) => {
      await help.chooseCountry('ES');
      await page.reload();
      await help.open();
      expect(await help.chosenCountry()).toBe('ES');
      expect(await help.emergencyHrefs()).toEqual(['tel:112']);
    });
  });

  test('a deployment’s own services come first, marked as local; bad entries are left out', async () => {
    await withHelp(deployed, async (help, { page }) => {
      expect(await help.chosenCountry()).toBe('GB-ENG');
      expect(await help.emergencyHrefs()).toEqual(['tel:999', 'tel:112']);
      expect(await help.serviceNames()).toEqual([
        HARBOUR.name,
        UK_WIDE.name,
        'National Domestic Abuse Helpline (Refuge)',
        'National Domestic Abuse Helpline (Refuge) in British Sign Language',
        'Galop LGBT+ Helpline',
        'Men’s Advice Line (Respect)',
      ]);
      const harbour = help.service(HARBOUR.name);
      expect(await harbour.locator('.help-badge').textContent()).toBe('Local service');
      expect(await help.service('National Domestic Abuse Helpline (Refuge)').count()).toBe(1);
      expect(
        await help
          .service('National Domestic Abuse Helpline (Refuge)')
          .locator('.help-badge')
          .count(),
      ).toBe(0);
      const links = await harbour
        .locator('a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(links).toEqual([
        'tel:01134960123',
        'sms:07700900456',
        'https://harbour-leeds.example/get-help',
      ]);
      const text = (await harbour.textContent()) ?? '';
      const languages = new Intl.ListFormat('en', { type: 'conjunction' }).format([
        'English',
        'Urdu',
        'Polish',
      ]);
      expect(text).toContain(`Languages: ${languages}`);
      expect(text).toContain('Free to contact');
      expect(text).toContain('Office hours.');
      expect(text).toContain('may stay in the phone’s call log');
      const body = (await page.textContent('main')) ?? '';
      expect(body).not.toContain('Crafted link');
      expect(body).not.toContain('Call forwarding');
      expect(body).not.toContain('Impostor');

      // A local service shows only where it is: not in Spain, and a UK-wide
      // line in every UK nation.
      await help.chooseCountry('ES');
      expect(await help.serviceNames()).toEqual(['016']);
      await help.chooseCountry('GB-SCT');
      expect(await help.serviceNames()).toEqual([
        UK_WIDE.name,
        'Domestic Abuse and Forced Marriage Helpline',
        'Galop LGBT+ Helpline',
        'Men’s Advice Line (Respect)',
      ]);

      // The person's choice wins over the deployment's default, after a reload too.
      await page.reload();
      await help.open();
      expect(await help.chosenCountry()).toBe('GB-SCT');
    });
  });

  test('the top-bar button opens help from every screen, with quick exit still last', async () => {
    await withHelp(plain, async (help, { page }) => {
      const shell = new ShellPage(page, plain.url);
      const names = await shell.navItems().allTextContents();
      expect(names).toContain('Help');
      for (const name of names) {
        await shell.goTo(name);
        await help.open();
        expect(await help.heading.textContent(), name).toBe('Get help');
      }
      const lastInBar = await page.evaluate(
        () => document.querySelector('header.topbar')?.lastElementChild?.className,
      );
      expect(lastInBar).toBe('quick-exit');
    });
  });

  test('every link in every country is tel:, sms: or https, well formed', async () => {
    for (const server of [plain, deployed]) {
      await withHelp(server, async (help) => {
        const codes = await help.countryCodes();
        expect(codes.length).toBe(DIRECTORY.countries.length);
        let phoneLinks = 0;
        for (const code of codes) {
          await help.chooseCountry(code);
          for (const link of await help.links()) {
            if (link.href.startsWith('tel:')) {
              expect(link.href, code).toMatch(TEL);
              phoneLinks++;
            } else if (link.href.startsWith('sms:')) {
              expect(link.href, code).toMatch(SMS);
              phoneLinks++;
            } else {
              expect(link.href, code).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]+\//);
              expect(link.rel.split(' '), code).toContain('noreferrer');
            }
          }
        }
        expect(phoneLinks).toBeGreaterThan(20);
        await help.chooseCountry('US');
        const sms = (await help.links()).filter((l) => l.href.startsWith('sms:'));
        // Text-to-911 under "If you cannot speak", then the hotline's keyword.
        expect(sms.map((l) => l.href)).toEqual(['sms:911', 'sms:88788?body=START']);
      });
    }
  });

  test('axe finds no WCAG 2.2 A/AA violation, in both languages and both themes', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const locale of ['en-GB', 'es-ES']) {
        await withHelp(
          deployed,
          async (help) => {
            for (const code of ['GB-ENG', 'US', 'CA', 'FR', 'MX', 'CL', 'international']) {
              await help.chooseCountry(code);
              expect({
                code,
                colorScheme,
                locale,
                violations: await axeViolations(help.page),
              }).toEqual({ code, colorScheme, locale, violations: [] });
            }
          },
          { colorScheme, locale },
        );
      }
    }
  });

  test('reads naturally in Spanish, with names and dates in Spanish', async () => {
    await withHelp(
      deployed,
      async (help, { page }) => {
        expect(await page.getAttribute('html', 'lang')).toBe('es');
        expect(await help.heading.textContent()).toBe('Pedir ayuda');
        expect(await help.emergency.locator('a.help-call').first().textContent()).toBe(
          'Llamar al 999',
        );
        await help.chooseCountry('ES');
        const options = await help.countrySelect.locator('option').allTextContents();
        expect(options).toContain('España');
        expect(options).toContain('Reino Unido: Escocia');
        expect(options.at(-1)).toBe('Otro país');
        const text = (await help.service('016').textContent()) ?? '';
        expect(text).toContain(`comprobado el ${checkedOn('es-016', 'es')}`);
        expect(text).toContain('Mensaje de WhatsApp');
      },
      { locale: 'es-ES' },
    );
  });

  test('fits a 320 px phone without sideways scrolling, in both languages', async () => {
    for (const locale of ['en-GB', 'es-ES']) {
      await withHelp(
        deployed,
        async (help, { page }) => {
          for (const code of ['GB-ENG', 'international', 'US']) {
            await help.chooseCountry(code);
            const overflow = await page.evaluate(
              () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
            );
            expect({ code, locale, overflow }).toEqual({ code, locale, overflow: 0 });
          }
          expect(await page.locator('header button.quick-exit').isVisible()).toBe(true);
          expect(await help.topBarButton.isVisible()).toBe(true);
          // Touch targets: every link and control on the screen is at least 44 px tall.
          const small = await page.evaluate(() =>
            [...document.querySelectorAll('main a, main select, header button')]
              .map((el) => ({ text: el.textContent, height: el.getBoundingClientRect().height }))
              .filter((el) => el.height < 44),
          );
          expect(small).toEqual([]);
        },
        { locale, viewport: { width: 320, height: 640 } },
      );
    }
  });
});

describe('help offline', () => {
  test('after a visit, help and the local services open with the network off', async () => {
    await withHelp(deployed, async (help, { page, context }) => {
      await waitForServiceWorker(page);
      // Once the service worker answers, it keeps the deployment's settings.
      await page.reload();
      await help.open();
      await context.setOffline(true);
      await page.reload();
      await help.open();
      expect(await help.emergencyHrefs()).toEqual(['tel:999', 'tel:112']);
      expect((await help.serviceNames())[0]).toBe(HARBOUR.name);
    });
  });
});

describe('the whole run', () => {
  test('made no request to any origin but the app’s own', () => {
    for (const [origin, made] of requests) {
      expect(made.length, origin).toBeGreaterThan(5);
      expect(foreignRequests(made, origin)).toEqual([]);
    }
  });
});
