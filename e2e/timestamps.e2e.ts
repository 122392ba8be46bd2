import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { verifyPackage, readZip, type Manifest } from '@steady/core/evidence';
import type { Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningServer } from '@steady/server';
import { axeViolations } from './support/axe.ts';
import { openSession, type Session } from './support/browser.ts';
import { storedRows } from './support/golden.ts';
import { startAppServerWithRelayConfig } from './support/server.ts';
import { CheckRecordPage } from './pages/CheckRecordPage.ts';
import { JournalPage } from './pages/JournalPage.ts';
import { LockPage } from './pages/LockPage.ts';
import { openFromNav } from './pages/ShellPage.ts';
import { ReportPage } from './pages/ReportPage.ts';

// Trusted timestamps from end to end (issue 19): the relay (on a real SQLite file) signs
// RFC 3161 tokens; the person turns the setting on, saves an entry, and the receipt the
// app keeps shows in the report and the package, and Debian's openssl accepts it with
// the certificate the relay publishes. Only a digest ever goes to the relay.

const PASSPHRASE = 'quiet meadow 7710 lantern softly';
const WHAT = 'He followed me to the bus stop and waited there until my bus left';
const AUTHORITY = 'Relay time-stamping service';
const run = promisify(execFile);

let server: RunningServer;
let session: Session;
let scratch: string;
const stampRequests: Request[] = [];

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'steady-stamps-'));
  server = await startAppServerWithRelayConfig({
    STEADY_BACKUP: 'sqlite',
    STEADY_BACKUP_SQLITE: join(scratch, 'relay.sqlite'),
    STEADY_TSA: 'on',
  });
  // A phone's screen: the setting and the report's lines must fit it.
  session = await openSession({ viewport: { width: 360, height: 740 } });
  session.page.on('request', (request) => {
    if (request.method() === 'POST' && request.url().endsWith('/api/backup/v1/timestamp')) {
      stampRequests.push(request);
    }
  });
  await session.page.goto(server.url);
  await new LockPage(session.page).setUp(PASSPHRASE);
}, 60_000);

afterAll(async () => {
  await session?.close();
  await server?.close();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

/** The report, opened again until `count` receipts' lines are on it (the stamper runs apart). */
async function reportWithReceipts(count: number): Promise<ReportPage> {
  const report = new ReportPage(session.page);
  for (let attempt = 0; attempt < 20; attempt++) {
    await report.open();
    if ((await report.doc.locator('.report-receipt').count()) === count) return report;
    await openFromNav(session.page, 'Journal');
    await session.page.locator('main h1').first().waitFor();
  }
  throw new Error('no receipt reached the report');
}

describe('trusted timestamps', () => {
  test('are off until turned on in Settings, which says only a fingerprint is sent', async () => {
    const { page } = session;
    await openFromNav(page, 'Settings');
    const card = page.getByRole('group', { name: 'Trusted timestamps' });
    await card.waitFor();
    await expect(card.textContent()).resolves.toContain('Never its words');
    const toggle = card.getByRole('checkbox', {
      name: 'Get trusted timestamps for my entries on this device',
    });
    expect(await toggle.isChecked()).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );

    // Saved while off: nothing goes to the relay.
    const journal = new JournalPage(page);
    await journal.open();
    await journal.create({
      date: '2026-11-30',
      stage: 'An incident of harm',
      severity: '3: quite bad',
      what: `Before: ${WHAT}`,
    });
    expect(stampRequests).toHaveLength(0);

    await openFromNav(page, 'Settings');
    await toggle.check();
    await card.getByRole('status').getByText('Saved.').waitFor();
    // Keyboard alone: it can be reached and changed with the space bar.
    const saved = async (on: boolean) => {
      await page.waitForFunction(
        (want) => (document.getElementById('timestamps-on') as HTMLInputElement).checked === want,
        on,
      );
      await card.getByRole('status').getByText('Saved.').waitFor();
    };
    await toggle.focus();
    await page.keyboard.press('Space');
    await saved(false);
    await page.keyboard.press('Space');
    await saved(true);
    expect(await toggle.isChecked()).toBe(true);
  });

  test('a saved entry gets a receipt the report shows, the package carries and openssl accepts', async () => {
    const { page } = session;
    const journal = new JournalPage(page);
    await journal.open();
    await journal.create({
      date: '2026-12-01',
      stage: 'An incident of harm',
      severity: '4: very bad',
      what: WHAT,
    });

    // Both entries: the one saved before the setting was on got its receipt too.
    const report = await reportWithReceipts(2);
    const line = (await report.doc.locator('.report-receipt').first().textContent())!.trim();
    expect(line).toMatch(new RegExp(`^Existed no later than .+, per ${AUTHORITY}\\.$`));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );

    // What left the browser: a TimeStampReq of 60-odd bytes, none of the words.
    expect(stampRequests.length).toBeGreaterThanOrEqual(2);
    for (const request of stampRequests) {
      const body = request.postDataBuffer()!;
      expect(body.length).toBeLessThan(100);
      expect(body.toString('latin1')).not.toContain('bus stop');
    }

    // The paper says the same, and nothing on it names the app.
    const text = (await report.printedText(scratch, 'stamped')).replace(/\s+/g, ' ');
    expect(text).toContain(`per ${AUTHORITY}`);
    expect(text).not.toMatch(/steady/i);

    // The package: both receipts, verified against the certificate it lists once.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Make the package', exact: true }).click(),
    ]);
    const pkg = await readFile((await download.path())!);
    const verdict = await verifyPackage(pkg);
    expect(verdict).toMatchObject({ ok: true, entries: 2, receipts: 2, problems: [] });
    const manifest = JSON.parse(
      Buffer.from(readZip(pkg).find((f) => f.name === 'manifest.json')!.bytes).toString('utf8'),
    ) as Manifest;
    expect(manifest.authorities).toHaveLength(1);

    // The time on screen is the token's, in the person's locale.
    const stamped = manifest.entries.find((e) => e.receipts.length > 0)!;
    const receipt = stamped.receipts[0]!;
    const shown = await page.evaluate(
      (time) =>
        new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(
          Date.parse(time),
        ),
      receipt.time,
    );
    await expect(report.doc.textContent()).resolves.toContain(
      `Existed no later than ${shown}, per ${AUTHORITY}.`,
    );

    // Debian's openssl: the token, for the version's digest, with the relay's certificate.
    const pem = await (await fetch(`${server.url}/api/backup/v1/timestamp/certificate.pem`)).text();
    const listed = Buffer.from(manifest.authorities[0]!.certificate, 'base64');
    expect(createHash('sha256').update(listed).digest('hex')).toBe(manifest.authorities[0]!.sha256);
    await writeFile(join(scratch, 'relay.pem'), pem);
    await writeFile(join(scratch, 'receipt.tst'), Buffer.from(receipt.token, 'base64'));
    const digest = stamped.versions[receipt.version]!;
    const { stdout } = await run('openssl', [
      'ts',
      '-verify',
      '-digest',
      digest,
      '-in',
      join(scratch, 'receipt.tst'),
      '-token_in',
      '-CAfile',
      join(scratch, 'relay.pem'),
    ]);
    expect(stdout).toContain('Verification: OK');
    // For any other digest, openssl refuses it.
    const other = digest.replace(/^./, (c) => (c === '0' ? '1' : '0'));
    await expect(
      run('openssl', [
        'ts',
        '-verify',
        '-digest',
        other,
        '-in',
        join(scratch, 'receipt.tst'),
        '-token_in',
        '-CAfile',
        join(scratch, 'relay.pem'),
      ]),
    ).rejects.toThrow();

    // Check a record counts the receipts.
    const check = new CheckRecordPage(page);
    await check.openFromHelp('Check a record');
    await check.check({ name: 'records.zip', mimeType: 'application/zip', buffer: pkg });
    await expect(check.verdict.textContent()).resolves.toContain('Time-stamp receipts: 2.');
  });

  test('speak Spanish too: the setting passes axe, the report says when and per whom', async () => {
    const { page } = session;
    await openFromNav(page, 'Settings');
    await page.locator('#settings-language').selectOption('es');
    try {
      const card = page.getByRole('group', { name: 'Sellos de tiempo de confianza' });
      await card.waitFor();
      await expect(card.textContent()).resolves.toContain('Nunca sus palabras');
      expect(
        await card
          .getByRole('checkbox', {
            name: 'Pedir sellos de tiempo para mis entradas en este dispositivo',
          })
          .isChecked(),
      ).toBe(true);
      expect(await axeViolations(page), 'es settings').toEqual([]);
      const report = new ReportPage(page);
      await report.open('Informe');
      const line = (await report.doc.locator('.report-receipt').first().textContent())!.trim();
      expect(line).toMatch(new RegExp(`^Ya existía a más tardar el .+, según ${AUTHORITY}\\.$`));
      expect(await axeViolations(page), 'es report').toEqual([]);
    } finally {
      await openFromNav(page, 'Ajustes');
      await page.locator('#settings-language').selectOption('en');
    }
  });

  test('a deleted entry takes its receipts with it', async () => {
    const { page } = session;
    const journal = new JournalPage(page);
    await journal.open();
    const before = (await storedRows(page)).length;
    await journal.openRow('Before:');
    await page.getByRole('button', { name: 'Delete this entry' }).click();
    await page.getByRole('button', { name: 'Yes, delete it' }).click();
    await page.getByText('The entry was deleted.').waitFor();
    // The entry and its one version's receipt, nothing else.
    expect((await storedRows(page)).length).toBe(before - 2);
    const report = await reportWithReceipts(1);
    expect(await report.doc.locator('.report-entry').count()).toBe(1);
  });
});
