import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningServer } from '@steady/server';
import { openSession, type Session } from './support/browser.ts';
import { startAppServer } from './support/server.ts';
import { GOLDEN_RECEIPTS, openBlankOnOrigin, seedGoldenVault } from './support/golden.ts';
import { LockPage } from './pages/LockPage.ts';
import { openFromNav } from './pages/ShellPage.ts';
import { ReportPage } from './pages/ReportPage.ts';

// The fixture made when entries got trusted timestamps (2026-12-03-receipts), opened by
// the built app in Chromium: each entry version's receipt is on the report, and this
// device's choice (on) is in Settings.

const { values, vault } = GOLDEN_RECEIPTS;
type Receipt = { id: string; time: string; authority: string };
const receipts = values.records
  .filter((row) => row.kind === 'timestamp-receipt')
  .map((row) => row.value as unknown as Receipt);

let server: RunningServer;
let session: Session;

beforeAll(async () => {
  server = await startAppServer();
  session = await openSession();
}, 60_000);

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('the golden fixture of 2026-12-03 (receipts) in the app', () => {
  test('shows a receipt line for every entry version, with the time of each token', async () => {
    const { page } = session;
    await openBlankOnOrigin(page, server.url, '/golden-seed');
    await seedGoldenVault(page, vault);
    await page.goto(server.url);
    const lock = new LockPage(page);
    await lock.waitLocked();
    await lock.unlock(values.passphrase);
    await lock.confirmRecoveryKey(await lock.readRecoveryKey());

    const report = new ReportPage(page);
    await report.open();
    const lines = (await report.doc.locator('.report-receipt').allTextContents()).map((l) =>
      l.trim(),
    );
    const expected = await page.evaluate(
      (list) =>
        list.map(
          (r) =>
            `Existed no later than ${new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(Date.parse(r.time))}, per ${r.authority}.`,
        ),
      receipts,
    );
    expect(receipts.length).toBeGreaterThan(2);
    expect(lines.sort()).toEqual(expected.sort());

    await openFromNav(page, 'Settings');
    const card = page.getByRole('group', { name: 'Trusted timestamps' });
    expect(
      await card
        .getByRole('checkbox', { name: 'Get trusted timestamps for my entries on this device' })
        .isChecked(),
    ).toBe(true);
  });
});
