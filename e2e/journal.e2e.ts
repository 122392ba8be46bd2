import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningServer } from '@steady/server';
import { axeViolations } from './support/axe.ts';
import { openSession, type Session } from './support/browser.ts';
import { GPS_BYTES, imageBytes, jpegSegments, jpegWithGps, scanStart } from './support/jpeg.ts';
import { profileHasBytes, searchProfile } from './support/profile.ts';
import { startAppServer } from './support/server.ts';
import { JournalPage } from './pages/JournalPage.ts';
import { LockPage } from './pages/LockPage.ts';
import { ShellPage, openFromNav } from './pages/ShellPage.ts';

let server: RunningServer;
beforeAll(async () => {
  server = await startAppServer();
});
afterAll(async () => {
  await server.close();
});

const PASSPHRASE = 'copper meadow lantern 5521 softly';
const MARKER = `journal-marker-${Math.random().toString(36).slice(2, 10)}`;

describe('the journal in a real browser', () => {
  let session: Session;
  let journal: JournalPage;
  let storedScan: Buffer = Buffer.alloc(0);
  let storedScanBase64 = '';

  beforeAll(async () => {
    session = await openSession();
    await session.page.goto(server.url);
    await new LockPage(session.page).setUp(PASSPHRASE);
    journal = new JournalPage(session.page);
    await journal.open();
  });
  afterAll(async () => {
    await session?.close();
  });

  test('an empty form is refused next to its fields, and nothing is saved', async () => {
    const { page } = session;
    expect(await axeViolations(page)).toEqual([]);
    await journal.startNew();
    await page.getByText('take a break any time', { exact: false }).first().waitFor();
    await journal.fill({ date: '' });
    await journal.save();
    await page.getByRole('alert').filter({ hasText: 'Nothing has been saved yet' }).waitFor();
    expect(await journal.fieldError('stage').textContent()).toContain('Please choose a stage');
    expect(await journal.fieldError('severity').textContent()).toContain('how severe');
    expect(await journal.fieldError('date').textContent()).toContain('Please give the date');
    expect(await page.getByLabel('Date', { exact: true }).getAttribute('aria-describedby')).toBe(
      'jf-date-error',
    );
    // The summary names each field in its label's words, and each name moves to its field.
    await expect(journal.summaryFields().allTextContents()).resolves.toEqual([
      'Date',
      'Stage of the cycle',
      'How severe it felt',
    ]);
    await page.getByText('3 things below need another look', { exact: false }).waitFor();
    await journal.summaryFields().filter({ hasText: 'Stage of the cycle' }).click();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe(
      'jf-stage',
    );
    await journal.summaryFields().filter({ hasText: 'Date' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('jf-date');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.locator('.journal-empty').waitFor();
  });

  test('create an entry, then edit it: the original is kept and readable', async () => {
    const { page } = session;
    await journal.create({
      date: '2025-03-02',
      time: '21:30',
      stage: 'An incident of harm',
      harms: ['Threats or intimidation', 'Physical harm'],
      severity: '4: very bad',
      what: `He threw my phone at the wall. ${MARKER}`,
      felt: 'Shaking, could not breathe properly.',
      after: ['Apologised', 'Said it never happened'],
      afterNote: 'Flowers the next day.',
      injuries: 'Bruise on my arm.',
      witnesses: 'The neighbour heard shouting.',
    });
    expect(await journal.entryHeading.textContent()).toContain('2025');
    await page.getByText('Written on').waitFor();
    expect(await page.getByText('Edited on').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    await page.getByRole('heading', { name: 'Edit this entry' }).waitFor();
    expect(await page.getByLabel('What happened', { exact: true }).inputValue()).toContain(MARKER);
    expect(await axeViolations(page)).toEqual([]);
    await journal.fill({
      what: 'He threw my phone at the wall and broke it.',
      severity: '5: the worst',
    });
    await journal.save();
    await journal.entryHeading.waitFor();
    await page.getByText('Edited on').waitFor();
    expect(await page.locator('.journal-content').first().textContent()).toContain('broke it');
    await page.getByText('1 earlier version').click();
    const original = page.locator('.journal-version').first();
    expect(await original.getByRole('heading').textContent()).toContain('Original, written on');
    expect(await original.textContent()).toContain(MARKER);
    expect(await original.textContent()).toContain('4: very bad');
    expect(await axeViolations(page)).toEqual([]);
  });

  test('pin an entry as a reminder', async () => {
    const { page } = session;
    const pin = page.getByRole('button', { name: 'Pin as a reminder' });
    expect(await pin.getAttribute('aria-pressed')).toBe('false');
    await pin.click();
    await page.getByRole('status').filter({ hasText: 'Pinned.' }).waitFor();
    expect(await pin.getAttribute('aria-pressed')).toBe('true');
  });

  test('an image with GPS metadata is stored without it', async () => {
    const { page } = session;
    const jpeg = await jpegWithGps(page);
    expect(jpegSegments(jpeg)[0]).toBe('e1');
    expect(jpeg.includes(GPS_BYTES)).toBe(true);

    await journal.startNew();
    // A non-image is refused with a message, and nothing is added.
    await page.getByLabel('Photos or screenshots (optional)').setInputFiles({
      name: 'notes.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('not an image'),
    });
    await page.getByText('“notes.txt” is not an image').waitFor();
    expect(await page.locator('.journal-attach img').count()).toBe(0);

    await journal.fill({
      date: '2025-03-20',
      stage: 'Repair or reconciliation',
      severity: '2: somewhat',
      what: 'Screenshot of his messages promising to change.',
      after: ['Made promises'],
      images: [{ name: 'messages.jpg', mimeType: 'image/jpeg', buffer: jpeg }],
    });
    expect(await axeViolations(page)).toEqual([]);
    await journal.save();
    await journal.entryHeading.waitFor();
    await page.locator('.journal-entry img.journal-image').waitFor();
    const stored = await imageBytes(page, '.journal-entry img.journal-image');
    expect(stored[0]).toBe(0xff);
    expect(stored[1]).toBe(0xd8);
    expect(jpegSegments(stored)).not.toContain('e1');
    expect(stored.includes(Buffer.from('Exif'))).toBe(false);
    expect(stored.includes(GPS_BYTES)).toBe(false);
    expect(stored.includes(GPS_BYTES.subarray(0, 24))).toBe(false);
    const start = scanStart(stored);
    storedScan = stored.subarray(start, start + 64);
    // What the chunk record would hold in plain, were it not encrypted.
    const aligned = start - (start % 3);
    storedScanBase64 = stored.subarray(aligned, aligned + 48).toString('base64');
    expect(storedScan.length).toBe(64);
  });

  test('search and filters narrow the list, and the count is announced', async () => {
    const { page } = session;
    await journal.create({
      date: '2025-01-10',
      stage: 'Building tension',
      severity: '1: a little',
      what: 'He went quiet and checked my phone again.',
      harms: ['Watching, tracking or checking your phone'],
    });
    await journal.toList();
    expect(await journal.count.textContent()).toBe('3 entries');
    expect(await journal.rows.count()).toBe(3);
    // Newest first by when it happened.
    expect(await journal.rows.first().textContent()).toContain('Mar 20, 2025');
    expect(await journal.rows.last().textContent()).toContain('Jan 10, 2025');
    expect(await journal.count.getAttribute('role')).toBe('status');

    await journal.search('PHONE');
    await page.locator('.journal-count', { hasText: '2 of 3 entries' }).waitFor();
    await journal.search('phone wall');
    await page.locator('.journal-count', { hasText: '1 of 3 entries' }).waitFor();
    await journal.search('');

    await journal.openFilters();
    await page.getByRole('checkbox', { name: 'Building tension' }).check();
    await page.locator('.journal-count', { hasText: '1 of 3 entries' }).waitFor();
    expect(await journal.rows.first().textContent()).toContain('Building tension');
    await page.getByRole('checkbox', { name: 'Building tension' }).uncheck();
    await page.getByLabel('At least this severe').selectOption('4');
    await page.locator('.journal-count', { hasText: '1 of 3 entries' }).waitFor();
    expect(await journal.rows.first().textContent()).toContain('An incident of harm');
    await page.getByLabel('At least this severe').selectOption('0');
    await page.getByLabel('From', { exact: true }).fill('2025-03-01');
    await page.locator('.journal-count', { hasText: '2 of 3 entries' }).waitFor();
    await page.getByRole('checkbox', { name: 'Only pinned entries' }).check();
    await page.locator('.journal-count', { hasText: '1 of 3 entries' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.locator('.journal-count', { hasText: '3 entries' }).waitFor();
  });

  test('the timeline draws entries by stage with a table and a plain-words summary', async () => {
    const { page } = session;
    await journal.toTimeline();
    expect(await page.locator('.journal-chart svg[role="img"] title').textContent()).toContain(
      'Entries over time',
    );
    expect(await page.locator('.journal-chart path.journal-mark').count()).toBeGreaterThanOrEqual(
      3,
    );
    expect(await page.locator('table caption').first().textContent()).toBe('Entries by month');
    await page.getByText('not enough incidents recorded yet').waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  test('delete asks first, and then is final', async () => {
    const { page } = session;
    await journal.toList();
    await journal.openRow('checked my phone');
    await page.getByRole('button', { name: 'Delete this entry' }).click();
    const confirm = page.getByRole('heading', { name: 'Delete this entry for good?' });
    await confirm.waitFor();
    expect(await confirm.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'No, keep it' }).click();
    await page.getByRole('button', { name: 'Delete this entry' }).click();
    await page.getByRole('button', { name: 'Yes, delete it' }).click();
    await page.getByText('The entry was deleted.').waitFor();
    expect(await journal.count.textContent()).toBe('2 entries');
    expect(await journal.rows.filter({ hasText: 'checked my phone' }).count()).toBe(0);
  });

  test('every journal view passes axe in Spanish too', async () => {
    const { page } = session;
    await new ShellPage(page, server.url).goTo('Settings');
    await page.getByLabel('Language').selectOption('es');
    await openFromNav(page, 'Diario');
    await page.locator('.journal-list').waitFor();
    expect(await page.locator('.journal-count').textContent()).toBe('2 entradas');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Escribir una entrada nueva' }).click();
    await page.getByRole('button', { name: 'Guardar entrada' }).click();
    await page.getByText('Elige una etapa').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Cancelar' }).click();
    await page.locator('.journal-row').first().getByRole('button').click();
    await page.locator('#journal-entry-title').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Borrar esta entrada' }).click();
    await page.getByRole('heading', { name: '¿Borrar esta entrada para siempre?' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'No, conservarla' }).click();
    await page.getByRole('button', { name: 'Línea de tiempo' }).click();
    await page.getByRole('heading', { name: 'Línea de tiempo', level: 2 }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await new ShellPage(page, server.url).goTo('Ajustes');
    await page.getByLabel('Idioma').selectOption('en');
  });

  test('no entry text and no image bytes are left in the browser profile in plain', async () => {
    expect(storedScan.length).toBe(64);
    await session.close({ keepProfile: true });
    expect(await searchProfile(session.profileDir, [MARKER, storedScanBase64])).toEqual([]);
    expect(await profileHasBytes(session.profileDir, [storedScan])).toEqual([]);
  });
});

describe('the cycles table at 360 × 740', () => {
  test('a cycle with no calm after its harm is shown as not over, then as ended once calm is written', async () => {
    const session = await openSession({ viewport: { width: 360, height: 740 } });
    try {
      const { page } = session;
      await page.goto(server.url);
      await new LockPage(page).setUp(PASSPHRASE);
      const journal = new JournalPage(page);
      await journal.open();
      await journal.create({
        date: '2026-11-10',
        stage: 'An incident of harm',
        severity: '2: somewhat',
      });
      await journal.create({
        date: '2026-11-12',
        stage: 'Repair or reconciliation',
        severity: '2: somewhat',
      });
      const cycles = page.getByRole('table', { name: 'Cycles found, most recent first' });
      const ended = () => cycles.locator('tbody tr').first().locator('td').nth(1).textContent();

      await journal.toTimeline();
      await expect(ended()).resolves.toBe('Not over yet');
      expect(await page.locator('.journal-cycle-open').count()).toBe(1);
      expect(await axeViolations(page)).toEqual([]);

      await journal.create({
        date: '2026-11-15',
        stage: 'Calm or normal',
        severity: '2: somewhat',
      });
      await journal.toTimeline();
      await expect(ended()).resolves.toBe('Nov 15, 2026');
      expect(await page.locator('.journal-cycle-open').count()).toBe(0);
    } finally {
      await session.close();
    }
  });
});

describe('photos chosen one after another, without waiting', () => {
  test('each is kept once, one taken out stays out, and the saved entry shows the rest', async () => {
    const session = await openSession();
    try {
      const { page } = session;
      await page.goto(server.url);
      await new LockPage(page).setUp(PASSPHRASE);
      const journal = new JournalPage(page);
      await journal.open();
      await journal.startNew();
      await journal.fill({
        stage: 'An incident of harm',
        severity: '2: somewhat',
        what: 'Three photos of the door, chosen one at a time.',
      });
      const jpeg = await jpegWithGps(page);
      const input = page.getByLabel('Photos or screenshots (optional)');
      // A photo on screen must stay there while it is written to the vault and shown from
      // it: the most photos seen so far, and the fewest seen after that, are kept.
      await page.evaluate(() => {
        const count = () => document.querySelectorAll('.journal-attach img').length;
        const seen = window as unknown as { photos: { most: number; dropped: boolean } };
        seen.photos = { most: 0, dropped: false };
        new MutationObserver(() => {
          const now = count();
          if (now < seen.photos.most) seen.photos.dropped = true;
          seen.photos.most = Math.max(seen.photos.most, now);
        }).observe(document.body, { childList: true, subtree: true });
      });
      // Each choice starts while the one before is still being prepared and written.
      for (const name of ['door-1.jpg', 'door-2.jpg', 'door-3.jpg']) {
        await input.setInputFiles({ name, mimeType: 'image/jpeg', buffer: jpeg });
      }
      const shown = page.locator('.journal-attach img');
      await shown.nth(2).waitFor();
      // Once nothing is being prepared, each photo shows once.
      await expect
        .poll(() => page.locator('.journal-attach [role="status"]').textContent())
        .toBe('');
      expect(await shown.count()).toBe(3);
      const seen = await page.evaluate(
        () => (window as unknown as { photos: { dropped: boolean } }).photos,
      );
      expect(seen.dropped, 'a photo blinked out while it was being written').toBe(false);
      // One taken out again goes at once; the other two stay on screen.
      await page.getByRole('button', { name: 'Remove image 2', exact: true }).click();
      await expect.poll(() => shown.count()).toBe(2);
      await journal.save();
      await journal.entryHeading.waitFor();
      await page.locator('.journal-entry img.journal-image').nth(1).waitFor();
      expect(await page.locator('.journal-entry img.journal-image').count()).toBe(2);
    } finally {
      await session.close();
    }
  });
});
