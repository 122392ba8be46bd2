import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningServer } from '@steady/server';
import {
  backupV1Bytes,
  BACKUP_V1_PASSPHRASE,
} from '../packages/core/src/backup/fixtures/backup-v1.ts';
import { axeViolations } from './support/axe.ts';
import { openSession } from './support/browser.ts';
import { startAppServer } from './support/server.ts';
import { BackupPage } from './pages/BackupPage.ts';
import { LockPage } from './pages/LockPage.ts';
import { ShellPage } from './pages/ShellPage.ts';

let server: RunningServer;
let files: string;
beforeAll(async () => {
  server = await startAppServer();
  files = await mkdtemp(join(tmpdir(), 'steady-backup-'));
});
afterAll(async () => {
  await server.close();
  await rm(files, { recursive: true, force: true });
});

const PASSPHRASE_A = 'copper meadow lantern 2208 softly';
const PASSPHRASE_B = 'violet harbour thimble 7713 slowly';
// The auto-lock choice is kept inside the vault, encrypted: a record to carry across.
const MARKER_MINUTES = '13';

describe('encrypted backup files in a real browser', () => {
  let backupPath = '';

  test('profile A saves a backup file with a neutral name', async () => {
    const a = await openSession();
    try {
      const { page } = a;
      await page.goto(server.url);
      await new LockPage(page).setUp(PASSPHRASE_A);
      await new ShellPage(page, server.url).goTo('Settings');
      await page.locator('#security-minutes').selectOption(MARKER_MINUTES);
      await page.getByText('Saved.').first().waitFor();

      const backup = new BackupPage(page);
      await backup.section.waitFor();
      expect(await axeViolations(page)).toEqual([]);
      const download = await backup.save();
      expect(download.suggestedFilename()).toMatch(/^backup-\d{4}-\d{2}-\d{2}\.stdy$/);
      backupPath = join(files, download.suggestedFilename());
      await download.saveAs(backupPath);
      const bytes = await readFile(backupPath);
      // Nothing at the start of the file names the app, for a viewer or a `file` command.
      expect(bytes.subarray(0, 16).toString('latin1').toLowerCase()).not.toContain('steady');
      // Ciphertext only: the marker value is nowhere in plain.
      expect(bytes.includes(Buffer.from('autoLockMinutes'))).toBe(false);

      // The same section in Spanish.
      await page.locator('#settings-language').selectOption('es');
      await page.getByRole('button', { name: 'Guardar un archivo de copia cifrado' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.locator('#settings-language').selectOption('en');
    } finally {
      await a.close();
    }
  });

  test('profile B restores it on the first-run screen and finds the content', async () => {
    expect(backupPath).not.toBe('');
    const b = await openSession();
    try {
      const { page } = b;
      await page.goto(server.url);
      await page.getByRole('heading', { name: 'Set up your lock' }).waitFor();
      const backup = new BackupPage(page);
      await backup.openFromSetup();
      expect(await axeViolations(page)).toEqual([]);

      await backup.restore(backupPath, 'not the passphrase of this backup');
      await expect(backup.error().textContent()).resolves.toContain('does not open this backup');
      await backup.restore(backupPath, PASSPHRASE_A);
      // The passphrase given to restore opens it too: it is asked once, not twice.
      const lock = new LockPage(page);
      await lock.waitUnlocked();
      expect(await page.getByRole('heading', { name: 'Unlock Steady' }).count()).toBe(0);
      await new ShellPage(page, server.url).goTo('Settings');
      await expect(page.locator('#security-minutes').inputValue()).resolves.toBe(MARKER_MINUTES);
    } finally {
      await b.close();
    }
  });

  test('a file with one byte flipped is refused, and the vault already there is unchanged', async () => {
    expect(backupPath).not.toBe('');
    const original = await readFile(backupPath);
    const corrupt = new Uint8Array(original);
    const middle = Math.floor(corrupt.length / 2);
    corrupt[middle] = (corrupt[middle] ?? 0) ^ 0x01;
    const corruptPath = join(files, 'backup-corrupt.stdy');
    await writeFile(corruptPath, corrupt);

    const b = await openSession();
    try {
      const { page } = b;
      const shell = new ShellPage(page, server.url);
      const lock = new LockPage(page);
      await page.goto(server.url);
      await lock.setUp(PASSPHRASE_B);
      await shell.goTo('Settings');
      const backup = new BackupPage(page);
      await backup.section.waitFor();

      await backup.restore(corruptPath, PASSPHRASE_A, true);
      await expect(backup.error().textContent()).resolves.toContain('damaged');
      await expect(backup.error().textContent()).resolves.toContain('Nothing was changed');

      // Still B's own vault: its passphrase opens it and its settings are its own.
      await lock.lock();
      await lock.unlock(PASSPHRASE_A);
      await expect(lock.error().textContent()).resolves.toContain('does not open Steady');
      await lock.unlock(PASSPHRASE_B);
      await lock.waitUnlocked();
      await shell.goTo('Settings');
      await expect(page.locator('#security-minutes').inputValue()).resolves.not.toBe(
        MARKER_MINUTES,
      );
    } finally {
      await b.close();
    }
  });

  test('a backup file made before format 2 (golden fixture) still restores whole', async () => {
    const b = await openSession();
    try {
      const { page } = b;
      await page.goto(server.url);
      const backup = new BackupPage(page);
      await backup.openFromSetup();
      // A file made by the release before format 2 (packages/core/src/backup/fixtures).
      const golden = join(files, 'backup-2026-11-21.stdy');
      await writeFile(golden, backupV1Bytes());
      await backup.restore(golden, BACKUP_V1_PASSPHRASE);
      await new LockPage(page).waitUnlocked();
      const shell = new ShellPage(page, server.url);
      await shell.goTo('Journal');
      await page.getByText('Golden fixture: shouted at me in the kitchen').first().waitFor();
      await shell.goTo('Settings');
      await expect(page.locator('#security-minutes').inputValue()).resolves.toBe('7');
    } finally {
      await b.close();
    }
  });

  test('the restore screen passes axe in Spanish', async () => {
    const es = await openSession({ locale: 'es-ES' });
    try {
      const { page } = es;
      await page.goto(server.url);
      const backup = new BackupPage(page);
      await backup.openFromSetup('Restaurar desde una copia');
      await page.getByRole('heading', { name: 'Restaurar desde un archivo de copia' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await es.close();
    }
  });
});
