import { readFile } from 'node:fs/promises';
import { deriveKeyBytes } from '@steady/core';
import { openLockedPackage, readZip, verifyPackage, type Verdict } from '@steady/core/evidence';
import type { Download } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningServer } from '@steady/server';
import { axeViolations } from './support/axe.ts';
import { openSession, type Session } from './support/browser.ts';
import { focusedId, tabTo } from './support/keyboard.ts';
import { pageOverflow } from './support/layout.ts';
import { startAppServer } from './support/server.ts';
import { CheckRecordPage } from './pages/CheckRecordPage.ts';
import { JournalPage } from './pages/JournalPage.ts';
import { LockPage } from './pages/LockPage.ts';
import { openFromNav } from './pages/ShellPage.ts';
import { ReportPage } from './pages/ReportPage.ts';

// The evidence package locked with a passphrase of its own (issue 19), on a 360×740
// phone: made locked by default, by keyboard alone, as a .enc that holds nothing
// readable; made without a passphrase only once the warning's box is ticked; opened on
// "Check a record" in a fresh browser with no vault, where a wrong passphrase is refused
// in plain words and the right one verifies, and the opened package can be saved.

const PHONE = { width: 360, height: 740 };
const PASSPHRASE = 'meadow copper 7730 softly harbour';
/** The package's own passphrase: not the vault's, as the form asks. */
const PACKAGE_PASSPHRASE = 'kettle lantern 4419 under snow';
const FIRST = 'He blocked the door and said no one would believe me';
const SECOND = 'He followed me to the pharmacy on Tuesday';

let server: RunningServer;
let session: Session;
/** The locked file as downloaded, and what it opens to. */
let locked: Buffer;
let opened: Uint8Array;
let verdict: Verdict;
const downloads: Download[] = [];

const grouped = (hex: string) => (hex.match(/.{4}/g) ?? []).join(' ');
const lockedFile = (buffer: Buffer) => ({
  name: 'records.enc',
  mimeType: 'application/octet-stream',
  buffer,
});

beforeAll(async () => {
  server = await startAppServer();
  session = await openSession({ viewport: PHONE });
  session.page.on('download', (download) => downloads.push(download));
  await session.page.goto(server.url);
  await new LockPage(session.page).setUp(PASSPHRASE);
  const journal = new JournalPage(session.page);
  await journal.open();
  await journal.create({
    date: '2025-04-02',
    stage: 'An incident of harm',
    harms: ['Threats or intimidation'],
    severity: '3: quite bad',
    what: FIRST,
  });
  await journal.create({
    date: '2025-04-08',
    stage: 'An incident of harm',
    severity: '2: somewhat',
    what: SECOND,
  });
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('a locked evidence package', () => {
  test('is the default, made by keyboard alone, as a .enc with nothing readable in it', async () => {
    const { page } = session;
    const report = new ReportPage(page);
    await report.open();
    const url = page.url();
    const title = await page.title();
    await expect(report.protection('locked').isChecked()).resolves.toBe(true);
    await expect(report.evidence.textContent()).resolves.toContain(
      'Give it to the person you trust another way than the file',
    );
    expect(await axeViolations(page), 'the locked form').toEqual([]);
    expect(await pageOverflow(page)).toBe(0);

    // From the chosen way on, by keyboard only: a passphrase, the same again, Enter.
    await report.protection('locked').focus();
    await tabTo(page, '#evidence-lock-new');
    await page.keyboard.type(PACKAGE_PASSPHRASE);
    await tabTo(page, '#evidence-lock-again');
    await page.keyboard.type('kettle lantern 4419 under rain');
    await page.keyboard.press('Enter');
    // Two that differ: said beside the second, and focus goes there; no file.
    await expect(page.locator('#evidence-lock-mismatch').textContent()).resolves.not.toBe('');
    expect(await focusedId(page)).toBe('evidence-lock-again');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(PACKAGE_PASSPHRASE);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.keyboard.press('Enter'),
    ]);
    await page.locator('.evidence-head .chain-head').waitFor();
    expect(downloads).toHaveLength(1);
    expect(download.suggestedFilename()).toMatch(/^records-\d{4}-\d{2}-\d{2}\.enc$/);
    locked = await readFile((await download.path())!);

    // Nothing in it can be read: no words of an entry, no name of the app, no zip inside.
    const text = locked.toString('latin1');
    for (const words of [
      FIRST,
      SECOND,
      'blocked the door',
      'pharmacy',
      'manifest',
      'PK\u0003\u0004',
    ]) {
      expect(text).not.toContain(words);
    }
    expect(locked.toString('utf8')).not.toContain('pharmacy');
    expect(text).not.toMatch(/steady/i);

    // It opens with its passphrase, to a package that verifies and is the one on screen.
    opened = await openLockedPackage(locked, PACKAGE_PASSPHRASE, { derive: deriveKeyBytes });
    verdict = await verifyPackage(opened);
    expect(verdict).toMatchObject({ ok: true, entries: 2, versions: 2 });
    await expect(page.locator('.evidence-head .chain-head').textContent()).resolves.toBe(
      grouped(verdict.head!),
    );
    await expect(page.locator('.evidence-status').textContent()).resolves.toContain(
      'Made and locked, with 2 entries',
    );
    // The passphrase is forgotten once the file is made.
    await expect(page.locator('#evidence-lock-new').inputValue()).resolves.toBe('');
    await expect(page.locator('#evidence-lock-again').inputValue()).resolves.toBe('');
    // Nothing about it in the address or the title.
    expect(page.url()).toBe(url);
    await expect(page.title()).resolves.toBe(title);
    expect(await axeViolations(page), 'made').toEqual([]);
    expect(await pageOverflow(page)).toBe(0);
  });

  test('without a passphrase only once the warning’s box is ticked', async () => {
    const { page } = session;
    const report = new ReportPage(page);
    await report.open();
    // The other way, chosen with an arrow key as radios are.
    await report.protection('locked').focus();
    await page.keyboard.press('ArrowDown');
    await expect(report.protection('open').isChecked()).resolves.toBe(true);
    await expect(page.locator('.evidence-warning').textContent()).resolves.toContain(
      'Whoever gets it can open it and read everything in it.',
    );
    await expect(report.makeButton.textContent()).resolves.toBe(
      'Make the package without a passphrase',
    );

    // The button without the box: refused beside the box, which takes the focus.
    await tabTo(page, '.evidence-form button[type="submit"]');
    await page.keyboard.press('Enter');
    await expect(page.locator('#evidence-understood-error').textContent()).resolves.toBe(
      'Tick the box first to make the file without a passphrase.',
    );
    expect(await focusedId(page)).toBe('evidence-understood');
    expect(await axeViolations(page), 'box not ticked').toEqual([]);
    expect(await pageOverflow(page)).toBe(0);

    await page.keyboard.press('Space');
    await expect(page.locator('#evidence-understood').isChecked()).resolves.toBe(true);
    await tabTo(page, '.evidence-form button[type="submit"]');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.keyboard.press('Enter'),
    ]);
    await page.locator('.evidence-head .chain-head').waitFor();
    // One file for the locked way, one for this: the refused press made none.
    expect(downloads).toHaveLength(2);
    expect(download.suggestedFilename()).toMatch(/^records-\d{4}-\d{2}-\d{2}\.zip$/);
    const zip = await readFile((await download.path())!);
    await expect(verifyPackage(zip)).resolves.toMatchObject({ ok: true, entries: 2 });
    await expect(page.locator('.evidence-status').textContent()).resolves.toContain(
      'Made, with 2 entries',
    );
  });

  test('the form speaks Spanish and passes axe', async () => {
    const { page } = session;
    await openFromNav(page, 'Settings');
    await page.locator('#settings-language').selectOption('es');
    const report = new ReportPage(page);
    await report.open('Informe');
    await expect(report.makeButton.textContent()).resolves.toBe('Preparar el paquete protegido');
    expect(await axeViolations(page), 'es, locked').toEqual([]);
    await report.chooseProtection('open');
    await expect(report.makeButton.textContent()).resolves.toBe(
      'Preparar el paquete sin frase de paso',
    );
    expect(await axeViolations(page), 'es, without').toEqual([]);
    expect(await pageOverflow(page)).toBe(0);
    await openFromNav(page, 'Ajustes');
    await page.locator('#settings-language').selectOption('en');
  });
});

describe('a locked package on Check a record, in a fresh browser with no vault', () => {
  test('refuses a wrong passphrase in plain words, verifies with the right one, saves the .zip', async () => {
    const fresh = await openSession({ viewport: PHONE });
    try {
      const { page } = fresh;
      await page.goto(server.url);
      const check = new CheckRecordPage(page);
      await check.openFromHelp('Check a record');
      await check.chooseLocked(lockedFile(locked));
      await expect(page.locator('.check-unlock h2').textContent()).resolves.toBe(
        'This package is locked',
      );
      expect(await axeViolations(page), 'asks').toEqual([]);
      expect(await pageOverflow(page)).toBe(0);

      await check.unlock('kettle lantern 4419 under rain');
      await expect(check.passphraseError.textContent()).resolves.toBe(
        'This passphrase does not open the package. Check it with the person who gave it to you, then try again.',
      );
      // Nothing else: no verdict, no chain head, nothing of an entry.
      await expect(check.verdict.count()).resolves.toBe(0);
      await expect(page.locator('main').textContent()).resolves.not.toContain('pharmacy');
      expect(await focusedId(page)).toBe('check-passphrase');
      expect(await axeViolations(page), 'refused').toEqual([]);

      await check.unlock(PACKAGE_PASSPHRASE);
      await expect(check.verdict.locator('h2').textContent()).resolves.toBe('Unchanged');
      await expect(check.head.textContent()).resolves.toBe(grouped(verdict.head!));
      await expect(check.passphrase.count()).resolves.toBe(0);
      await expect(check.saveOpened.textContent()).resolves.toBe('Save the opened package (.zip)');
      expect(await axeViolations(page), 'opened').toEqual([]);
      expect(await pageOverflow(page)).toBe(0);

      // Saved, by keyboard: the very package the lock held, under a neutral .zip name.
      await check.saveOpened.focus();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.keyboard.press('Enter'),
      ]);
      expect(download.suggestedFilename()).toMatch(/^records-\d{4}-\d{2}-\d{2}\.zip$/);
      const saved = await readFile((await download.path())!);
      expect(Buffer.compare(saved, Buffer.from(opened))).toBe(0);
      expect(readZip(saved).map((f) => f.name)).toContain('how-to-check.txt');

      // A locked file cut short is refused as such, whatever the passphrase.
      await check.chooseLocked(lockedFile(locked.subarray(0, locked.length - 100)));
      await check.unlock(PACKAGE_PASSPHRASE);
      await expect(check.refusal.textContent()).resolves.toContain('This file ends too early');
      await expect(check.verdict.count()).resolves.toBe(0);

      // Opened in the page: no request went to any origin but the app's own.
      expect(fresh.requests.filter((u) => !u.startsWith(server.url))).toEqual([]);
    } finally {
      await fresh.close();
    }
  });

  test('speaks Spanish: the wrong passphrase refused, the right one verifies', async () => {
    const fresh = await openSession({ viewport: PHONE, locale: 'es-MX' });
    try {
      const { page } = fresh;
      await page.goto(server.url);
      const check = new CheckRecordPage(page);
      await check.openFromHelp('Comprobar un registro');
      await check.chooseLocked(lockedFile(locked));
      await check.unlock('otra frase cualquiera 12');
      await expect(check.passphraseError.textContent()).resolves.toContain(
        'Esta frase de paso no abre el paquete.',
      );
      expect(await axeViolations(page), 'es, refused').toEqual([]);
      await check.unlock(PACKAGE_PASSPHRASE);
      await expect(check.verdict.locator('h2').textContent()).resolves.toBe('Sin cambios');
      await expect(check.saveOpened.textContent()).resolves.toBe(
        'Guardar el paquete abierto (.zip)',
      );
      expect(await axeViolations(page), 'es, opened').toEqual([]);
      expect(await pageOverflow(page)).toBe(0);
    } finally {
      await fresh.close();
    }
  });
});

describe('a lock while the package is being made', () => {
  test('wins: no file is saved afterwards, locked or not', async () => {
    const { page } = session;
    const report = new ReportPage(page);
    await report.open();
    const saved: string[] = [];
    const onDownload = (download: Download) => saved.push(download.suggestedFilename());
    page.on('download', onDownload);
    try {
      await report.chooseProtection('locked');
      await page.locator('#evidence-lock-new').fill(PACKAGE_PASSPHRASE);
      await page.locator('#evidence-lock-again').fill(PACKAGE_PASSPHRASE);
      await report.makeButton.click();
      // Someone comes in: locked at once, while the package, its PDF and its lock are made.
      const lock = new LockPage(page);
      await lock.lock();
      // Long enough for all of it to end and be offered, had it gone on (it takes about
      // a second here).
      await page.waitForTimeout(5000);
      expect(saved).toEqual([]);
      await lock.unlock(PASSPHRASE);
      await page.getByRole('button', { name: 'Lock', exact: true }).waitFor();
    } finally {
      page.off('download', onDownload);
    }
  });
});
