import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readZip, verifyPackage, writeZip } from '@steady/core/evidence';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningServer } from '@steady/server';
import { axeViolations } from './support/axe.ts';
import { openSession, type Session } from './support/browser.ts';
import { pageOverflow } from './support/layout.ts';
import { startAppServer } from './support/server.ts';
import { CheckRecordPage } from './pages/CheckRecordPage.ts';
import { JournalPage } from './pages/JournalPage.ts';
import { LockPage } from './pages/LockPage.ts';
import { ReportPage } from './pages/ReportPage.ts';
import { openFromNav, ShellPage } from './pages/ShellPage.ts';

// The details courts and advocates ask for, in a journal entry (issue 19), on a phone:
// filled (one question by keyboard alone), saved, shown, found by search, kept by an
// edit and by a draft across a lock, printed under the entry, and carried by the
// evidence package, which refuses a copy with one byte of a detail changed.

const PHONE = { width: 360, height: 740 };
const PASSPHRASE = 'harbour lantern 7713 gently moss';
const WHAT = 'He came to the flat although the order says he must not';
const TEXTS = {
  'Where it happened': 'Outside flat 4, Elm Road',
  'Police report or incident number': 'CAD 4471',
  'Medical visit: where': 'The walk-in centre',
  'Medical visit: when': 'The next morning',
  'Property damaged': 'The glass of the front door',
  'Messages you received': 'zqmessage You will regret this, at 22:40',
  'Where other evidence is kept': 'Printed screenshots at my sister’s',
};
const ORDER = 'Was a protection order in force?';
const BROKEN = 'Did this break the order?';
const CHILDREN = 'Were children there?';

let server: RunningServer;
let session: Session;
let journal: JournalPage;
let lock: LockPage;

const offer = (page: Page) => page.getByRole('region', { name: 'You were writing something' });
const checked = (page: Page, question: string) =>
  new JournalPage(page)
    .courtQuestion(question)
    .locator('input:checked')
    .evaluateAll((inputs) =>
      inputs.map((input) => input.closest('label')?.textContent?.trim() ?? ''),
    );

beforeAll(async () => {
  server = await startAppServer();
  session = await openSession({ viewport: PHONE });
  await session.page.goto(server.url);
  lock = new LockPage(session.page);
  await lock.setUp(PASSPHRASE);
  journal = new JournalPage(session.page);
  await journal.open();
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('details for a court or advocate', () => {
  test('folded at first; filled, one question by keyboard alone, and shown once saved', async () => {
    const { page } = session;
    await journal.startNew();
    const fields = page.locator('#jf-court-fields');
    await expect(journal.courtToggle.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(fields.isVisible()).resolves.toBe(false);
    await journal.fill({ stage: 'An incident of harm', severity: '4: very bad', what: WHAT });
    await journal.fillCourt(TEXTS, { [BROKEN]: 'Yes', [CHILDREN]: 'Not sure' });
    await expect(journal.courtToggle.getAttribute('aria-expanded')).resolves.toBe('true');
    for (const input of await fields.locator('input, textarea').all()) {
      await expect(input.getAttribute('autocomplete')).resolves.toBe('off');
    }

    // Keyboard alone: Tab into the question, Space picks the first answer, the arrows
    // move along; the clear button takes the answer away and hands focus back.
    await page.getByLabel('Medical visit: when', { exact: true }).focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await expect(checked(page, ORDER)).resolves.toEqual(['Yes']);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(checked(page, ORDER)).resolves.toEqual(['Not sure']);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent?.trim())).resolves.toBe(
      'Clear this answer',
    );
    await page.keyboard.press('Enter');
    await expect(checked(page, ORDER)).resolves.toEqual([]);
    await expect(
      page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name),
    ).resolves.toBe('jf-court-orderInForce');
    await page.keyboard.press('Space');
    await expect(checked(page, ORDER)).resolves.toEqual(['Yes']);

    expect(await axeViolations(page), 'the open form').toEqual([]);
    expect(await pageOverflow(page)).toBe(0);

    await journal.save();
    await journal.entryHeading.waitFor({ timeout: 30_000 });
    const view = page.locator('.journal-content').first();
    for (const [label, text] of Object.entries(TEXTS)) {
      await expect(view.textContent(), label).resolves.toContain(`${label}${text}`);
    }
    await expect(view.textContent()).resolves.toContain(`${ORDER}Yes`);
    await expect(view.textContent()).resolves.toContain(`${BROKEN}Yes`);
    await expect(view.textContent()).resolves.toContain(`${CHILDREN}Not sure`);
    expect(await axeViolations(page), 'the entry').toEqual([]);
  });

  test('search finds words written in the details', async () => {
    const { page } = session;
    await journal.toList();
    await journal.search('zqmessage');
    await journal.rows.filter({ hasText: WHAT }).waitFor();
    await expect(journal.rows.count()).resolves.toBe(1);
    await journal.search('zqnowhere');
    await journal.rows.first().waitFor({ state: 'detached' });
    await journal.search('');
    await journal.rows.first().waitFor();
    expect(await page.getByText('zqnowhere').count()).toBe(0);
  });

  test('an edit opens them by itself and keeps them, with the one changed', async () => {
    const { page } = session;
    await journal.openRow(WHAT);
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    await page.getByRole('heading', { name: 'Edit this entry' }).waitFor();
    await expect(journal.courtToggle.getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(page.getByLabel('Where it happened', { exact: true }).inputValue()).resolves.toBe(
      TEXTS['Where it happened'],
    );
    await expect(checked(page, CHILDREN)).resolves.toEqual(['Not sure']);
    await journal.fillCourt({ 'Police report or incident number': 'CAD 4471, then 4502' });
    await journal.save();
    await journal.entryHeading.waitFor();
    const view = page.locator('.journal-content').first();
    await expect(view.textContent()).resolves.toContain('CAD 4471, then 4502');
    await expect(view.textContent()).resolves.toContain(TEXTS['Where it happened']);
    await expect(view.textContent()).resolves.toContain(`${CHILDREN}Not sure`);
  });

  test('a draft with details survives a lock, and opens them when carried on', async () => {
    const { page } = session;
    await journal.startNew();
    await journal.fill({ what: 'A draft about the school gate' });
    await journal.fillCourt({ 'Where it happened': 'The school gate' }, { [CHILDREN]: 'Yes' });
    await lock.lock();
    await lock.unlock(PASSPHRASE);
    await lock.waitUnlocked();
    await offer(page).getByText('A new journal entry').waitFor();
    await offer(page).getByRole('button', { name: 'Carry on' }).click();
    await page.getByText('Carried on from what you were writing').waitFor();
    await expect(journal.courtToggle.getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(page.getByLabel('Where it happened', { exact: true }).inputValue()).resolves.toBe(
      'The school gate',
    );
    await expect(checked(page, CHILDREN)).resolves.toEqual(['Yes']);
    await page.getByRole('button', { name: 'Cancel', exact: true }).click();
    await journal.rows.first().waitFor();
  });

  test('the printed report shows them under the entry', async () => {
    const { page } = session;
    const report = new ReportPage(page);
    await report.open();
    const entry = report.doc.locator('.report-entry').filter({ hasText: WHAT });
    await expect(entry.locator('.report-details').textContent()).resolves.toContain(
      'Details for a court or advocate',
    );
    const scratch = await mkdtemp(join(tmpdir(), 'steady-court-print-'));
    try {
      const text = (await report.printedText(scratch, 'court')).replace(/\s+/g, ' ');
      expect(text).toContain('Details for a court or advocate');
      expect(text).toContain(TEXTS['Where it happened']);
      expect(text).toContain('CAD 4471, then 4502');
      expect(text).toContain(`${ORDER} Yes`);
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
    expect(await axeViolations(page)).toEqual([]);
  });

  test('in Spanish: shown in the entry, and the open form passes axe and fits the phone', async () => {
    const { page } = session;
    const shell = new ShellPage(page, server.url);
    await shell.goTo('Settings');
    await page.getByLabel('Language').selectOption('es');
    try {
      await openFromNav(page, 'Diario');
      await page.locator('.journal-row').filter({ hasText: WHAT }).getByRole('button').click();
      await journal.entryHeading.waitFor();
      await expect(page.locator('.journal-content').first().textContent()).resolves.toContain(
        '¿Había una orden de protección vigente?Sí',
      );
      await page.getByRole('button', { name: 'Editar', exact: true }).click();
      const toggle = page.getByRole('button', {
        name: 'Detalles para un juzgado o quien te asesora (todo es opcional)',
      });
      await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
      await page.getByRole('group', { name: '¿Había niñas o niños presentes?' }).waitFor();
      expect(await axeViolations(page), 'es, the open form').toEqual([]);
      expect(await pageOverflow(page)).toBe(0);
      await page.getByRole('button', { name: 'Cancelar', exact: true }).click();
    } finally {
      await shell.goTo('Ajustes');
      await page.getByLabel('Idioma').selectOption('en');
    }
  });

  test('the evidence package carries them; a byte of a detail changed is refused, naming the entry', async () => {
    const { page } = session;
    const report = new ReportPage(page);
    await report.open();
    const download = await report.makeOpenPackage();
    const pkg = await readFile((await download.path())!);
    const verdict = await verifyPackage(pkg);
    expect(verdict.problems).toEqual([]);
    const manifest = JSON.parse(
      Buffer.from(readZip(pkg).find((f) => f.name === 'manifest.json')!.bytes).toString('utf8'),
    ) as { entries: Array<{ id: string; file: string; details?: Record<string, string> }> };
    const listed = manifest.entries.find((e) => e.details !== undefined)!;
    // The plain sheet lists them too, under the entry, in the person's language.
    const sheet = Buffer.from(
      readZip(pkg).find((f) => f.name === 'how-to-check.txt')!.bytes,
    ).toString('utf8');
    expect(sheet).toContain('DETAILS FOR A COURT OR ADVOCATE');
    expect(sheet).toContain(`- Where it happened\n  ${TEXTS['Where it happened']}`);
    expect(sheet).toContain(`- ${ORDER}\n  Yes`);
    expect(listed.details).toMatchObject({
      place: TEXTS['Where it happened'],
      policeReport: 'CAD 4471, then 4502',
      orderInForce: 'yes',
      children: 'unsure',
    });

    // One byte of the place, in the entry's file, zipped again as a tool would.
    const changed = Buffer.from(
      writeZip(
        readZip(pkg).map((file) => ({
          name: file.name,
          bytes:
            file.name === listed.file
              ? Buffer.from(Buffer.from(file.bytes).toString('utf8').replace('flat 4', 'flat 5'))
              : file.bytes,
        })),
      ),
    );
    const refused = await verifyPackage(changed);
    expect(refused.ok).toBe(false);
    expect(refused.problems).toContainEqual(
      expect.objectContaining({ code: 'version-changed', entry: listed.id }),
    );

    await lock.lock();
    await page.getByRole('button', { name: 'Check a record', exact: true }).click();
    const check = new CheckRecordPage(page);
    await check.heading.waitFor();
    await check.check({ name: 'records.zip', mimeType: 'application/zip', buffer: pkg });
    await expect(check.verdict.locator('h2').textContent()).resolves.toBe('Unchanged');
    await check.check({
      name: 'records-changed.zip',
      mimeType: 'application/zip',
      buffer: changed,
    });
    await expect(check.verdict.locator('h2').textContent()).resolves.toBe('Something was changed');
    const problems = await check.problems.allTextContents();
    expect(problems.some((p) => p.includes('He came to the flat'))).toBe(true);
  });
});
