import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { relayIdentity, newRelayKey } from '@steady/core/backup';
import type { RunningServer } from '@steady/server';
import { axeViolations } from './support/axe.ts';
import { foreignRequests, openSession } from './support/browser.ts';
import { searchProfile } from './support/profile.ts';
import { startAppServerWithRelay } from './support/server.ts';
import { JournalPage } from './pages/JournalPage.ts';
import { LockPage } from './pages/LockPage.ts';
import { ShellPage } from './pages/ShellPage.ts';

let server: RunningServer;
let dir: string;
let sqlite: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'steady-relay-'));
  sqlite = join(dir, 'relay.sqlite');
  server = await startAppServerWithRelay(sqlite);
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

const PASSPHRASE = 'thistle anchor quartz 6630 kindly';
const MARKER = 'zq-relay-first-5d1c-bruises-on-my-arm';
const LATER = 'zq-relay-later-8e27-he-came-back';

/** What the relay keeps for a key, asked the way the app asks (id and token from the key). */
async function versionsOnRelay(key: string): Promise<number[]> {
  const { vaultId, token } = await relayIdentity(key);
  const response = await fetch(`${server.url}/api/backup/v1/vaults/${vaultId}/versions`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  if (response.status === 404) return [];
  if (!response.ok) throw new Error(`the relay answered ${response.status}`);
  const body = (await response.json()) as { versions: Array<{ version: number }> };
  return body.versions.map((v) => v.version);
}

async function waitForVersions(key: string, count: number): Promise<void> {
  const deadline = Date.now() + 45_000;
  while ((await versionsOnRelay(key)).length < count) {
    if (Date.now() > deadline) throw new Error(`the relay never held ${count} versions`);
    // Not faster: the relay limits requests per vault (30 a minute).
    await new Promise((resolve) => setTimeout(resolve, 3000));
  }
}

const relaySection = (page: Page) => page.getByRole('region', { name: 'Backup on the server' });

describe('backup on the server, end to end encrypted', () => {
  let key = '';

  test('turning it on shows a key and sends a backup the server cannot read', async () => {
    const a = await openSession();
    try {
      const { page } = a;
      await page.goto(server.url);
      await new LockPage(page).setUp(PASSPHRASE);
      const journal = new JournalPage(page);
      await journal.open();
      await journal.create({
        stage: 'An incident of harm',
        severity: '3: quite bad',
        what: MARKER,
      });

      await new ShellPage(page, server.url).goTo('Settings');
      const section = relaySection(page);
      await section.getByRole('button', { name: 'Turn on backup on the server' }).click();
      await section.getByText('Backed up on the server:').waitFor({ timeout: 30_000 });
      await section.locator('.recovery-group').first().waitFor();
      key = (await section.locator('.recovery-group').allTextContents()).join('-');
      expect(key).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{1,4}){6,}$/);
      expect(await axeViolations(page)).toEqual([]);
      expect(await versionsOnRelay(key)).toEqual([1]);

      // A change is sent on its own a few seconds later, as a new version; locking
      // before then does not lose it: it goes up after the next unlock.
      await journal.open();
      await journal.create({ stage: 'Building tension', severity: '2: somewhat', what: LATER });
      const lock = new LockPage(page);
      await lock.lock();
      expect(await versionsOnRelay(key)).toEqual([1]);
      await lock.unlock(PASSPHRASE);
      await lock.waitUnlocked();
      await waitForVersions(key, 2);
      // And "Back up now" with nothing changed sends nothing new.
      await new ShellPage(page, server.url).goTo('Settings');
      await relaySection(page).getByRole('button', { name: 'Back up now' }).click();
      await relaySection(page).getByText('Backed up on the server:').waitFor();
      expect(await versionsOnRelay(key)).toEqual([1, 2]);

      // The server's own file holds neither the content nor the passphrase.
      const stored = await readFile(sqlite);
      for (const secret of [MARKER, LATER, PASSPHRASE]) {
        expect(stored.includes(Buffer.from(secret))).toBe(false);
      }
      expect(foreignRequests(a.requests, server.url)).toEqual([]);

      // The key lives inside the vault: the closed profile holds it nowhere in plain.
      await page.evaluate(() => localStorage.setItem('control', 'zq-relay-plain-control'));
      await new LockPage(page).lock();
      await a.close({ keepProfile: true });
      const hits = await searchProfile(a.profileDir, [
        key,
        key.replaceAll('-', ''),
        MARKER,
        LATER,
        'zq-relay-plain-control',
      ]);
      expect(hits.some((hit) => hit.endsWith('zq-relay-plain-control'))).toBe(true);
      expect(hits.filter((hit) => !hit.endsWith('zq-relay-plain-control'))).toEqual([]);
    } finally {
      await a.close();
    }
  });

  test('on a new phone, the key and the passphrase bring everything back', async () => {
    const b = await openSession();
    try {
      const { page } = b;
      await page.goto(server.url);
      await page.getByRole('button', { name: 'Restore from a backup instead' }).click();
      const form = page.getByRole('form', { name: 'Restore from the server' });
      // A key with a group missing, then a whole key the server has never seen.
      await form.getByLabel('Server backup key').fill(key.split('-').slice(1).join('-'));
      await form.getByLabel('The backup’s passphrase').fill(PASSPHRASE);
      await form.getByRole('button', { name: 'Restore from the server' }).click();
      await expect(form.getByRole('alert').textContent()).resolves.toContain(
        'not a complete server backup key',
      );
      await form.getByLabel('Server backup key').fill(await newRelayKey());
      await form.getByRole('button', { name: 'Restore from the server' }).click();
      await expect(form.getByRole('alert').textContent()).resolves.toContain(
        'The server has no backup for that key',
      );
      await form.getByLabel('Server backup key').fill(key.toLowerCase().replaceAll('-', ' '));
      await form.getByLabel('The backup’s passphrase').fill('not the passphrase');
      await form.getByRole('button', { name: 'Restore from the server' }).click();
      await expect(form.getByRole('alert').textContent()).resolves.toContain(
        'That passphrase does not open this backup',
      );
      expect(await axeViolations(page)).toEqual([]);

      await form.getByLabel('The backup’s passphrase').fill(PASSPHRASE);
      await form.getByRole('button', { name: 'Restore from the server' }).click();
      // Opened with the passphrase just given: not asked again on the lock screen.
      await new LockPage(page).waitUnlocked();
      const journal = new JournalPage(page);
      await journal.open();
      await page.getByText(MARKER).first().waitFor();
      await page.getByText(LATER).first().waitFor();
      // The restored vault goes on backing up to the same place.
      await new ShellPage(page, server.url).goTo('Settings');
      await relaySection(page).getByRole('button', { name: 'Show my server backup key' }).click();
      await relaySection(page).locator('.recovery-group').first().waitFor();
      const shown = (await relaySection(page).locator('.recovery-group').allTextContents()).join(
        '-',
      );
      expect(shown).toBe(key);
      expect(foreignRequests(b.requests, server.url)).toEqual([]);
    } finally {
      await b.close();
    }
  });
});
