import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningServer } from '@steady/server';
import { foreignRequests, openSession } from './support/browser.ts';
import { imageBytes } from './support/jpeg.ts';
import {
  linkDevice,
  nthPhoto,
  openEntryPhotos,
  relayObjectBytes,
  turnOnBackup,
  waitSynced,
  writeNoiseEntries,
} from './support/largeVault.ts';
import { startAppServerWithRelayConfig } from './support/server.ts';
import { LockPage } from './pages/LockPage.ts';
import { ShellPage } from './pages/ShellPage.ts';

/*
 * No size wall: a vault of more than 100 MB of photos (random noise, which does not
 * compress) moves to the relay on SQLite from one real Chromium profile and is brought
 * down whole on a second one, each photo byte for byte.
 */

const PASSPHRASE = 'harbour lantern velvet 4471 gently';
const MIB = 1024 * 1024;
/** About 3.8 MB each once the app has re-encoded them: 29 are more than 100 MiB. */
const PHOTOS = 29;
const PER_ENTRY = 10;
const MIN_BYTES = 100 * MIB;

describe('a vault of more than 100 MB of photos, relay on SQLite', () => {
  let server: RunningServer;
  let dir: string;
  let sqlite: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'steady-sync-large-'));
    sqlite = join(dir, 'relay.sqlite');
    server = await startAppServerWithRelayConfig({
      STEADY_BACKUP: 'sqlite',
      STEADY_BACKUP_SQLITE: sqlite,
    });
  });
  afterAll(async () => {
    await server?.close();
    await rm(dir, { recursive: true, force: true });
  });

  test('backs up from one device and is restored on another, every photo', async () => {
    const phone = await openSession();
    const laptop = await openSession();
    try {
      const { page: p } = phone;
      await p.goto(server.url);
      await new LockPage(p).setUp(PASSPHRASE);
      // Server backup on while the vault is small, so it is moved to version 2 at once;
      // then the photos, written offline, and all of them sent in one sync.
      const key = await turnOnBackup(p, server.url);
      const moved = await waitSynced(p, '', 60_000);
      await phone.context.setOffline(true);
      const entries = await writeNoiseEntries(p, PHOTOS, PER_ENTRY, 'e2e');
      // Back online, the app syncs by itself (the page is too busy then to be clicked).
      await new ShellPage(p, server.url).goTo('Settings');
      await phone.context.setOffline(false);
      await waitSynced(p, moved, 300_000);
      const held = relayObjectBytes(sqlite);
      expect(held.bytes).toBeGreaterThanOrEqual(MIN_BYTES);

      const { page: l } = laptop;
      await linkDevice(l, server.url, key, PASSPHRASE);
      await new ShellPage(l, server.url).goTo('Settings');
      await waitSynced(l, '', 240_000);

      // Every entry and every photo shows; the photos add up to more than 100 MiB, and
      // the first and last of each entry are the phone's bytes exactly.
      let photoBytes = 0;
      for (const entry of entries) {
        await openEntryPhotos(l, entry.what, entry.photos, 60_000);
        const restored: Buffer[] = [];
        for (let n = 0; n < entry.photos; n++) {
          restored.push(await imageBytes(l, nthPhoto(n)));
        }
        photoBytes += restored.reduce((sum, bytes) => sum + bytes.length, 0);
        await openEntryPhotos(p, entry.what, entry.photos, 60_000);
        for (const n of [0, entry.photos - 1]) {
          expect(await imageBytes(p, nthPhoto(n))).toEqual(restored[n]);
        }
      }
      expect(photoBytes).toBeGreaterThanOrEqual(MIN_BYTES);
      expect(held.bytes).toBeGreaterThanOrEqual(photoBytes);
      console.log(
        `sync-large: ${entries.length} entries, ${PHOTOS} photos, ` +
          `${(photoBytes / MIB).toFixed(1)} MiB of photos, the relay holds ` +
          `${(held.bytes / MIB).toFixed(1)} MiB in ${held.objects} objects`,
      );
      for (const device of [phone, laptop]) {
        expect(foreignRequests(device.requests, server.url)).toEqual([]);
      }
    } finally {
      await phone.close();
      await laptop.close();
    }
  }, 900_000);
});
