// Screenshots of every screen at 360 × 740, light and dark, in English and Spanish, for
// reviewers to look at (issue 21). The built app (npm run build) is served on 127.0.0.1
// and opened in Debian's Chromium; a vault is set up with a few made-up entries so the
// journal, its timeline and the report have something to show.
// Run: npm run build && npm run screenshots            (writes screenshots/…)
//      SCREENSHOTS_DIR=/tmp/shots npm run screenshots
import { mkdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { openSession } from '../e2e/support/browser.ts';
import { ROOT } from '../e2e/support/paths.ts';
import { startAppServer } from '../e2e/support/server.ts';
import { JournalPage } from '../e2e/pages/JournalPage.ts';
import { LockPage } from '../e2e/pages/LockPage.ts';
import { openFromNav } from '../e2e/pages/ShellPage.ts';

const OUT = resolve(process.env.SCREENSHOTS_DIR ?? join(ROOT, 'screenshots'));
const PASSPHRASE = 'harbour lantern meadow 7319 quietly';
const VIEWPORT = { width: 360, height: 740 };

const SAMPLE = [
  {
    date: '2026-10-02',
    stage: 'Building tension',
    severity: '2: somewhat',
    what: 'He went quiet all evening and checked my phone.',
  },
  {
    date: '2026-10-04',
    stage: 'An incident of harm',
    severity: '4: very bad',
    what: 'Shouting in the kitchen; he blocked the door.',
  },
  {
    date: '2026-10-06',
    stage: 'Repair or reconciliation',
    severity: '2: somewhat',
    what: 'Flowers and a promise that it will not happen again.',
  },
  {
    date: '2026-10-12',
    stage: 'Calm or normal',
    severity: '1: a little',
    what: 'A quiet week. I slept better.',
  },
  {
    date: '2026-10-20',
    stage: 'Building tension',
    severity: '3: quite bad',
    what: 'Questions about who I talked to at work.',
  },
  {
    date: '2026-10-22',
    stage: 'An incident of harm',
    severity: '5: the worst',
    what: 'He threw my phone against the wall.',
  },
];

/** A file name from a screen's label, in any language. */
const slug = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'screen';

async function shoot(page: Page, dir: string, n: number, name: string): Promise<string> {
  // Whatever animates (breathing) is held, so two runs give the same picture.
  await page.evaluate(() => document.fonts.ready);
  const file = join(dir, `${String(n).padStart(2, '0')}-${slug(name)}.png`);
  await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
  return file;
}

/** Each part in the main navigation (help and settings among them), then the lock screen. */
async function everyScreen(page: Page, dir: string): Promise<number> {
  await mkdir(dir, { recursive: true });
  let n = 0;
  // Every part, in the bar or behind "More" (which is opened first when it is needed).
  const nav = page.locator('nav.nav li:not(.nav-more) button');
  const more = page.locator('nav.nav .nav-more button');
  const count = await nav.count();
  for (let i = 0; i < count; i++) {
    const button = nav.nth(i);
    const label = ((await button.textContent()) ?? '').trim();
    if (!(await button.isVisible())) await more.click();
    await button.click();
    await page.locator('main h2, main h1').first().waitFor();
    await page.waitForLoadState('networkidle');
    await shoot(page, dir, ++n, label);
  }
  // Locked, then open again, by the buttons' places rather than their words (any language).
  await page.locator('button.lock-now').click();
  const passphrase = page.locator('input[type="password"]').first();
  await passphrase.waitFor();
  await shoot(page, dir, ++n, 'locked');
  await passphrase.fill(PASSPHRASE);
  await passphrase.press('Enter');
  await page.locator('button.lock-now').waitFor();
  return n;
}

async function run(): Promise<void> {
  // Only the folders this script writes are emptied: SCREENSHOTS_DIR may hold other things.
  for (const locale of ['en', 'es']) {
    for (const scheme of ['light', 'dark']) {
      await rm(join(OUT, `${locale}-${scheme}`), { recursive: true, force: true });
    }
  }
  const server = await startAppServer();
  let made = 0;
  try {
    for (const colorScheme of ['light', 'dark'] as const) {
      const session = await openSession({
        viewport: VIEWPORT,
        colorScheme,
        reducedMotion: 'reduce',
      });
      try {
        const { page } = session;
        await page.goto(server.url);
        await mkdir(join(OUT, `en-${colorScheme}`), { recursive: true });
        await shoot(page, join(OUT, `en-${colorScheme}`), 0, 'set-up');
        await new LockPage(page).setUp(PASSPHRASE);
        const journal = new JournalPage(page);
        await journal.open();
        for (const entry of SAMPLE) await journal.create(entry);
        made += await everyScreen(page, join(OUT, `en-${colorScheme}`));
        // The same screens in Spanish: the language is chosen in Settings, as a person would.
        await openFromNav(page, 'Settings');
        await page.getByLabel('Language').selectOption('es');
        await page.getByLabel('Idioma').waitFor();
        made += await everyScreen(page, join(OUT, `es-${colorScheme}`));
      } finally {
        await session.close();
      }
    }
  } finally {
    await server.close();
  }
  console.log(`${made + 2} screenshots at ${VIEWPORT.width} × ${VIEWPORT.height} in ${OUT}`);
}

await run();
