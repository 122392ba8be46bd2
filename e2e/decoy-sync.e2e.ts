import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { readBackup, relayIdentity } from '@steady/core/backup';
import type { RunningServer } from '@steady/server';
import { foreignRequests, openSession, type Session } from './support/browser.ts';
import { linkDevice, relaySection, turnOnBackup, waitSynced } from './support/largeVault.ts';
import { startAppServerWithRelay } from './support/server.ts';
import { JournalPage } from './pages/JournalPage.ts';
import { LockPage } from './pages/LockPage.ts';
import { ProgressPage } from './pages/ProgressPage.ts';
import { ShellPage } from './pages/ShellPage.ts';

/*
 * A decoy keeps its own identity on the relay (docs/sync-v2.md, "A decoy stays
 * separate"): the owner backs up, the decoy is opened and sends nothing under the
 * owner's place on the relay; the decoy's own backup has a place of its own, and what
 * the relay stores of one vault holds nothing of the other.
 */

const PASSPHRASE = 'lighthouse meadow copper 2281 kindly';
const DURESS = 'bus timetable friday 6620';
const OWNER_MARK = 'zq-decoy-sync-owner-entry-8d1e';
const OWNER_LATER = 'zq-decoy-sync-owner-just-before-lock-5b02';
const DECOY_MARK = 'zq-decoy-sync-decoy-entry-41c7';

let server: RunningServer;
let dir: string;
let sqlite: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'steady-decoy-sync-'));
  sqlite = join(dir, 'relay.sqlite');
  server = await startAppServerWithRelay(sqlite);
});
afterAll(async () => {
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

/** The vault ids of the relay requests among `requests` (v1 copies and v2 sync alike). */
function vaultIdsIn(requests: readonly string[]): Set<string> {
  const ids = new Set<string>();
  for (const url of requests) {
    const found = /\/api\/backup\/v1\/(?:vaults|v2)\/([0-9a-f]{32})(?:[/?]|$)/.exec(url);
    if (found?.[1]) ids.add(found[1]);
  }
  return ids;
}

/** What the relay's operator can read in its own database. */
function onRelay(): {
  vaults: string[];
  logEntries: (vault: string) => number;
  copies: (vault: string) => Buffer[];
  objects: (vault: string) => string[];
} {
  const db = new Database(sqlite, { readonly: true, fileMustExist: true });
  try {
    const vaults = (db.prepare('SELECT id FROM vaults ORDER BY id').all() as { id: string }[]).map(
      (row) => row.id,
    );
    const log = new Map<string, number>();
    const copies = new Map<string, Buffer[]>();
    const objects = new Map<string, string[]>();
    for (const id of vaults) {
      const count = db.prepare('SELECT count(*) AS n FROM sync_log WHERE vault_id = ?').get(id) as {
        n: number;
      };
      log.set(id, count.n);
      const blobs = db.prepare('SELECT blob FROM versions WHERE vault_id = ?').all(id) as {
        blob: Buffer;
      }[];
      copies.set(
        id,
        blobs.map((row) => row.blob),
      );
      const names = db.prepare('SELECT bytes FROM sync_objects WHERE vault_id = ?').all(id) as {
        bytes: Buffer;
      }[];
      objects.set(
        id,
        names.map((row) => row.bytes.toString('hex')),
      );
    }
    return {
      vaults,
      logEntries: (vault) => log.get(vault) ?? 0,
      copies: (vault) => copies.get(vault) ?? [],
      objects: (vault) => objects.get(vault) ?? [],
    };
  } finally {
    db.close();
  }
}

/** Every stored record (name and ciphertext) in the whole-vault copies of one vault. */
async function rowsOfCopies(copies: readonly Buffer[]): Promise<Set<string>> {
  const rows = new Set<string>();
  for (const copy of copies) {
    const read = await readBackup(new Uint8Array(copy));
    if (!read.ok) throw new Error(`a copy on the relay does not read: ${read.code}`);
    for (const record of read.records) {
      rows.add(`name ${record.tag}/${record.id}`);
      rows.add(`data ${Buffer.from(record.data).toString('hex')}`);
    }
  }
  return rows;
}

async function setDuress(page: Page): Promise<void> {
  await new ShellPage(page, server.url).goTo('Settings');
  const form = page.getByRole('form', { name: 'A passphrase for when you are made to unlock' });
  await form.getByLabel(/Open a decoy/).check();
  await form.getByLabel('Passphrase for when you are made to unlock').fill(DURESS);
  await form.getByLabel('Type that passphrase again').fill(DURESS);
  await form.getByLabel('Your own passphrase, to confirm it is you').fill(PASSPHRASE);
  await form.getByRole('button', { name: 'Set this passphrase' }).click();
  await form.getByText('Saved. Type it at the lock screen').waitFor({ timeout: 60_000 });
}

async function write(page: Page, what: string): Promise<void> {
  const journal = new JournalPage(page);
  await journal.open();
  await journal.create({ stage: 'Building tension', severity: '2: somewhat', what });
}

/** The journal shows every text of `shown` and none of `hidden`. */
async function journalShows(page: Page, shown: string[], hidden: string[]): Promise<void> {
  await new JournalPage(page).open();
  for (const text of shown) await page.getByText(text).first().waitFor({ timeout: 30_000 });
  for (const text of hidden) expect(await page.getByText(text).count()).toBe(0);
}

async function syncedNow(page: Page): Promise<void> {
  await new ShellPage(page, server.url).goTo('Settings');
  const before =
    (await relaySection(page).locator('.relay-sync').getAttribute('data-synced-at')) ?? '';
  await relaySection(page).getByRole('button', { name: 'Back up now' }).click();
  await waitSynced(page, before, 60_000);
}

describe('a decoy on the relay', () => {
  test('keeps a place of its own: nothing of the owner is sent from it, and neither vault holds the other', async () => {
    const phone = await openSession();
    let other: Session | null = null;
    try {
      const { page } = phone;
      await page.goto(server.url);
      const lock = new LockPage(page);
      await lock.setUp(PASSPHRASE);
      await write(page, OWNER_MARK);
      await setDuress(page);
      const ownerKey = await turnOnBackup(page, server.url);
      await relaySection(page)
        .getByText('Your devices were last brought up to date')
        .waitFor({ timeout: 60_000 });
      const ownerId = (await relayIdentity(ownerKey)).vaultId;
      expect(vaultIdsIn(phone.requests)).toEqual(new Set([ownerId]));

      // A last entry, and the phone locked at once: its sync had no time to send it.
      await write(page, OWNER_LATER);
      await lock.lock();
      const ownerLog = onRelay().logEntries(ownerId);
      const fromDecoy = phone.requests.length;

      // The decoy: backup is off there, as on any phone where it was never turned on.
      await lock.unlock(DURESS);
      await lock.waitUnlocked();
      await journalShows(page, [], [OWNER_MARK, OWNER_LATER]);
      await new ShellPage(page, server.url).goTo('Settings');
      await relaySection(page)
        .getByRole('button', { name: 'Turn on backup on the server' })
        .waitFor();
      expect(await relaySection(page).locator('.recovery-group').count()).toBe(0);
      expect(await relaySection(page).getByText('brought up to date').count()).toBe(0);
      // Longer than the engine's push delay: whatever the owner's sync had waiting stays.
      await page.waitForTimeout(3_000);
      expect(vaultIdsIn(phone.requests.slice(fromDecoy))).toEqual(new Set());

      // Backup turned on inside the decoy: a key and a place of its own.
      await write(page, DECOY_MARK);
      const decoyKey = await turnOnBackup(page, server.url);
      await relaySection(page)
        .getByText('Your devices were last brought up to date')
        .waitFor({ timeout: 60_000 });
      expect(decoyKey).not.toBe(ownerKey);
      const decoyId = (await relayIdentity(decoyKey)).vaultId;
      expect(decoyId).not.toBe(ownerId);
      // Everything the decoy sent went to its own place; the owner's saw nothing new.
      expect(vaultIdsIn(phone.requests.slice(fromDecoy))).toEqual(new Set([decoyId]));
      expect(onRelay().logEntries(ownerId)).toBe(ownerLog);
      expect(onRelay().vaults.sort()).toEqual([ownerId, decoyId].sort());

      // Back to the owner: the owner's key, the owner's records, the last entry sent now.
      await lock.lock();
      const fromOwner = phone.requests.length;
      await lock.unlock(PASSPHRASE);
      await lock.waitUnlocked();
      await journalShows(page, [OWNER_MARK, OWNER_LATER], [DECOY_MARK]);
      await syncedNow(page);
      await relaySection(page).getByRole('button', { name: 'Show my server backup key' }).click();
      const shown = (await relaySection(page).locator('.recovery-group').allTextContents()).join(
        '-',
      );
      expect(shown).toBe(ownerKey);
      expect(vaultIdsIn(phone.requests.slice(fromOwner))).toEqual(new Set([ownerId]));
      expect(onRelay().logEntries(ownerId)).toBeGreaterThan(ownerLog);
      await lock.lock();

      // What the operator holds: two vaults that share no stored record, no object, and
      // none of the words.
      const relay = onRelay();
      const ownerRows = await rowsOfCopies(relay.copies(ownerId));
      const decoyRows = await rowsOfCopies(relay.copies(decoyId));
      expect(ownerRows.size).toBeGreaterThan(0);
      expect(decoyRows.size).toBeGreaterThan(0);
      expect([...decoyRows].filter((row) => ownerRows.has(row))).toEqual([]);
      const ownerObjects = new Set(relay.objects(ownerId));
      expect(relay.objects(decoyId).length).toBeGreaterThan(0);
      expect(relay.objects(decoyId).filter((bytes) => ownerObjects.has(bytes))).toEqual([]);
      const file = await readFile(sqlite);
      for (const text of [OWNER_MARK, OWNER_LATER, DECOY_MARK, PASSPHRASE, DURESS]) {
        expect(file.includes(Buffer.from(text))).toBe(false);
      }
      expect(foreignRequests(phone.requests, server.url)).toEqual([]);

      // A new phone linked with the owner's key has the owner's entries and none of the
      // decoy's; its decoy is there, filled again, and has no backup on.
      other = await openSession();
      await linkDevice(other.page, server.url, ownerKey, PASSPHRASE);
      await journalShows(other.page, [OWNER_MARK, OWNER_LATER], [DECOY_MARK]);
      const otherLock = new LockPage(other.page);
      await otherLock.lock();
      await otherLock.unlock(DURESS);
      await otherLock.waitUnlocked();
      await journalShows(other.page, [], [OWNER_MARK, OWNER_LATER, DECOY_MARK]);
      const progress = new ProgressPage(other.page);
      await progress.open();
      const weeks = progress.feltTable('week');
      await weeks.waitFor();
      expect(await progress.rows(weeks).count()).toBeGreaterThan(0);
      await new ShellPage(other.page, server.url).goTo('Settings');
      await relaySection(other.page)
        .getByRole('button', { name: 'Turn on backup on the server' })
        .waitFor();
      await other.close();

      // And one linked with the decoy's key has the decoy's entry and nothing of the owner.
      other = await openSession();
      await linkDevice(other.page, server.url, decoyKey, DURESS);
      await journalShows(other.page, [DECOY_MARK], [OWNER_MARK, OWNER_LATER]);
      expect(vaultIdsIn(other.requests)).toEqual(new Set([decoyId]));
    } finally {
      await other?.close();
      await phone.close();
    }
  }, 600_000);
});
