// Issue 4's figures for a 10,000-entry journal, in the real app in Chromium:
// showing the list, applying a filter, searching, drawing the timeline. Read
// from the performance measures the journal screen records.
// Run: npm run bench -- journal
import type { Page } from 'playwright-core';
import { startServer } from '@steady/server';
import { openSession } from '../e2e/support/browser.ts';
import { LockPage } from '../e2e/pages/LockPage.ts';
import { buildJournalSite, removeJournalSite, SEED_PASSPHRASE } from './journal-site.ts';
import { line, median } from './support.ts';

const ENTRIES = 10_000;
const TRIALS = 5;
// As the screen writes it, with the locale's digit grouping ("10,000 entries").
const ALL = ENTRIES.toLocaleString('en');

async function lastMeasure(page: Page, name: string): Promise<number> {
  await page.waitForFunction((n) => performance.getEntriesByName(n, 'measure').length > 0, name, {
    timeout: 60_000,
  });
  return page.evaluate((n) => {
    const entries = performance.getEntriesByName(n, 'measure');
    const duration = entries.at(-1)!.duration;
    performance.clearMeasures(n);
    return duration;
  }, name);
}

export async function run(): Promise<void> {
  const site = buildJournalSite();
  const server = await startServer({ staticDir: site, port: 0 });
  const session = await openSession();
  try {
    const { page } = session;
    const base = `http://127.0.0.1:${server.port}`;
    const seedStarted = performance.now();
    await page.goto(`${base}/journal-seed.html?count=${ENTRIES}`);
    await page.waitForFunction(() => (window as unknown as { __seeded?: unknown }).__seeded, null, {
      timeout: 600_000,
    });
    const seeded = (await page.evaluate(
      () => (window as unknown as { __seeded: { error?: string } }).__seeded,
    )) as { error?: string; count?: number };
    if (seeded.error) throw new Error(seeded.error);
    const seedMs = performance.now() - seedStarted;

    await page.goto(base);
    const lock = new LockPage(page);
    await lock.waitLocked();
    await lock.unlock(SEED_PASSPHRASE);
    await lock.waitUnlocked();
    const nav = page.getByRole('navigation', { name: 'Main' });

    const list: number[] = [];
    const listWall: number[] = [];
    const decrypt: number[] = [];
    const check: number[] = [];
    for (let i = 0; i < TRIALS; i++) {
      await nav.getByRole('button', { name: 'Home' }).click();
      const started = performance.now();
      await nav.getByRole('button', { name: 'Journal' }).click();
      await page
        .locator('.journal-count', { hasText: `${ALL} entries` })
        .waitFor({ timeout: 60_000 });
      listWall.push(performance.now() - started);
      list.push(await lastMeasure(page, 'journal:list'));
      decrypt.push(await lastMeasure(page, 'journal:decrypt'));
      check.push(await lastMeasure(page, 'journal:check'));
    }

    await page.locator('details.journal-filters summary').click();
    const filter: number[] = [];
    const incident = page.getByRole('checkbox', { name: 'An incident of harm' });
    for (let i = 0; i < TRIALS; i++) {
      await incident.check();
      await page.locator('.journal-count', { hasText: ` of ${ALL} entries` }).waitFor();
      filter.push(await lastMeasure(page, 'journal:filter'));
      await incident.uncheck();
      await page.locator('.journal-count', { hasText: new RegExp(`^${ALL} entries$`) }).waitFor();
      filter.push(await lastMeasure(page, 'journal:filter'));
    }

    const search: number[] = [];
    const box = page.getByLabel('Search your entries');
    for (let i = 0; i < TRIALS; i++) {
      await box.fill(i % 2 ? 'flowers kitchen' : 'number 42');
      await page.locator('.journal-count', { hasText: ` of ${ALL} entries` }).waitFor();
      search.push(await lastMeasure(page, 'journal:search'));
      await box.fill('');
      await page.locator('.journal-count', { hasText: new RegExp(`^${ALL} entries$`) }).waitFor();
      search.push(await lastMeasure(page, 'journal:search'));
    }

    const timeline: number[] = [];
    const views = page.getByRole('navigation', { name: 'Journal views' });
    for (let i = 0; i < TRIALS; i++) {
      await views.getByRole('button', { name: 'Timeline' }).click();
      await page.locator('.journal-chart').waitFor();
      timeline.push(await lastMeasure(page, 'journal:timeline'));
      await views.getByRole('button', { name: 'Entries' }).click();
      await page.locator('.journal-list').waitFor();
    }

    console.log(
      `\nJournal with ${ENTRIES} entries (Chromium, real app and vault, medians of ${TRIALS})`,
    );
    line(`seed ${ENTRIES} encrypted entries (set-up, not a target)`, `${seedMs.toFixed(0)} ms`);
    line(
      'open the journal: decrypt, check, index, show the list',
      `${median(list).toFixed(0)} ms`,
      'under 500 ms',
    );
    line('  of which: decrypt 10,000 records (vault.list)', `${median(decrypt).toFixed(0)} ms`);
    line(
      "  of which: check each record (the journal kind's parse)",
      `${median(check).toFixed(0)} ms`,
    );
    line(
      '  same, click to list on screen (from the test driver)',
      `${median(listWall).toFixed(0)} ms`,
    );
    line(
      'apply a filter (stage), until on screen',
      `${median(filter).toFixed(1)} ms`,
      'under 50 ms',
    );
    line('search text, until on screen', `${median(search).toFixed(1)} ms`, 'under 50 ms');
    line(
      'draw the timeline (cycles, escalation, chart, tables)',
      `${median(timeline).toFixed(0)} ms`,
      'under 200 ms',
    );
    line(
      'slowest filter / search / timeline',
      `${Math.max(...filter).toFixed(0)} / ${Math.max(...search).toFixed(0)} / ${Math.max(...timeline).toFixed(0)} ms`,
    );
  } finally {
    await session.close();
    await server.close();
    removeJournalSite(site);
  }
}
