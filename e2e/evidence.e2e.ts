import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readZip, verifyPackage, writeZip, type Verdict } from '@steady/core/evidence';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningServer } from '@steady/server';
import { axeViolations } from './support/axe.ts';
import { openSession, type Session } from './support/browser.ts';
import { printToPdf } from './support/pdf.ts';
import { jpegWithGps } from './support/jpeg.ts';
import { startAppServer } from './support/server.ts';
import { CheckRecordPage } from './pages/CheckRecordPage.ts';
import { JournalPage } from './pages/JournalPage.ts';
import { LockPage } from './pages/LockPage.ts';
import { openFromNav } from './pages/ShellPage.ts';
import { ReportPage } from './pages/ReportPage.ts';

// The evidence package from end to end (issue 19): made on the report screen from two
// entries (one with a photo), checked in Node, then checked on "Check a record" in a
// fresh browser that has no vault: unchanged, and with one entry changed.

const PHONE = { width: 360, height: 740 };
const PASSPHRASE = 'lantern orchard 5521 quietly river';
const FIRST = 'He shouted at me in the kitchen and broke the blue mug on the floor';
const SECOND = 'He took my phone and read my messages';

let server: RunningServer;
let session: Session;
let pkg: Buffer;
let verdict: Verdict;

const grouped = (hex: string) => (hex.match(/.{4}/g) ?? []).join(' ');

/** The package with the first entry's words changed, zipped again as a tool would. */
function changedCopy(bytes: Buffer): Buffer {
  const files = readZip(bytes).map((file) =>
    file.name === 'entries/e0001.json'
      ? {
          name: file.name,
          bytes: Buffer.from(
            Buffer.from(file.bytes).toString('utf8').replace('broke the blue mug', 'dropped a mug'),
          ),
        }
      : { name: file.name, bytes: file.bytes },
  );
  return Buffer.from(writeZip(files));
}

beforeAll(async () => {
  server = await startAppServer();
  session = await openSession({ viewport: PHONE });
  await session.page.goto(server.url);
  await new LockPage(session.page).setUp(PASSPHRASE);
  const journal = new JournalPage(session.page);
  await journal.open();
  await journal.create({
    date: '2025-02-03',
    stage: 'An incident of harm',
    harms: ['Threats or intimidation'],
    severity: '3: quite bad',
    what: FIRST,
  });
  await journal.create({
    date: '2025-03-09',
    stage: 'An incident of harm',
    harms: ['Threats or intimidation'],
    severity: '2: somewhat',
    what: SECOND,
    images: [
      { name: 'photo.jpg', mimeType: 'image/jpeg', buffer: await jpegWithGps(session.page) },
    ],
  });
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('the evidence package', () => {
  test('is made from the report screen as one neutral .zip that verifies', async () => {
    const { page } = session;
    const report = new ReportPage(page);
    await report.open();
    const url = page.url();
    const title = await page.title();
    // Locked is the default; this test takes the other way, which warns first.
    await report.chooseProtection('open');
    await expect(page.locator('.evidence-warning').textContent()).resolves.toContain(
      'this file is not locked',
    );
    const download = await report.makeOpenPackage();
    expect(download.suggestedFilename()).toMatch(/^records-\d{4}-\d{2}-\d{2}\.zip$/);
    pkg = await readFile((await download.path())!);

    verdict = await verifyPackage(pkg);
    expect(verdict.problems).toEqual([]);
    expect(verdict).toMatchObject({ ok: true, entries: 2, versions: 2, photos: 1 });
    const names = readZip(pkg).map((f) => f.name);
    expect(names).toContain('how-to-check.txt');
    expect(names).toContain('report.pdf');
    expect(names.filter((n) => n.startsWith('photos/'))).toHaveLength(1);
    const sheet = readZip(pkg).find((f) => f.name === 'how-to-check.txt')!;
    expect(Buffer.from(sheet.bytes).toString('utf8')).toContain('Check a record');

    // The chain head on screen is the package's, in groups of four.
    await expect(page.locator('.evidence-head .chain-head').textContent()).resolves.toBe(
      grouped(verdict.head!),
    );
    await expect(page.locator('.evidence-status').textContent()).resolves.toContain(
      'Made, with 2 entries',
    );
    // Nothing about the package in the address or the title.
    expect(page.url()).toBe(url);
    await expect(page.title()).resolves.toBe(title);
    expect(await axeViolations(page), 'en').toEqual([]);
  });

  test('the report prints the chosen photos, each with the digest the package gives it', async () => {
    const { page } = session;
    const report = new ReportPage(page);
    await report.open();
    // Off at first: the entry says a photo is kept and not printed.
    expect(await page.locator('.report-photo').count()).toBe(0);
    await expect(page.locator('.report-doc').textContent()).resolves.toContain('not printed here');
    await page
      .getByLabel('The photos, each with the fingerprint (SHA-256) of its stored file')
      .check();
    const img = page.locator('.report-photo img');
    await img.waitFor();
    await page.waitForFunction(() => {
      const shown = document.querySelector<HTMLImageElement>('.report-photo img');
      return shown !== null && shown.complete && shown.naturalWidth > 0;
    });
    expect(await img.getAttribute('src')).toMatch(/^blob:/);
    expect(await axeViolations(page)).toEqual([]);

    const photo = readZip(pkg).find((f) => f.name.startsWith('photos/'))!;
    const digest = createHash('sha256').update(photo.bytes).digest('hex');
    const scratch = await mkdtemp(join(tmpdir(), 'steady-evidence-print-'));
    try {
      // Paper waits for every entry's digest, which the screen says it is working out.
      await page.waitForFunction(
        () => document.querySelector('.report-digests-status')?.textContent === '',
      );
      const pdf = await printToPdf(page, scratch, 'report-photos');
      expect(pdf.text).toContain('Photo 1. SHA-256 of the stored file');
      // Each entry with its version's digest, the same as the package lists.
      const listed = JSON.parse(
        Buffer.from(readZip(pkg).find((f) => f.name === 'manifest.json')!.bytes).toString('utf8'),
      ) as { entries: Array<{ versions: string[] }> };
      for (const entry of listed.entries) {
        expect(pdf.text.replace(/\s+/g, '')).toContain(
          `Digestofthisversion(SHA-256):${entry.versions.at(-1)!}`,
        );
      }
      expect(pdf.text.replace(/\s+/g, '')).toContain(digest);
      expect(pdf.text).not.toContain('not printed here');
      const images = execFileSync('pdfimages', ['-list', join(scratch, 'report-photos.pdf')], {
        encoding: 'utf8',
      });
      // Two header lines, then one line per image on the pages.
      expect(images.trim().split('\n').length - 2).toBeGreaterThanOrEqual(1);
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
    await page
      .getByLabel('The photos, each with the fingerprint (SHA-256) of its stored file')
      .uncheck();
    await page.locator('.report-photo').first().waitFor({ state: 'detached' });
  });

  test('carries the report as a PDF: numbered pages, each entry’s words, the chosen photos', async () => {
    const { page } = session;
    const report = new ReportPage(page);
    await report.open();
    const photos = page.getByLabel(
      'The photos, each with the fingerprint (SHA-256) of its stored file',
    );
    await photos.check();
    await page.waitForFunction(() => {
      const shown = document.querySelector<HTMLImageElement>('.report-photo img');
      return shown !== null && shown.complete && shown.naturalWidth > 0;
    });
    const bytes = await readFile((await (await report.makeOpenPackage()).path())!);
    await expect(verifyPackage(bytes)).resolves.toMatchObject({ ok: true, problems: [] });
    const files = readZip(bytes);
    const photo = files.find((f) => f.name.startsWith('photos/'))!;
    const digest = createHash('sha256').update(photo.bytes).digest('hex');
    const scratch = await mkdtemp(join(tmpdir(), 'steady-evidence-pdf-'));
    try {
      const file = join(scratch, 'report.pdf');
      await writeFile(file, files.find((f) => f.name === 'report.pdf')!.bytes);
      const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
      const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
      const pages = Number(/^Pages:\s+(\d+)/m.exec(info)![1]);
      for (let n = 1; n <= pages; n++) expect(text).toMatch(new RegExp(`Page ${n} of ${pages}`));
      // The same words as the report on screen, the entries oldest first.
      const flat = text.replace(/\s+/g, ' ');
      expect(flat).toContain(FIRST);
      expect(flat).toContain(SECOND);
      expect(flat.indexOf(FIRST)).toBeLessThan(flat.indexOf(SECOND));
      expect(flat).toContain('Photo 1. SHA-256 of the stored file');
      // Each entry with the digest of its version, as the manifest lists it.
      const manifest = JSON.parse(
        Buffer.from(files.find((f) => f.name === 'manifest.json')!.bytes).toString('utf8'),
      ) as { entries: Array<{ versions: string[] }> };
      expect(manifest.entries).toHaveLength(2);
      // Once each: the package's own line, not the screen's again.
      expect(flat.match(/Digest of this version/g)).toHaveLength(2);
      for (const entry of manifest.entries) {
        expect(text.replace(/\s+/g, '')).toContain(
          `Digestofthisversion(SHA-256),asthepackagelistsit:${entry.versions.at(-1)!}`,
        );
      }
      expect(text.replace(/\s+/g, '')).toContain(digest);
      const images = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' });
      expect(images.trim().split('\n').slice(2)).toHaveLength(1);
      // Nothing in it names the app or what made it.
      expect(info).not.toMatch(/^(Title|Author|Creator|Producer):/m);
      expect(text).not.toMatch(/steady/i);
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
    await expect(page.locator('.evidence-status').textContent()).resolves.not.toContain('PDF');
    await photos.uncheck();
    await page.locator('.report-photo').first().waitFor({ state: 'detached' });
  });

  test('the report screen passes axe in Spanish, and the sheet is in Spanish', async () => {
    const { page } = session;
    await openFromNav(page, 'Settings');
    await page.locator('#settings-language').selectOption('es');
    const report = new ReportPage(page);
    await report.open('Informe');
    const download = await report.makeOpenPackage();
    const bytes = await readFile((await download.path())!);
    await expect(verifyPackage(bytes)).resolves.toMatchObject({ ok: true, entries: 2 });
    expect(readZip(bytes).map((f) => f.name)).toContain('como-comprobar.txt');
    const pdf = readZip(bytes).find((f) => f.name === 'informe.pdf');
    expect(pdf, 'the report, as a PDF named in Spanish').toBeDefined();
    const scratch = await mkdtemp(join(tmpdir(), 'steady-evidence-pdf-es-'));
    try {
      await writeFile(join(scratch, 'informe.pdf'), pdf!.bytes);
      const text = execFileSync('pdftotext', [join(scratch, 'informe.pdf'), '-'], {
        encoding: 'utf8',
      });
      expect(text).toMatch(/Página 1 de \d+/);
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
    expect(await axeViolations(page), 'es').toEqual([]);
    await openFromNav(page, 'Ajustes');
    await page.locator('#settings-language').selectOption('en');
  });
  test('the lock screen links to Check a record, which opens without unlocking', async () => {
    const { page } = session;
    const lock = new LockPage(page);
    await lock.lock();
    await page.getByRole('button', { name: 'Check a record', exact: true }).click();
    const check = new CheckRecordPage(page);
    await check.heading.waitFor();
    await check.check({ name: 'records.zip', mimeType: 'application/zip', buffer: pkg });
    await expect(check.verdict.locator('h2').textContent()).resolves.toBe('Unchanged');
    // Still locked: nothing of the person's is on screen, and Lock is not offered.
    await expect(page.locator('header button.lock-now').count()).resolves.toBe(0);
    await expect(page.locator('main').textContent()).resolves.not.toContain(SECOND);
  });
});

describe('check a record, in a fresh browser with no vault', () => {
  for (const [lang, locale, link, unchanged, changed, version] of [
    ['en', 'en-GB', 'Check a record', 'Unchanged', 'Something was changed', 'version 1'],
    ['es', 'es-MX', 'Comprobar un registro', 'Sin cambios', 'Algo se cambió', 'versión 1'],
  ] as const) {
    test(`says unchanged, then names the changed entry (${lang})`, async () => {
      const fresh = await openSession({ viewport: PHONE, locale });
      try {
        const { page } = fresh;
        await page.goto(server.url);
        const check = new CheckRecordPage(page);
        await check.openFromHelp(link);

        await check.check({ name: 'records.zip', mimeType: 'application/zip', buffer: pkg });
        await expect(check.verdict.locator('h2').textContent()).resolves.toBe(unchanged);
        await expect(check.head.textContent()).resolves.toBe(grouped(verdict.head!));
        await expect(check.verdict.textContent()).resolves.toMatch(/2\D+2\D+1\./);
        expect(await axeViolations(page), `${lang}, unchanged`).toEqual([]);

        await check.check({
          name: 'records-changed.zip',
          mimeType: 'application/zip',
          buffer: changedCopy(pkg),
        });
        await expect(check.verdict.locator('h2').textContent()).resolves.toBe(changed);
        const problems = await check.problems.allTextContents();
        expect(problems).toHaveLength(1);
        // Named by its first words as the file now reads, and the version changed.
        expect(problems[0]).toContain('He shouted at me in the kitchen');
        expect(problems[0]).toContain('2025');
        expect(problems[0]).toContain(version);
        expect(problems[0]).not.toContain(SECOND);
        expect(await axeViolations(page), `${lang}, changed`).toEqual([]);

        // Bad input: each gets its own plain message, and nothing is checked.
        await check.check({
          name: 'empty.zip',
          mimeType: 'application/zip',
          buffer: Buffer.alloc(0),
        });
        await expect(check.refusal.textContent()).resolves.toMatch(/empty|vacío/);
        await check.check({
          name: 'notes.zip',
          mimeType: 'application/zip',
          buffer: Buffer.from('this is not a zip file at all'),
        });
        await expect(check.problems.allTextContents()).resolves.toHaveLength(1);
        expect(await axeViolations(page), `${lang}, not a package`).toEqual([]);

        // Checked in the page: no request went to any origin but the app's own.
        expect(fresh.requests.filter((u) => !u.startsWith(server.url))).toEqual([]);
      } finally {
        await fresh.close();
      }
    });
  }
});
