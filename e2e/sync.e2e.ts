import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { RunningServer } from '@steady/server';
import {
  startTestPostgres,
  type TestPostgres,
} from '../packages/server/src/backup/postgres-harness.ts';
import { axeViolations } from './support/axe.ts';
import { foreignRequests, openSession, type Session } from './support/browser.ts';
import { imageBytes, jpegWithGps } from './support/jpeg.ts';
import { linkDevice, relaySection, waitSynced } from './support/largeVault.ts';
import { startAppServerWithRelayConfig } from './support/server.ts';
import { JournalPage } from './pages/JournalPage.ts';
import { LockPage } from './pages/LockPage.ts';
import { PlanPage } from './pages/PlanPage.ts';
import { ShellPage } from './pages/ShellPage.ts';

/*
 * Several devices of one person, each a real Chromium profile, kept in step through one
 * relay: on SQLite (the default) and on PostgreSQL (several instances). Each device
 * writes, one is offline for a while, two change the same answer of the plan at once.
 */

const PASSPHRASE = 'harbour lantern velvet 4471 gently';
const FIRST = 'zq-sync-phone-entry-3a9f';
const FROM_LAPTOP = 'zq-sync-laptop-photo-entry-7c21';
const WHILE_AWAY = 'zq-sync-while-tablet-away-50de';
const NOTE_PHONE = 'zq-sync-plan-note-from-the-phone';
const NOTE_LAPTOP = 'zq-sync-plan-note-from-the-laptop';
const ANSWER_TABLET = 'zq-sync-plan-answer-from-the-tablet';

/** Asks the device to sync now and waits until a sync that started after the ask is done. */
async function bringUpToDate(page: Page, serverUrl: string): Promise<void> {
  await new ShellPage(page, serverUrl).goTo('Settings');
  const status = relaySection(page).locator('.relay-sync');
  const before = (await status.getAttribute('data-synced-at')) ?? '';
  await relaySection(page).getByRole('button', { name: 'Back up now' }).click();
  await waitSynced(page, before, 60_000);
}

/** A second or third device: restored from the relay with the key and the passphrase. */
async function link(device: Session, serverUrl: string, key: string): Promise<void> {
  await linkDevice(device.page, serverUrl, key, PASSPHRASE);
}

async function journalShows(page: Page, texts: readonly string[]): Promise<void> {
  const journal = new JournalPage(page);
  await journal.open();
  for (const text of texts) await page.getByText(text).first().waitFor({ timeout: 30_000 });
}

async function planNotes(page: Page): Promise<string> {
  const plan = new PlanPage(page);
  await plan.open();
  await plan.openSection('essentials');
  return plan.notes('essentials').inputValue();
}

const stores = [{ name: 'SQLite' }, { name: 'PostgreSQL' }] as const;

describe.each(stores)('devices of one person in step, relay on $name', ({ name }) => {
  let server: RunningServer;
  let dir: string;
  let postgres: TestPostgres | undefined;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'steady-sync-'));
    if (name === 'PostgreSQL') {
      postgres = await startTestPostgres();
      server = await startAppServerWithRelayConfig({
        STEADY_BACKUP: 'postgres',
        STEADY_BACKUP_PG: postgres.url,
      });
    } else {
      server = await startAppServerWithRelayConfig({
        STEADY_BACKUP: 'sqlite',
        STEADY_BACKUP_SQLITE: join(dir, 'relay.sqlite'),
      });
    }
  }, 120_000);
  afterAll(async () => {
    await server?.close();
    await postgres?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  test.each([2, 3])(
    '%i devices: entries, a photo, a plan answer changed on two at once, one offline',
    async (devices) => {
      const phone = await openSession();
      const laptop = await openSession({ viewport: { width: 1280, height: 900 } });
      const tablet = devices === 3 ? await openSession() : null;
      try {
        // The phone: set up, an entry, the plan, then server backup on.
        const { page: p } = phone;
        await p.goto(server.url);
        await new LockPage(p).setUp(PASSPHRASE);
        const journal = new JournalPage(p);
        await journal.open();
        await journal.create({
          stage: 'An incident of harm',
          severity: '3: quite bad',
          what: FIRST,
        });
        const plan = new PlanPage(p);
        await plan.open();
        await plan.openSection('essentials');
        await plan.notes('essentials').fill('Passport is in the blue folder.');
        await plan.waitSaved();
        await new ShellPage(p, server.url).goTo('Settings');
        await relaySection(p).getByRole('button', { name: 'Turn on backup on the server' }).click();
        await relaySection(p).locator('.recovery-group').first().waitFor({ timeout: 30_000 });
        const key = (await relaySection(p).locator('.recovery-group').allTextContents()).join('-');
        await relaySection(p).getByText('Your devices were last brought up to date').waitFor({
          timeout: 60_000,
        });

        // The laptop links, and sees everything the phone had.
        const { page: l } = laptop;
        await link(laptop, server.url, key);
        await journalShows(l, [FIRST]);
        expect(await planNotes(l)).toBe('Passport is in the blue folder.');

        // The laptop adds an entry with a photo; the phone gets it, photo and all.
        const photo = await jpegWithGps(l, 120, 80);
        const laptopJournal = new JournalPage(l);
        await laptopJournal.open();
        await laptopJournal.create({
          stage: 'Building tension',
          severity: '2: somewhat',
          what: FROM_LAPTOP,
          images: [{ name: 'screenshot.jpg', mimeType: 'image/jpeg', buffer: photo }],
        });
        await l.locator('.journal-entry img.journal-image').waitFor();
        const laptopImage = await imageBytes(l, '.journal-entry img.journal-image');
        await bringUpToDate(l, server.url);
        await bringUpToDate(p, server.url);
        await journal.open();
        await journal.openRow(FROM_LAPTOP);
        await p.locator('.journal-entry img.journal-image').waitFor({ timeout: 30_000 });
        expect(await imageBytes(p, '.journal-entry img.journal-image')).toEqual(laptopImage);

        // A third device links, then goes offline while the others write.
        if (tablet) {
          await link(tablet, server.url, key);
          await journalShows(tablet.page, [FIRST, FROM_LAPTOP]);
          await tablet.context.setOffline(true);
        }

        // Phone and laptop, both offline, change the same note of the plan.
        await phone.context.setOffline(true);
        await laptop.context.setOffline(true);
        await plan.open();
        await plan.openSection('essentials');
        await plan.notes('essentials').fill(NOTE_PHONE);
        await plan.waitSaved();
        const laptopPlan = new PlanPage(l);
        await laptopPlan.open();
        await laptopPlan.openSection('essentials');
        await laptopPlan.notes('essentials').fill(NOTE_LAPTOP);
        await laptopPlan.waitSaved();
        await journal.open();
        await journal.create({ stage: 'Calm', severity: '1: a little', what: WHILE_AWAY });
        await phone.context.setOffline(false);
        await laptop.context.setOffline(false);
        await bringUpToDate(p, server.url);
        await bringUpToDate(l, server.url);
        await bringUpToDate(p, server.url);

        // Both show the same text, and the other one beside it to keep or drop.
        for (const page of [p, l]) {
          const notes = await planNotes(page);
          expect([NOTE_PHONE, NOTE_LAPTOP]).toContain(notes);
          const other = notes === NOTE_PHONE ? NOTE_LAPTOP : NOTE_PHONE;
          const copy = page.locator('.plan-conflict-text');
          await copy.waitFor();
          expect(await copy.textContent()).toBe(other);
          expect(await axeViolations(page)).toEqual([]);
        }
        await journalShows(l, [WHILE_AWAY]);

        // On the laptop, the person keeps the other device's words; the phone follows.
        const shownOnLaptop = await planNotes(l);
        const kept = shownOnLaptop === NOTE_PHONE ? NOTE_LAPTOP : NOTE_PHONE;
        await l.getByRole('button', { name: 'Use these words' }).click();
        await l.locator('.plan-conflict-text').waitFor({ state: 'detached' });
        expect(await laptopPlan.notes('essentials').inputValue()).toBe(kept);
        await bringUpToDate(l, server.url);
        await bringUpToDate(p, server.url);
        expect(await planNotes(p)).toBe(kept);
        expect(await p.locator('.plan-conflict-text').count()).toBe(0);

        // The device that was away catches up with all of it, and its own change goes out.
        if (tablet) {
          const t = tablet.page;
          const tabletPlan = new PlanPage(t);
          await tabletPlan.open();
          await tabletPlan.openSection('essentials');
          await tabletPlan.field('essentials', 'bag').fill(ANSWER_TABLET);
          await tabletPlan.waitSaved();
          await tablet.context.setOffline(false);
          await bringUpToDate(t, server.url);
          await journalShows(t, [FIRST, FROM_LAPTOP, WHILE_AWAY]);
          expect(await planNotes(t)).toBe(kept);
          await bringUpToDate(p, server.url);
          await planNotes(p);
          expect(await plan.field('essentials', 'bag').inputValue()).toBe(ANSWER_TABLET);
        }

        for (const device of [phone, laptop, tablet]) {
          if (device) expect(foreignRequests(device.requests, server.url)).toEqual([]);
        }
      } finally {
        await phone.close();
        await laptop.close();
        await tablet?.close();
      }
    },
    600_000,
  );
});

/** A JPEG of random noise (it hardly compresses), drawn by the page's own canvas. */
async function noisePhoto(page: Page, width: number, height: number): Promise<Buffer> {
  const bytes = await page.evaluate(
    async ([w, h]) => {
      const canvas = new OffscreenCanvas(w, h);
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2d context');
      const image = context.createImageData(w, h);
      for (let i = 0; i < image.data.length; i++) {
        image.data[i] = i % 4 === 3 ? 255 : Math.floor(Math.random() * 256);
      }
      context.putImageData(image, 0, 0);
      const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.95 });
      return Array.from(new Uint8Array(await blob.arrayBuffer()));
    },
    [width, height] as const,
  );
  return Buffer.from(bytes);
}

describe('a relay with a small quota per vault', () => {
  let server: RunningServer;
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'steady-quota-'));
    server = await startAppServerWithRelayConfig({
      STEADY_BACKUP: 'sqlite',
      STEADY_BACKUP_SQLITE: join(dir, 'relay.sqlite'),
      STEADY_BACKUP_VAULT_QUOTA_MB: '1',
    });
  });
  afterAll(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  test('Settings says the space is full, how much is used, and that changes wait here', async () => {
    const device = await openSession();
    try {
      const { page } = device;
      await page.goto(server.url);
      await new LockPage(page).setUp(PASSPHRASE);
      await new ShellPage(page, server.url).goTo('Settings');
      await relaySection(page)
        .getByRole('button', { name: 'Turn on backup on the server' })
        .click();
      await relaySection(page).getByText('Your devices were last brought up to date').waitFor({
        timeout: 60_000,
      });
      await relaySection(page)
        .getByText(/Space your backup uses on the server: [\d.,]+ of 1(\.\d)? MB/)
        .waitFor();

      // A photo of noise larger than the whole quota.
      const journal = new JournalPage(page);
      await journal.open();
      const photos = [await noisePhoto(page, 1600, 1200)];
      await journal.create({
        stage: 'An incident of harm',
        severity: '3: quite bad',
        what: FIRST,
        images: photos.map((buffer, i) => ({ name: `p${i}.jpg`, mimeType: 'image/jpeg', buffer })),
      });
      await new ShellPage(page, server.url).goTo('Settings');
      await relaySection(page).getByRole('button', { name: 'Back up now' }).click();
      await relaySection(page)
        .getByText('Your backup has used all the space this server gives it')
        .waitFor({ timeout: 60_000 });
      await relaySection(page)
        .getByText(/changes? made here (is|are) still to be sent/)
        .waitFor();
      expect(await axeViolations(page)).toEqual([]);
      // Nothing written is lost on this device.
      await journalShows(page, [FIRST]);
    } finally {
      await device.close();
    }
  });
});
