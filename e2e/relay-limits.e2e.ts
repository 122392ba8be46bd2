// Backup on the server when the relay says no: a server that is full (its total storage
// budget, here 1 MiB, reached by another vault) and deleting the server's copy after the
// relay's delay, with the real relay (SQLite) and a real browser.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { relayIdentity } from '@steady/core/backup';
import type { RunningServer } from '@steady/server';
import { axeViolations } from './support/axe.ts';
import { foreignRequests, openSession, type Session } from './support/browser.ts';
import { startAppServerWithRelayConfig } from './support/server.ts';
import { JournalPage } from './pages/JournalPage.ts';
import { LockPage } from './pages/LockPage.ts';
import { ShellPage } from './pages/ShellPage.ts';

let server: RunningServer;
let dir: string;
let session: Session;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'steady-relay-limits-'));
  server = await startAppServerWithRelayConfig({
    STEADY_BACKUP: 'sqlite',
    STEADY_BACKUP_SQLITE: join(dir, 'relay.sqlite'),
    STEADY_BACKUP_TOTAL_MB: '1',
  });
  session = await openSession();
});
afterAll(async () => {
  await session?.close();
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

const PASSPHRASE = 'harbour willow 5521 quietly amber';
const API = () => `${server.url}/api/backup/v1`;
const relaySection = (page: Page) => page.getByRole('region', { name: 'Backup on the server' });

/** Another person's vault takes the rest of the server's 1 MiB. */
async function fillTheServer(): Promise<void> {
  const id = randomBytes(16).toString('hex');
  const auth = { Authorization: `Bearer ${randomBytes(32).toString('hex')}` };
  const made = await fetch(`${API()}/v2/${id}`, {
    method: 'PUT',
    headers: { ...auth, 'If-None-Match': '*' },
  });
  expect(made.status).toBe(201);
  const stored = await fetch(`${API()}/v2/${id}/objects/${randomBytes(16).toString('hex')}`, {
    method: 'PUT',
    headers: { ...auth, 'Content-Type': 'application/octet-stream' },
    body: randomBytes(1024 * 1024),
  });
  expect(stored.status).toBe(201);
}

/** What the relay says of deleting the copy under `key`, asked as the app asks. */
async function deletionOnRelay(key: string): Promise<{ deleteAt: number | null }> {
  const { vaultId, token } = await relayIdentity(key);
  const response = await fetch(`${API()}/vaults/${vaultId}/deletion`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(response.status).toBe(200);
  return (await response.json()) as { deleteAt: number | null };
}

describe('backup on the server, when the server is full or its copy is to be deleted', () => {
  let key = '';

  test('a full server is said in plain words, and what was written stays', async () => {
    const { page } = session;
    await page.goto(server.url);
    await new LockPage(page).setUp(PASSPHRASE);
    const shell = new ShellPage(page, server.url);
    await shell.goTo('Settings');
    const section = relaySection(page);
    await section.getByRole('button', { name: 'Turn on backup on the server' }).click();
    await section.getByText('Backed up on the server:').waitFor({ timeout: 30_000 });
    await section.locator('.recovery-group').first().waitFor();
    key = (await section.locator('.recovery-group').allTextContents()).join('-');

    await fillTheServer();
    const journal = new JournalPage(page);
    await journal.open();
    await journal.create({
      stage: 'An incident of harm',
      severity: '3: quite bad',
      what: 'He took my phone again',
    });
    await shell.goTo('Settings');
    await relaySection(page).getByRole('button', { name: 'Back up now' }).click();
    const alert = relaySection(page).getByRole('alert');
    await alert.waitFor({ timeout: 30_000 });
    expect(await alert.textContent()).toBe(
      'The backup server is full, so your latest changes are not on it yet. Everything you wrote is safe on this device, and nothing here was changed. Steady will try again later; the service that runs the server can make room.',
    );
    expect(await axeViolations(page)).toEqual([]);

    // In Spanish too.
    await page.getByLabel('Language').selectOption('es');
    await page
      .getByRole('region', { name: 'Copia en el servidor' })
      .getByText('El servidor de copias está lleno')
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Idioma').selectOption('en');

    // Nothing here was lost or changed.
    await journal.open();
    await page.getByText('He took my phone again').waitFor();
    expect(foreignRequests(session.requests, server.url)).toEqual([]);
  });

  test('deleting the server copy says the delay first, then the date, and can be cancelled', async () => {
    const { page } = session;
    const shell = new ShellPage(page, server.url);
    await shell.goTo('Settings');
    const section = relaySection(page);
    await section.getByRole('button', { name: 'Delete my copy on the server' }).click();
    const explain = section.getByText('Steady will ask the server to delete your copy there');
    await explain.waitFor();
    expect(await explain.textContent()).toContain('The server waits 3 days before deleting it');
    expect(await axeViolations(page)).toEqual([]);
    // Changing one's mind asks nothing.
    await section.getByRole('button', { name: 'Keep it' }).click();
    expect((await deletionOnRelay(key)).deleteAt).toBeNull();

    await section.getByRole('button', { name: 'Delete my copy on the server' }).click();
    await section.getByRole('button', { name: 'Ask the server to delete it' }).click();
    const pending = section.getByText('Your server copy will be deleted on');
    await pending.waitFor();
    const { deleteAt } = await deletionOnRelay(key);
    expect(deleteAt).not.toBeNull();
    // The relay's own date, as the browser says it in English.
    const date = await page.evaluate(
      (at) =>
        new Intl.DateTimeFormat('en', { dateStyle: 'long', timeStyle: 'short' }).format(
          new Date(at * 1000),
        ),
      deleteAt!,
    );
    expect(await pending.textContent()).toBe(`Your server copy will be deleted on ${date}.`);
    expect(await axeViolations(page)).toEqual([]);

    // Still said after a lock, from the vault, and nothing is sent meanwhile.
    const lock = new LockPage(page);
    await lock.lock();
    await lock.unlock(PASSPHRASE);
    await lock.waitUnlocked();
    await shell.goTo('Settings');
    await relaySection(page).getByText(`Your server copy will be deleted on ${date}.`).waitFor();
    expect(await relaySection(page).getByRole('button', { name: 'Back up now' }).count()).toBe(0);

    await relaySection(page).getByRole('button', { name: 'Cancel the deletion' }).click();
    await relaySection(page)
      .getByText('The deletion is cancelled: your copy stays on the server, and backup goes on.')
      .waitFor();
    expect((await deletionOnRelay(key)).deleteAt).toBeNull();
    expect(await axeViolations(page)).toEqual([]);
  });
});
