import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningServer } from '@steady/server';
import { startServer } from '@steady/server';
import { buildJournalSite, removeJournalSite, SEED_PASSPHRASE } from '../bench/journal-site.ts';
import { openSession, slowCpu, type Session } from './support/browser.ts';
import { CoverPage } from './pages/CoverPage.ts';
import { openFromNav } from './pages/ShellPage.ts';
import { JournalPage } from './pages/JournalPage.ts';
import { LockPage } from './pages/LockPage.ts';

const ENTRIES = 10_000;

// The seed page (built only for tests and benchmarks) writes 10,000 entries
// through the real vault into the app's own database; then the real app opens them.
describe('a 10,000-entry journal stays usable', () => {
  let site = '';
  let server: RunningServer;
  let session: Session;

  beforeAll(async () => {
    site = buildJournalSite();
    const started = await startServer({ staticDir: site, port: 0 });
    server = { ...started, url: `http://127.0.0.1:${started.port}` };
    session = await openSession();
    await session.page.goto(`${server.url}/journal-seed.html?count=${ENTRIES}`);
    await session.page.waitForFunction(
      () => (window as unknown as { __seeded?: unknown }).__seeded,
      null,
      { timeout: 180_000 },
    );
    const seeded = await session.page.evaluate(
      () => (window as unknown as { __seeded: { error?: string } }).__seeded,
    );
    expect(seeded.error).toBeUndefined();
  }, 240_000);
  afterAll(async () => {
    await session?.close();
    await server?.close();
    if (site) removeJournalSite(site);
  });

  test('list, filter, search and timeline respond', async () => {
    const { page } = session;
    await page.goto(server.url);
    const lock = new LockPage(page);
    await lock.waitLocked();
    await lock.unlock(SEED_PASSPHRASE);
    await lock.waitUnlocked();
    const journal = new JournalPage(page);
    await journal.open();
    await page.locator('.journal-count', { hasText: '10,000 entries' }).waitFor();
    // Shown a page at a time.
    expect(await journal.rows.count()).toBe(50);
    await page.getByRole('button', { name: 'Show 50 more' }).click();
    await journal.rows.nth(99).waitFor();

    await journal.search('number 4242.');
    await page.locator('.journal-count', { hasText: '1 of 10,000 entries' }).waitFor();
    await journal.openRow('Entry number 4242.');
    expect(await page.locator('.journal-content').textContent()).toContain('Entry number 4242.');
    await journal.toList();
    await journal.search('');

    await journal.openFilters();
    await page.getByRole('checkbox', { name: 'An incident of harm' }).check();
    await page.locator('.journal-count', { hasText: '2,500 of 10,000 entries' }).waitFor();
    await page.getByLabel('At least this severe').selectOption('5');
    await page.locator('.journal-count', { hasText: /^[\d,]+ of 10,000 entries$/ }).waitFor();
    const shown = await journal.count.textContent();
    expect(Number(shown!.split(' ')[0])).toBeGreaterThan(0);
    expect(Number(shown!.split(' ')[0])).toBeLessThan(2500);

    await journal.toTimeline();
    await page.locator('.journal-chart path.journal-mark').first().waitFor();
    expect(await page.locator('.journal-insight').textContent()).toContain(
      'What your record shows',
    );
    const measures = await page.evaluate(() =>
      performance.getEntriesByType('measure').map((m) => m.name),
    );
    expect(measures).toEqual(
      expect.arrayContaining([
        'journal:list',
        'journal:search',
        'journal:filter',
        'journal:timeline',
      ]),
    );
  });
  // On a phone several times slower, the journal says how far it has read while it opens,
  // then shows the newest entries first, and search reaches an old one.
  test('on a slow phone: says how far it has read, then the newest page, and search finds an old one', async () => {
    const { page } = session;
    const journal = new JournalPage(page);
    await openFromNav(page, 'Home');
    const fullSpeed = await slowCpu(page, 6);
    try {
      await openFromNav(page, 'Journal');
      const reading = page
        .getByRole('status')
        .filter({ hasText: /^Opening your journal: [\d,]+ of 10,000 entries read…$/ });
      await reading.waitFor({ timeout: 60_000 });
      await page
        .locator('.journal-count', { hasText: '10,000 entries' })
        .waitFor({ timeout: 60_000 });
      expect(await reading.count()).toBe(0);
      expect(await journal.rows.count()).toBe(50);
      // Seeded a few a day, oldest first: the first row is one of the last day's.
      expect(await journal.rows.first().textContent()).toMatch(/Entry number 99\d\d\./);
      // Written about three and a half years before the newest.
      await journal.search('number 1000.');
      await page.locator('.journal-count', { hasText: '1 of 10,000 entries' }).waitFor();
      expect(await journal.rows.first().textContent()).toContain('Entry number 1000.');
      await journal.search('');
    } finally {
      await fullSpeed();
    }
  });

  // Last: it puts a cover on the app.
  test('locking while the journal opens returns to the cover, and nothing of it shows after', async () => {
    const { page } = session;
    const cover = new CoverPage(page, 'calculator');
    await cover.choose(server.url, '2468');
    const fullSpeed = await slowCpu(page, 6);
    try {
      await openFromNav(page, 'Journal');
      await page
        .getByRole('status')
        .filter({ hasText: /^Opening your journal/ })
        .waitFor({ timeout: 60_000 });
      await new LockPage(page).pressLock();
      await cover.expectCovered();
      // Long enough for the rest of the journal to have been read, had the lock not stopped it.
      await page.waitForTimeout(3_000);
      await cover.expectCovered();
      expect(await page.locator('.journal-rows, .journal-count').count()).toBe(0);
    } finally {
      await fullSpeed();
    }
    await cover.open('2468');
    const lock = new LockPage(page);
    await lock.waitLocked();
    await lock.unlock(SEED_PASSPHRASE);
    await lock.waitUnlocked();
    await new JournalPage(page).open();
    await page.locator('.journal-count', { hasText: '10,000 entries' }).waitFor();
  });
});
