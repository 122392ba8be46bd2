import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { RunningServer } from '@steady/server';
import { openSession, type Session } from './support/browser.ts';
import { printToPdf, type PrintedPdf } from './support/pdf.ts';
import { startAppServer } from './support/server.ts';
import { CoverPage } from './pages/CoverPage.ts';
import { JournalPage } from './pages/JournalPage.ts';
import { LockPage } from './pages/LockPage.ts';
import { PlanPage } from './pages/PlanPage.ts';
import { ReportPage } from './pages/ReportPage.ts';
import { ShellPage } from './pages/ShellPage.ts';

let server: RunningServer;
let session: Session;
let scratch: string;

const PASSPHRASE = 'lantern quarry meadow 7312 warmly';
const PLAN_NOTE = 'zq-print-plan-note';
const ENTRY = 'zq-print-entry-text';

/** Nothing in the PDF's text or in any of its metadata fields names the app. */
function expectNeutral(pdf: PrintedPdf, title: string): void {
  expect(pdf.info.Title).toBe(title);
  for (const [field, value] of Object.entries(pdf.info)) {
    expect(value.toLowerCase(), `PDF ${field}`).not.toContain('steady');
  }
  expect(pdf.text.toLowerCase()).not.toContain('steady');
}

async function printPlan(page: Page, name: string): Promise<PrintedPdf> {
  const plan = new PlanPage(page);
  await plan.open();
  await plan.openPrint();
  // The print button calls window.print(), whose dialog headless Chromium cannot close;
  // page.pdf() prints the same way (beforeprint and afterprint included).
  await page.locator('.plan-print-go').waitFor();
  const pdf = await printToPdf(page, scratch, name);
  expect(pdf.text).toContain(PLAN_NOTE);
  return pdf;
}

beforeAll(async () => {
  server = await startAppServer();
  scratch = await mkdtemp(join(tmpdir(), 'steady-print-'));
  session = await openSession();
  const { page } = session;
  await page.goto(server.url);
  await new LockPage(page).setUp(PASSPHRASE);
  const plan = new PlanPage(page);
  await plan.open();
  await plan.openSection('after');
  await plan.notes('after').fill(PLAN_NOTE);
  await plan.waitSaved();
  const journal = new JournalPage(page);
  await journal.open();
  await journal.create({ stage: 'An incident of harm', severity: '3: quite bad', what: ENTRY });
});
afterAll(async () => {
  await session.close();
  await server.close();
  await rm(scratch, { recursive: true, force: true });
});

describe('printed pages and saved PDFs name nothing', () => {
  test('the plan prints under a plain title, "Notes", and the tab keeps its own', async () => {
    const { page } = session;
    expectNeutral(await printPlan(page, 'plan-plain'), 'Notes');
    // After printing, the tab's title is what it was.
    expect(await page.title()).toBe('Steady');
  });

  test('the report prints under a plain title too', async () => {
    const { page } = session;
    const report = new ReportPage(page);
    await report.open();
    const pdf = await printToPdf(page, scratch, 'report-plain');
    expect(pdf.text).toContain(ENTRY);
    expectNeutral(pdf, 'Notes');
    // Every page carries its number and the count ("2 / 3"), so a missing page shows.
    const pages = Number(pdf.info.Pages);
    expect(pages).toBeGreaterThan(0);
    // (pdftotext reads the small footer without its spaces: "1/2".)
    for (let n = 1; n <= pages; n++) {
      expect(pdf.text).toMatch(new RegExp(`\\b${n} ?/ ?${pages}\\b`));
    }
  });

  test('ticking "show the app’s name" names it, on the paper and in the title', async () => {
    const { page } = session;
    const report = new ReportPage(page);
    await report.open();
    await page.getByLabel('Show the app’s name on the paper').check();
    const pdf = await printToPdf(page, scratch, 'report-named');
    expect(pdf.info.Title).toBe('Steady');
    expect(pdf.text).toContain('Made with Steady');
    // The choice is for that print: the plan, opened afresh, is plain again.
    expectNeutral(await printPlan(page, 'plan-after-named'), 'Notes');
  });

  test('under a cover, a print carries the cover’s name', async () => {
    const { page } = session;
    await new CoverPage(page, 'calculator').choose(server.url, '2468');
    expectNeutral(await printPlan(page, 'plan-covered'), 'Calculator');
    await new ShellPage(page, server.url).goTo('Settings');
    await page.getByLabel('No disguise').check();
    await page.getByRole('button', { name: 'Save disguise' }).click();
  });
});
