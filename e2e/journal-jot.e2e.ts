import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningServer } from '@steady/server';
import { axeViolations } from './support/axe.ts';
import { openSession, type Session } from './support/browser.ts';
import { startAppServer } from './support/server.ts';
import { JournalPage } from './pages/JournalPage.ts';
import { LockPage } from './pages/LockPage.ts';
import { ReportPage } from './pages/ReportPage.ts';
import { ShellPage, openFromNav } from './pages/ShellPage.ts';

let server: RunningServer;
let scratch: string;
beforeAll(async () => {
  server = await startAppServer();
  scratch = await mkdtemp(join(tmpdir(), 'steady-jot-'));
});
afterAll(async () => {
  await server.close();
  await rm(scratch, { recursive: true, force: true });
});

const PASSPHRASE = 'quiet harbour pebble 7310 slowly';
const NOTE = `He took my keys so I could not leave. jot-${Math.random().toString(36).slice(2, 8)}`;
const DRAFT = `Half a sentence before the lock. draft-${Math.random().toString(36).slice(2, 8)}`;

describe('quick capture: jot it down now, add the details later (360 px wide)', () => {
  let session: Session;
  let journal: JournalPage;

  beforeAll(async () => {
    session = await openSession({ viewport: { width: 360, height: 740 } });
    await session.page.goto(server.url);
    await new LockPage(session.page).setUp(PASSPHRASE);
    journal = new JournalPage(session.page);
    await journal.open();
  });
  afterAll(async () => {
    await session?.close();
  });

  const jotButton = () => journal.views.getByRole('button', { name: 'Jot it down now' });
  const box = () => session.page.getByLabel('What happened', { exact: true });

  test('an empty note is refused beside its box, and nothing is saved', async () => {
    const { page } = session;
    await jotButton().click();
    await page.getByRole('heading', { name: 'Jot it down now', level: 2 }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Save note' }).click();
    await page.locator('#jot-error').getByText('Write a few words first.').waitFor();
    expect(await box().getAttribute('aria-invalid')).toBe('true');
    expect(await box().getAttribute('aria-describedby')).toContain('jot-error');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('jot-what');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.locator('.journal-empty').waitFor();
  });

  test('a note typed before a lock comes back as a draft after unlock', async () => {
    const { page } = session;
    await jotButton().click();
    await box().fill(DRAFT);
    const lock = new LockPage(page);
    await lock.lock();
    await lock.unlock(PASSPHRASE);
    await lock.waitUnlocked();
    const offer = page.getByRole('region', { name: 'You were writing something' });
    await offer.getByText('A quick note for the journal').waitFor({ timeout: 30_000 });
    await offer.getByRole('button', { name: 'Carry on' }).click();
    await page.getByText('Carried on from what you were writing').waitFor();
    await expect(box().inputValue()).resolves.toBe(DRAFT);
    // Thrown away again: the next note starts empty.
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.locator('.journal-empty').waitFor();
  });

  test('one box, one Save, by keyboard alone: the list marks it as having details to add', async () => {
    const { page } = session;
    await jotButton().focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Jot it down now', level: 2 }).waitFor();
    // Focus moves to the heading; the next Tab reaches the box, then Save.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('jot-what');
    await page.keyboard.type(NOTE);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');

    await page.getByText('Saved. You can add the details whenever you are ready.').waitFor();
    const row = journal.rows.filter({ hasText: NOTE });
    await row.getByText('Details to add').waitFor();
    expect(await row.textContent()).not.toContain('Felt');
    await expect(journal.count.textContent()).resolves.toBe('1 entry');
    // The filter for notes still missing details finds it.
    await journal.openFilters();
    await page.getByLabel('Only notes with details to add').check();
    await expect(journal.rows.count()).resolves.toBe(1);
    await page.getByLabel('Only notes with details to add').uncheck();
    expect(await axeViolations(page)).toEqual([]);
    // Nothing wider than the phone.
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).toBe(true);
  });

  test('the timeline and the report take a note without details in their stride', async () => {
    const { page } = session;
    await journal.toTimeline();
    await page
      .getByText('1 quick note is not on the timeline until its details are added.')
      .waitFor();
    await page.getByText('The timeline appears once you have written an entry.').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    const report = new ReportPage(page);
    await report.open();
    await expect(report.count.textContent()).resolves.toBe('Entries that will be in the report: 1');
    const text = await report.printedText(scratch, 'jotted');
    expect(text).toContain(NOTE);
    expect(text).toContain('Details to add');
    expect(text).toContain('Not added yet');
    expect(await axeViolations(page)).toEqual([]);
    await journal.open();
  });

  test('opening it offers to add the details; the words and the first time are kept', async () => {
    const { page } = session;
    await journal.openRow(NOTE);
    await page.getByRole('heading', { name: 'Details to add', level: 3 }).waitFor();
    expect(await page.locator('.journal-content').textContent()).toContain('Not added yet');
    const writtenAt = await page.locator('.journal-entry > .hint').first().textContent();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Add the details' }).click();
    await page.getByRole('heading', { name: 'Add the details', level: 2 }).waitFor();
    await expect(box().inputValue()).resolves.toBe(NOTE);
    // The full form still asks for the stage and severity.
    await journal.save();
    expect(await journal.fieldError('stage').textContent()).toContain('Please choose a stage');
    await journal.fill({
      date: '2026-11-28',
      stage: 'An incident of harm',
      harms: ['Threats or intimidation'],
      severity: '4: very bad',
      felt: 'Shaking.',
    });
    expect(await axeViolations(page)).toEqual([]);
    await journal.save();
    await journal.entryHeading.waitFor();

    expect(await page.getByRole('heading', { name: 'Details to add' }).count()).toBe(0);
    const shown = await page.locator('.journal-content').first().textContent();
    expect(shown).toContain('An incident of harm');
    expect(shown).toContain(NOTE);
    // Written on the same moment; the quick note is kept as the original version.
    expect(await page.locator('.journal-entry > .hint').first().textContent()).toContain(
      (writtenAt ?? '').replace(/ · .*/, ''),
    );
    await page.locator('details.journal-versions summary').click();
    await page.getByText('Original, written on', { exact: false }).waitFor();
    expect(await page.locator('.journal-version .journal-content').textContent()).toContain(
      'Not added yet',
    );

    await journal.toList();
    const row = journal.rows.filter({ hasText: NOTE });
    await row.getByText('An incident of harm').waitFor();
    expect(await row.getByText('Details to add').count()).toBe(0);
    await journal.toTimeline();
    expect(await page.getByText('quick note', { exact: false }).count()).toBe(0);
    await page.getByRole('table', { name: 'Entries by month' }).waitFor();
  });

  test('in Spanish too: jotted, marked, offered its details, and axe passes', async () => {
    const { page } = session;
    const shell = new ShellPage(page, server.url);
    await shell.goTo('Settings');
    await page.getByLabel('Language').selectOption('es');
    await openFromNav(page, 'Diario');
    await page.locator('.journal-list').waitFor();
    await page.getByRole('button', { name: 'Anótalo ahora' }).click();
    await page.getByRole('heading', { name: 'Anótalo ahora', level: 2 }).waitFor();
    await page.getByRole('button', { name: 'Guardar nota' }).click();
    await page.getByText('Escribe unas palabras primero.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Qué pasó', { exact: true }).fill('Me gritó en la calle.');
    await page.getByRole('button', { name: 'Guardar nota' }).click();
    await page.getByText('Guardada. Puedes agregar los detalles cuando quieras.').waitFor();
    const row = journal.rows.filter({ hasText: 'Me gritó en la calle.' });
    await row.getByText('Faltan detalles').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await row.getByRole('button').click();
    await page.getByRole('button', { name: 'Agregar los detalles' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await shell.goTo('Ajustes');
    await page.getByLabel('Idioma').selectOption('en');
  });
});
