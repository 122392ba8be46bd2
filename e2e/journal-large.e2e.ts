import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningServer } from '@steady/server';
import { startServer } from '@steady/server';
import { buildJournalSite, removeJournalSite, SEED_PASSPHRASE } from '../bench/journal-site.ts';
import { openSession, type Session } from './support/browser.ts';
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
});
