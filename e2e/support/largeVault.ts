import { openFromNav } from '../pages/ShellPage.ts';
import Database from 'better-sqlite3';
import type { Locator, Page } from 'playwright-core';
import { JournalPage } from '../pages/JournalPage.ts';
import { ShellPage } from '../pages/ShellPage.ts';
import { noiseJpeg } from './noise.ts';

// A vault of many large photos on one device, backed up to the relay and restored on
// another: the steps the large sync test and the large sync benchmark share.

/** A journal entry holds at most this many photos (core's JOURNAL_LIMITS.attachments). */
export const PHOTOS_PER_ENTRY = 20;

export const relaySection = (page: Page) =>
  page.getByRole('region', { name: 'Backup on the server' });

export interface NoiseEntry {
  readonly what: string;
  readonly photos: number;
}

/**
 * Writes `photos` noise photos of 2560 × 1920 into journal entries of `perEntry` photos
 * each (the app re-encodes each at up to 2560 px, as it would a camera's).
 */
export async function writeNoiseEntries(
  page: Page,
  photos: number,
  perEntry: number,
  tag: string,
  /** Told after each entry is saved (a long benchmark prints it). */
  saved?: (photosWritten: number) => void,
): Promise<NoiseEntry[]> {
  if (perEntry < 1 || perEntry > PHOTOS_PER_ENTRY) throw new Error('1 to 20 photos an entry');
  const journal = new JournalPage(page);
  await journal.open();
  const entries: NoiseEntry[] = [];
  for (let written = 0; written < photos;) {
    const count = Math.min(perEntry, photos - written);
    // Of one width, so no entry's words are found inside another's ("entry-2" is inside
    // "entry-27": the list, newest first, opened entry 27 when asked for entry 2).
    const what = `zq-large-${tag}-entry-${String(entries.length).padStart(4, '0')}`;
    await journal.startNew();
    await journal.fill({ stage: 'An incident of harm', severity: '3: quite bad', what });
    const shown = page.locator('.journal-attach img');
    const left = await shown.count();
    if (left !== 0) throw new Error(`a new entry's form already shows ${left} photos`);
    // A few at a time, so what crosses to the browser at once stays small.
    for (let i = 0; i < count; i += 4) {
      const images = [];
      for (let j = i; j < Math.min(count, i + 4); j++) {
        const buffer = await noiseJpeg(page, written + j + 1);
        images.push({ name: `noise-${written + j}.jpg`, mimeType: 'image/jpeg', buffer });
      }
      await page.getByLabel('Photos or screenshots (optional)').setInputFiles(images);
      await shown.nth(i + images.length - 1).waitFor({ timeout: 120_000 });
    }
    // As a person would check before and after saving: each photo shows once.
    const before = await page.locator('.journal-attach .journal-images > li').count();
    if (before !== count) throw new Error(`${what}: the form lists ${before} of ${count} photos`);
    await journal.save();
    await journal.entryHeading.waitFor({ timeout: 120_000 });
    // The saved entry lists its photos once their descriptions are read back from the
    // vault, a moment after its heading shows: counted once the last is there (or given up).
    const listed = page.locator('.journal-entry .journal-images > li');
    const after = await countOnceListed(listed, count, 120_000);
    if (after !== count) throw new Error(`${what}: saved with ${after} of ${count} photos`);
    entries.push({ what, photos: count });
    written += count;
    saved?.(written);
  }
  return entries;
}

/**
 * How many items `items` matches once the `expected`-th is there, or when `timeout` runs
 * out without it: a list drawn after a read settles is not counted half drawn.
 */
async function countOnceListed(items: Locator, expected: number, timeout: number) {
  await items
    .nth(expected - 1)
    .waitFor({ timeout })
    .catch(() => undefined); // Fewer than expected: the count says how many.
  return items.count();
}

/**
 * Waits, in Settings, until a sync that started after `before` is done; returns when it
 * finished. On a timeout the error says what the app showed as the problem, if any.
 */
export async function waitSynced(page: Page, before: string, timeout: number): Promise<string> {
  try {
    await page.waitForFunction(
      (was) => {
        const shown = document.querySelector('.relay-sync');
        const at = shown?.getAttribute('data-synced-at') ?? '';
        return at !== '' && at !== was && !shown?.textContent?.includes('Bringing');
      },
      before,
      { timeout, polling: 250 },
    );
  } catch (error) {
    const shown = await relaySection(page)
      .locator('p.error')
      .allTextContents()
      .catch(() => []);
    throw new Error(`no sync finished in ${timeout} ms; the app shows: ${shown.join(' | ')}`, {
      cause: error,
    });
  }
  return (await page.locator('.relay-sync').getAttribute('data-synced-at')) ?? '';
}

/** Turns server backup on in Settings; returns the server key once it is shown. */
export async function turnOnBackup(page: Page, serverUrl: string): Promise<string> {
  await new ShellPage(page, serverUrl).goTo('Settings');
  await relaySection(page).getByRole('button', { name: 'Turn on backup on the server' }).click();
  await relaySection(page).locator('.recovery-group').first().waitFor({ timeout: 120_000 });
  return (await relaySection(page).locator('.recovery-group').allTextContents()).join('-');
}

/** "Back up now" in Settings: a sync starts at once rather than at the next timer. */
export async function backUpNow(page: Page, serverUrl: string): Promise<void> {
  await new ShellPage(page, serverUrl).goTo('Settings');
  await relaySection(page).getByRole('button', { name: 'Back up now' }).click();
}

/** A second device: restored from the relay with the key and the passphrase, unlocked. */
export async function linkDevice(
  page: Page,
  serverUrl: string,
  key: string,
  passphrase: string,
): Promise<void> {
  await page.goto(serverUrl);
  await page.getByRole('button', { name: 'Restore from a backup instead' }).click();
  const form = page.getByRole('form', { name: 'Restore from the server' });
  await form.getByLabel('Server backup key').fill(key);
  await form.getByLabel('The backup’s passphrase').fill(passphrase);
  await form.getByRole('button', { name: 'Restore from the server' }).click();
  // The passphrase given to restore opens the restored vault too.
  await page.getByRole('button', { name: 'Lock', exact: true }).waitFor({ timeout: 420_000 });
}

/** Opens the entry whose text is `what` and waits for all `photos` of it to be drawn. */
export async function openEntryPhotos(
  page: Page,
  what: string,
  photos: number,
  timeout: number,
): Promise<void> {
  const journal = new JournalPage(page);
  await openFromNav(page, 'Journal');
  // From an entry, the journal stays on it: back to the list first.
  const back = journal.views.getByRole('button', { name: 'Back to entries' });
  if (await back.isVisible()) await back.click();
  await page.locator('.journal-list, .journal-empty').first().waitFor({ timeout });
  await page.getByText(what).first().waitFor({ timeout });
  await journal.openRow(what);
  await page
    .locator('.journal-images img.journal-image')
    .nth(photos - 1)
    .waitFor({ timeout });
}

/** The selector of the n-th photo (from 0) of the entry shown. */
export const nthPhoto = (n: number) => `.journal-images > li:nth-child(${n + 1}) img.journal-image`;

/** Bytes of sealed objects the relay's SQLite file at `path` holds, over every vault. */
export function relayObjectBytes(path: string): { objects: number; bytes: number } {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const row = db
      .prepare(
        'SELECT count(*) AS objects, coalesce(sum(length(bytes)), 0) AS bytes FROM sync_objects',
      )
      .get() as { objects: number; bytes: number };
    return row;
  } finally {
    db.close();
  }
}
