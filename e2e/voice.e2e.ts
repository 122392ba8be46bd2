import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { readZip, verifyPackage } from '@steady/core/evidence';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningServer } from '@steady/server';
import { axeViolations } from './support/axe.ts';
import { openSession, type Session } from './support/browser.ts';
import { profileHasBytes, searchProfile } from './support/profile.ts';
import { startAppServer } from './support/server.ts';
import { JournalPage } from './pages/JournalPage.ts';
import { LockPage } from './pages/LockPage.ts';
import { openFromNav } from './pages/ShellPage.ts';
import { ReportPage } from './pages/ReportPage.ts';

// Voice notes (issue 19) with Chromium's fake microphone, which plays a steady beep:
// recorded in the entry form, played back, kept encrypted with the entry, played again
// after reopening it, listed in the report with its length and digest, carried in the
// evidence package byte for byte, and nowhere in the profile in plain. Then a browser
// that refuses the microphone: a clear message, and the entry still saves without it.

const PHONE = { width: 360, height: 740 };
const PASSPHRASE = 'willow ember 7734 gently harbour';
const MARKER = `voice-typed-${Math.random().toString(36).slice(2, 10)}`;
const FAKE_MIC = '--use-fake-device-for-media-stream';
const ALLOW_MIC = '--use-fake-ui-for-media-stream';

let server: RunningServer;
beforeAll(async () => {
  server = await startAppServer();
});
afterAll(async () => {
  await server?.close();
});

/** Remembers every Blob the page makes a URL for, so the test can read the recording. */
async function watchBlobs(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const made: Blob[] = [];
    (window as unknown as { __blobs: Blob[] }).__blobs = made;
    const original = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (object: Blob | MediaSource) => {
      if (object instanceof Blob) made.push(object);
      return original(object);
    };
  });
}

/** The bytes of the last audio Blob the page made (the recording, before it is saved). */
async function lastRecording(page: Page): Promise<Buffer> {
  const base64 = await page.evaluate(async () => {
    const blobs = (window as unknown as { __blobs: Blob[] }).__blobs;
    const audio = blobs.filter((b) => b.type.startsWith('audio/')).at(-1);
    if (!audio) return '';
    const bytes = new Uint8Array(await audio.arrayBuffer());
    let text = '';
    for (const b of bytes) text += String.fromCharCode(b);
    return btoa(text);
  });
  return Buffer.from(base64, 'base64');
}

/** Plays an <audio> and resolves once its time has moved on: it really plays. */
async function plays(audio: Locator): Promise<number> {
  await audio.waitFor();
  return audio.evaluate(async (element) => {
    const media = element as HTMLAudioElement;
    if (media.readyState < 1) {
      await new Promise((resolve) =>
        media.addEventListener('loadedmetadata', resolve, { once: true }),
      );
    }
    media.muted = true;
    await media.play();
    const started = performance.now();
    while (media.currentTime <= 0.2 && performance.now() - started < 10_000) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    media.pause();
    return media.currentTime;
  });
}

describe('a voice note with a fake microphone', () => {
  let session: Session;
  let recorded: Buffer;
  let pkg: Buffer;
  /** The length the form showed once recorded ('0:02'): the same everywhere after. */
  let length = '';

  beforeAll(async () => {
    session = await openSession({
      viewport: PHONE,
      extraArgs: [FAKE_MIC, ALLOW_MIC],
      permissions: ['microphone'],
    });
    await watchBlobs(session.page);
    await session.page.goto(server.url);
    await new LockPage(session.page).setUp(PASSPHRASE);
  });
  afterAll(async () => {
    await session?.close();
  });

  test('is recorded, played back, kept with the entry and played again after reopening', async () => {
    const { page } = session;
    const journal = new JournalPage(page);
    await journal.open();
    await journal.startNew();
    await journal.fill({
      date: '2025-04-12',
      stage: 'An incident of harm',
      severity: '4: very bad',
      what: 'He said it again on the stairs',
    });
    const voice = page.locator('fieldset.journal-voice');
    await voice.getByRole('button', { name: 'Record a voice note' }).click();
    const timer = voice.getByRole('timer');
    await timer.waitFor();
    await voice.getByText('Recording. Tap “Stop recording” when you are done.').waitFor();
    // The running length moves on while recording.
    await expect
      .poll(() => timer.textContent(), { timeout: 10_000 })
      .toMatch(/Recording: 0:0[1-9] of 10:00/);
    expect(await axeViolations(page), 'while recording').toEqual([]);
    await page.waitForTimeout(1200);
    await voice.getByRole('button', { name: 'Stop recording' }).click();

    const preview = voice.locator('.journal-recorded audio');
    expect(await plays(preview)).toBeGreaterThan(0.2);
    // About two seconds (more on a busy machine): the length measured while recording.
    const status = (await voice.locator('.journal-voice-status').textContent()) ?? '';
    length = /Length: (0:0[1-9])\./.exec(status)?.[1] ?? '';
    expect(length, status).not.toBe('');
    recorded = await lastRecording(page);
    expect(recorded.length).toBeGreaterThan(1000);
    // WebM's EBML header: the bytes are the recording itself.
    expect(recorded.subarray(0, 4).toString('hex')).toBe('1a45dfa3');
    expect(await axeViolations(page), 'recorded, before keeping').toEqual([]);

    await voice.getByLabel('What it says, typed (optional)').fill(`He said ${MARKER}`);
    await voice.getByRole('button', { name: 'Keep this voice note' }).click();
    await voice.getByText('Voice note kept. It is saved with this entry.').waitFor();
    await voice.getByText(`Voice note 1 (${length})`).waitFor();
    expect(await axeViolations(page), 'after keeping').toEqual([]);

    await journal.save();
    await journal.entryHeading.waitFor({ timeout: 30_000 });
    const list = page.locator('.journal-voice-list');
    await list.getByText(`Voice note 1 (${length})`).waitFor();
    await list.getByText(`Typed: He said ${MARKER}`).waitFor();
    expect(await plays(list.locator('audio'))).toBeGreaterThan(0.2);
    // What plays is the stored note, decrypted: the same bytes as were recorded.
    const played = await lastRecording(page);
    expect(played.equals(recorded)).toBe(true);
    expect(await axeViolations(page), 'the entry').toEqual([]);

    await journal.toList();
    await journal.openRow('He said it again on the stairs');
    expect(await plays(page.locator('.journal-voice-list audio'))).toBeGreaterThan(0.2);
  });

  test('the report lists it with its length and digest; the package carries its bytes', async () => {
    const { page } = session;
    const report = new ReportPage(page);
    await report.open();
    const digest = createHash('sha256').update(recorded).digest('hex');
    const grouped = (digest.match(/.{4}/g) ?? []).join(' ');
    const voices = report.doc.locator('.report-voices');
    await voices.getByText(`Voice note 1, ${length} long.`).waitFor();
    await expect(voices.textContent()).resolves.toContain(`SHA-256: ${grouped}`);
    await expect(voices.textContent()).resolves.toContain(MARKER);
    await expect(report.doc.textContent()).resolves.not.toContain('Photos kept with this entry');

    // Without a passphrase, so the test can read the zip and find the note's bytes in it.
    const download = await report.makeOpenPackage();
    pkg = await readFile((await download.path())!);
    await expect(verifyPackage(pkg)).resolves.toMatchObject({
      ok: true,
      entries: 1,
      photos: 0,
      voiceNotes: 1,
    });
    const file = readZip(pkg).find((f) => f.name.startsWith('voice/'));
    expect(file?.name).toBe('voice/v0001.webm');
    expect(Buffer.from(file!.bytes).equals(recorded)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('none of its bytes, nor its typed words, are in the profile in plain', async () => {
    await session.close({ keepProfile: true });
    const middle = Math.floor(recorded.length / 2);
    const run = recorded.subarray(middle, middle + 32);
    // The same run is found where the bytes are in plain on purpose: the package made above.
    expect(pkg.includes(run)).toBe(true);
    expect(await profileHasBytes(session.profileDir, [run])).toEqual([]);
    expect(await searchProfile(session.profileDir, [MARKER])).toEqual([]);
    const { rm } = await import('node:fs/promises');
    await rm(session.profileDir, { recursive: true, force: true });
  });
});

describe('a browser that refuses the microphone', () => {
  test('says so plainly, and the entry saves without a voice note', async () => {
    const session = await openSession({ viewport: PHONE, extraArgs: [FAKE_MIC] });
    try {
      const { page, context } = session;
      await context.grantPermissions([]);
      await page.goto(server.url);
      await new LockPage(page).setUp(PASSPHRASE);
      const journal = new JournalPage(page);
      await journal.open();
      await journal.startNew();
      await journal.fill({
        date: '2025-04-13',
        stage: 'Building tension',
        severity: '2: somewhat',
        what: 'Quiet all evening',
      });
      const voice = page.locator('fieldset.journal-voice');
      await voice.getByRole('button', { name: 'Record a voice note' }).click();
      await voice
        .getByRole('alert')
        .getByText('Steady was not allowed to use the microphone, so nothing was recorded.', {
          exact: false,
        })
        .waitFor({ timeout: 30_000 });
      await expect(voice.getByRole('timer').count()).resolves.toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      await journal.save();
      await journal.entryHeading.waitFor({ timeout: 30_000 });
      await page.getByText('Quiet all evening').waitFor();
      await expect(page.locator('.journal-voice-list').count()).resolves.toBe(0);

      // In Spanish, the same refusal in the person's own language.
      await openFromNav(page, 'Settings');
      await page.locator('#settings-language').selectOption('es');
      await openFromNav(page, 'Diario');
      await page.getByRole('button', { name: 'Escribir una entrada nueva' }).click();
      await page.getByRole('heading', { name: 'Una entrada nueva' }).waitFor();
      await voice.getByRole('button', { name: 'Grabar una nota de voz' }).click();
      await voice
        .getByRole('alert')
        .getByText('Steady no tuvo permiso para usar el micrófono', { exact: false })
        .waitFor({ timeout: 30_000 });
      expect(await axeViolations(page), 'es').toEqual([]);
    } finally {
      await session.close();
    }
  });
});
