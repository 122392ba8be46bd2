import { randomBytes } from 'node:crypto';
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
import { openFromNav } from './pages/ShellPage.ts';
import { ReportPage } from './pages/ReportPage.ts';

let server: RunningServer;
let session: Session;
let scratch: string;

const PASSPHRASE = 'harbour pebble violet 3318 gently';
// Words unique to this run, so the PDF's text can be searched for each entry.
const run = randomBytes(4).toString('hex');
const mark = (name: string) => `${name}${run}`;
const A = { what: mark('alphawhat'), injuries: mark('alphabruise') };
const B = {
  first: mark('bravofirst'),
  what: mark('bravowhat'),
  injuries: mark('bravobruise'),
  witnesses: mark('bravoneighbour'),
};
const C = { what: mark('charliewhat') };
const ALL_TEXT = [A.what, A.injuries, B.first, B.what, B.injuries, B.witnesses, C.what];
/** Words only the app's chrome would put on paper. */
const CHROME = [
  'Quick exit',
  'Get help',
  'Lock',
  'Journal',
  'My plan',
  'Staying gone',
  'Settings',
  'Self-check',
  'Steady',
  'Print or save as PDF',
  'What to include',
  'Preview',
];

beforeAll(async () => {
  server = await startAppServer();
  scratch = await mkdtemp(join(tmpdir(), 'steady-report-'));
  session = await openSession();
  await session.page.goto(server.url);
  await new LockPage(session.page).setUp(PASSPHRASE);

  // Three entries months apart, each with different kinds of harm.
  const journal = new JournalPage(session.page);
  await journal.open();
  await journal.create({
    date: '2025-01-15',
    stage: 'An incident of harm',
    harms: ['Threats or intimidation'],
    severity: '3: quite bad',
    what: `He blocked the door. ${A.what}`,
    injuries: `Scratch ${A.injuries}`,
  });
  await journal.create({
    date: '2025-04-10',
    time: '22:15',
    stage: 'An incident of harm',
    harms: ['Threats or intimidation', 'Physical harm'],
    severity: '4: very bad',
    what: `He pushed me. ${B.first}`,
    injuries: `Bruised arm ${B.injuries}`,
    witnesses: `The neighbour ${B.witnesses}`,
  });
  // An edit: the report shows the current text and notes the edit.
  await session.page.getByRole('button', { name: 'Edit', exact: true }).click();
  await session.page.getByRole('heading', { name: 'Edit this entry' }).waitFor();
  await journal.fill({ what: `He pushed me against the wall. ${B.what}` });
  await journal.save();
  await session.page.getByText('Edited on').waitFor();
  await journal.create({
    date: '2025-08-20',
    stage: 'An incident of harm',
    harms: ['Money: taking, controlling or holding it back'],
    severity: '2: somewhat',
    what: `He took my card. ${C.what}`,
  });
});
afterAll(async () => {
  await session?.close();
  await server?.close();
  await rm(scratch, { recursive: true, force: true });
});

describe('the report', () => {
  test('prints only the chosen dates and kinds, under a neutral heading, with no app chrome', async () => {
    const report = new ReportPage(session.page);
    await report.open();
    await expect(report.count.textContent()).resolves.toBe('Entries that will be in the report: 3');

    // The range leaves out A (January); the kinds leave out C (money only).
    await report.setRange('2025-03-01', '2025-12-31');
    await report.onlyHarms(['Threats or intimidation', 'Physical harm']);
    await report.setPart('originals', true);
    await expect(report.count.textContent()).resolves.toBe('Entries that will be in the report: 1');

    const text = await report.printedText(scratch, 'chosen');
    expect(text).toContain('Record of events');
    expect(text).toMatch(/Events from Mar 1, 2025 to Dec 31, 2025/);
    expect(text).toMatch(/Prepared on/);
    expect(text).toContain('written by the person it belongs to');
    expect(text).toContain('not a diagnosis');
    for (const word of [B.what, B.injuries, B.witnesses]) expect(text, word).toContain(word);
    // The original, as first written, is there because it was asked for; the edit is noted.
    expect(text).toContain(B.first);
    expect(text).toContain('Edited on');
    for (const word of [A.what, A.injuries, C.what]) expect(text, word).not.toContain(word);
    for (const chrome of CHROME) expect(text, chrome).not.toContain(chrome);
  });

  test('a summary only: the figures are on paper, what was written is not', async () => {
    const report = new ReportPage(session.page);
    await report.setRange('2025-01-01', '2025-12-31');
    await report.allHarms();
    await expect(report.count.textContent()).resolves.toBe('Entries that will be in the report: 3');
    await report.setPart('timeline', false);
    await report.setPart('fullText', false);
    await report.setPart('injuries', false);

    const text = await report.printedText(scratch, 'summary');
    expect(text).toContain('Record of events');
    expect(text).toContain('Summary');
    expect(text).toMatch(/Entries describing an incident of harm: 3. Separate occasions: 3./);
    expect(text).toMatch(
      /Days between one occasion and the next: shortest 85, longest 132, typically 109/,
    );
    for (const word of ALL_TEXT) expect(text, word).not.toContain(word);
    for (const chrome of CHROME) expect(text, chrome).not.toContain(chrome);
    await report.setPart('timeline', true);
    await report.setPart('fullText', true);
    await report.setPart('injuries', true);
  });

  test('axe passes on the report screen, in English and in Spanish', async () => {
    const { page } = session;
    const report = new ReportPage(page);
    expect(await axeViolations(page), 'en').toEqual([]);
    await report.setRange('2025-12-31', '2025-01-01');
    await page.locator('#report-range-error').waitFor();
    expect(await axeViolations(page), 'en, reversed range').toEqual([]);
    await report.setRange('2025-01-01', '2025-12-31');

    await openFromNav(page, 'Settings');
    await page.locator('#settings-language').selectOption('es');
    await report.open('Informe');
    await expect(page.locator('main h1#report-title').textContent()).resolves.toBe('Informe');
    await expect(report.doc.locator('h2').first().textContent()).resolves.toBe(
      'Registro de hechos',
    );
    expect(await axeViolations(page), 'es').toEqual([]);
    await openFromNav(page, 'Ajustes');
    await page.locator('#settings-language').selectOption('en');
  });
});
