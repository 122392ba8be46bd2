import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readZip, verifyPackage } from '@steady/core/evidence';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningServer } from '@steady/server';
import { axeViolations } from './support/axe.ts';
import { foreignRequests, openSession, type Session } from './support/browser.ts';
import { startAppServerWithRelay } from './support/server.ts';
import { JournalPage } from './pages/JournalPage.ts';
import { LockPage } from './pages/LockPage.ts';
import { OpenSharePage } from './pages/OpenSharePage.ts';
import { ReportPage } from './pages/ReportPage.ts';
import { openFromNav } from './pages/ShellPage.ts';

// Handing a report to an advocate without email (issue 19): the package is sealed under
// a key that only the link's fragment holds and stored on the relay for one download.
// The link opens in a fresh browser with no vault; a second opening, and a link stopped
// from Settings, are refused; the relay's file holds neither the words nor the key.

const PHONE = { width: 360, height: 740 };
const PASSPHRASE = 'meadow copper 7714 gently harbour';
const MARKER = 'zq-share-7f3a-he-locked-me-out-of-the-flat';
const LINK = /^http:\/\/127\.0\.0\.1:\d+\/open\.html#([0-9a-f]{32})\.([A-Za-z0-9_-]{43})$/;

let server: RunningServer;
let dir: string;
let sqlite: string;
let person: Session;
let first = '';

async function makeLink(page: Page): Promise<string> {
  const report = new ReportPage(page);
  await report.open();
  await page.getByRole('button', { name: 'Make a link to share', exact: true }).click();
  const field = page.getByLabel('The link', { exact: true });
  await field.waitFor({ timeout: 30_000 });
  return field.inputValue();
}

/** A browser that never saw the app: the advocate's. */
async function advocate<T>(
  work: (page: Page, session: Session) => Promise<T>,
  locale = 'en-GB',
): Promise<T> {
  const session = await openSession({ viewport: PHONE, locale });
  try {
    return await work(session.page, session);
  } finally {
    await session.close();
  }
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'steady-share-'));
  sqlite = join(dir, 'relay.sqlite');
  server = await startAppServerWithRelay(sqlite);
  person = await openSession({ viewport: PHONE });
  const { page } = person;
  await page.goto(server.url);
  await new LockPage(page).setUp(PASSPHRASE);
  const journal = new JournalPage(page);
  await journal.open();
  await journal.create({ stage: 'An incident of harm', severity: '3: quite bad', what: MARKER });
});
afterAll(async () => {
  await person?.close();
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('sharing a report through the relay', () => {
  test('is offered only once server backup is on, and gives a link with the key in its fragment', async () => {
    const { page } = person;
    const report = new ReportPage(page);
    await report.open();
    await report.makeButton.waitFor();
    expect(await page.getByRole('button', { name: 'Make a link to share' }).count()).toBe(0);

    await openFromNav(page, 'Settings');
    const section = page.getByRole('region', { name: 'Backup on the server' });
    await section.getByRole('button', { name: 'Turn on backup on the server' }).click();
    await section.getByText('Backed up on the server:').waitFor({ timeout: 30_000 });

    const title = await page.title();
    first = await makeLink(page);
    expect(first).toMatch(LINK);
    expect(first.startsWith(server.url)).toBe(true);
    await expect(page.locator('.evidence-share').textContent()).resolves.toContain(
      'It opens once. After that it no longer works.',
    );
    // Nothing about it in the address or the title.
    expect(page.url()).not.toContain('open.html');
    await expect(page.title()).resolves.toBe(title);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('opens in a fresh browser: the package, checked and saved, with no request to anyone else', async () => {
    const [, id, key] = LINK.exec(first)!;
    await advocate(async (page, session) => {
      const open = new OpenSharePage(page);
      await open.goto(first);
      // The fragment is taken out of the address at once; the title names nothing.
      expect(page.url()).toBe(`${server.url}/open.html`);
      await expect(page.title()).resolves.toBe('Records');
      expect(await axeViolations(page)).toEqual([]);
      await open.open();
      await expect(open.verdict.locator('h2').textContent()).resolves.toBe('Unchanged');
      const download = await open.save();
      expect(download.suggestedFilename()).toMatch(/^records-\d{4}-\d{2}-\d{2}\.zip$/);
      const bytes = await readFile((await download.path())!);
      await expect(verifyPackage(bytes)).resolves.toMatchObject({ ok: true, entries: 1 });
      const entry = readZip(bytes).find((file) => file.name.startsWith('entries/'))!;
      expect(Buffer.from(entry.bytes).toString('utf8')).toContain(MARKER);
      // The report itself, to read or print: the PDF the package carries.
      const report = await open.saveReport();
      expect(report.suggestedFilename()).toBe('report.pdf');
      const pdf = await readFile((await report.path())!);
      expect(pdf).toEqual(Buffer.from(readZip(bytes).find((f) => f.name === 'report.pdf')!.bytes));
      const scratch = await mkdtemp(join(tmpdir(), 'steady-share-pdf-'));
      try {
        await writeFile(join(scratch, 'report.pdf'), pdf);
        const text = execFileSync('pdftotext', [join(scratch, 'report.pdf'), '-'], {
          encoding: 'utf8',
        });
        expect(text.replace(/\s+/g, ' ')).toContain(MARKER);
      } finally {
        await rm(scratch, { recursive: true, force: true });
      }
      expect(await axeViolations(page)).toEqual([]);
      // The key went nowhere: no request holds it, and none left the app's origin.
      expect(session.requests.filter((url) => url.includes(key!))).toEqual([]);
      expect(session.requests).toContain(`${server.url}/api/backup/v1/shares/${id}`);
      expect(foreignRequests(session.requests, server.url)).toEqual([]);
      // It holds no vault: nothing of the app's storage was made here.
      const stored = await page.evaluate(async () => (await indexedDB.databases()).length);
      expect(stored).toBe(0);
    });
  });

  test('refuses a second opening of a one-download link', async () => {
    await advocate(async (page) => {
      const open = new OpenSharePage(page);
      await open.goto(first);
      await open.open();
      await expect(open.status.textContent()).resolves.toContain(
        'This link can no longer be opened',
      );
      expect(await open.verdict.count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
    });
  });

  test('refuses a link stopped from Settings, and a link cut short', async () => {
    const { page } = person;
    const second = await makeLink(page);
    expect(second).toMatch(LINK);
    expect(second).not.toBe(first);

    await openFromNav(page, 'Settings');
    const list = page.getByRole('region', { name: 'Shared links' });
    await list.locator('li').nth(1).waitFor();
    expect(await list.locator('li').count()).toBe(2);
    // Newest first: the second link.
    await list.locator('li').first().getByRole('button', { name: 'Stop this link' }).click();
    await list.locator('li').first().getByText('You stopped it on').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await advocate(async (fresh) => {
      const open = new OpenSharePage(fresh);
      await open.goto(second);
      await open.open();
      await expect(open.status.textContent()).resolves.toContain(
        'This link can no longer be opened',
      );
      // A new page: from this one, only the fragment would change and nothing load.
      const cut = new OpenSharePage(await fresh.context().newPage());
      await cut.goto(second.slice(0, -5));
      await expect(cut.status.textContent()).resolves.toContain('not a whole link');
      expect(await cut.page.getByRole('button', { name: 'Open the package' }).count()).toBe(0);
      expect(await axeViolations(cut.page)).toEqual([]);
    });
  });

  test('speaks Spanish to a browser that asks for it, and passes axe', async () => {
    await advocate(async (page) => {
      const open = new OpenSharePage(page);
      await open.goto(first);
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe('es');
      await expect(page.locator('main h1').textContent()).resolves.toBe(
        'Registros que compartieron contigo',
      );
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Abrir el paquete', exact: true }).click();
      await page.getByText('Este enlace ya no se puede abrir').waitFor();
      expect(await axeViolations(page)).toEqual([]);
    }, 'es-MX');
  });

  test("leaves nothing readable in the relay's file: neither the words nor any link's key", async () => {
    // One still waiting on the relay, besides the two gone.
    const waiting = await makeLink(person.page);
    const keys = [first, waiting].map((link) => LINK.exec(link)![2]!);
    for (const file of [sqlite, `${sqlite}-wal`].filter((path) => existsSync(path))) {
      const held = await readFile(file);
      expect(held.includes(Buffer.from(MARKER))).toBe(false);
      for (const key of keys) {
        expect(held.includes(Buffer.from(key))).toBe(false);
        expect(held.includes(Buffer.from(key, 'base64url'))).toBe(false);
      }
    }
  });
});
