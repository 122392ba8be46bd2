// Sync v2 over the real relay: what a device sends for a big vault, for one more entry,
// for one more photo, and how long 1,000 small changes take to reach another device,
// against one request carrying the same bytes on the same server. The relay is the real
// entry point on SQLite in a temp dir, in its own process, on 127.0.0.1; the devices
// reach it through createHttpRelay with a fetch that counts the request bodies it sends.
// Run: npm run bench -- sync   (SYNC_BENCH_MB sets the vault's size; 100 by default)
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  ATTACHMENT_LIMITS,
  attachmentChunk,
  attachmentMeta,
  journalEntry,
  reminder,
  type JournalRecord,
} from '@steady/core';
import {
  createHttpRelay,
  createSyncCodec,
  decodeFrames,
  SyncDevice,
  type SyncCodec,
} from '@steady/core/sync';
import { BACKUP_BASE } from '../packages/server/src/backup/routes.ts';
import { kb, line, startServerProcess, LIMITS_OUT_OF_THE_WAY } from './support.ts';

const MB = 1024 * 1024;
const CHUNK = ATTACHMENT_LIMITS.chunkBytes;
const PHOTO_CHUNKS = 8;
const SMALL_CHANGES = 1000;

async function startMain(dir: string): Promise<{ child: ChildProcess; url: string }> {
  const { child, port } = await startServerProcess(dir, {
    STEADY_BACKUP: 'sqlite',
    STEADY_BACKUP_SQLITE: join(dir, 'sync.sqlite'),
    ...LIMITS_OUT_OF_THE_WAY,
    // The baseline's one object may be larger than the 4 MiB a device ever seals.
    STEADY_BACKUP_MAX_OBJECT_BYTES: String(64 * MB),
  });
  return { child, url: `http://127.0.0.1:${port}` };
}

interface Sent {
  bytes: number;
  requests: number;
  /** The part of `bytes` that is sealed objects. */
  objectBytes: number;
}

/** A fetch that adds up the request body bytes it sends and the requests it makes. */
function countingFetch() {
  const sent: Sent = { bytes: 0, requests: 0, objectBytes: 0 };
  const counted: typeof fetch = (input, init) => {
    const body = init?.body;
    sent.requests++;
    if (typeof body === 'string') sent.bytes += Buffer.byteLength(body);
    else if (body instanceof Uint8Array) {
      sent.bytes += body.byteLength;
      // An object's sealed bytes, PUT as they are, or many of them in frames.
      if (init?.method === 'PUT') sent.objectBytes += body.byteLength;
      if (init?.method === 'POST' && String(input).endsWith('/objects')) {
        for (const object of decodeFrames(body as Uint8Array<ArrayBuffer>)) {
          sent.objectBytes += object.bytes.byteLength;
        }
      }
    } else if (body !== undefined && body !== null) {
      throw new Error('a body this bench cannot count');
    }
    return fetch(input, init);
  };
  return { sent, fetch: counted };
}

function content(what: string, day: number) {
  const date = new Date(Date.UTC(2025, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
  return {
    occurred: { date, approximate: false },
    stage: 'incident',
    harms: ['emotional'],
    severity: 3,
    what,
    felt: 'Scared, and then numb for the rest of the evening.',
    after: [],
    afterNote: '',
    injuries: '',
    witnesses: '',
    attachments: [],
  };
}

function entry(id: string, day: number, what: string): JournalRecord {
  const writtenAt = new Date(Date.UTC(2025, 0, 1) + day * 86_400_000).toISOString();
  return {
    id,
    writtenAt,
    pinned: false,
    versions: [{ editedAt: writtenAt, content: content(what, day) }],
  } as unknown as JournalRecord;
}

const WORDS =
  'He came home late and shouted about the money again, then took my phone and kept it ' +
  'until the morning. I waited in the bedroom with the door shut and wrote this down. ';

/** Writes a photo of PHOTO_CHUNKS chunks of random bytes and its meta; returns its bytes. */
function putPhoto(device: SyncDevice, id: string): number {
  for (let i = 0; i < PHOTO_CHUNKS; i++) {
    device.put(attachmentChunk, `${id}:${i}`, randomBytes(CHUNK).toString('base64'));
  }
  const size = PHOTO_CHUNKS * CHUNK;
  device.put(attachmentMeta, id, {
    id,
    type: 'image/jpeg',
    size,
    chunks: PHOTO_CHUNKS,
    width: 2560,
    height: 1920,
  });
  return size;
}

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await work();
  return { value, ms: performance.now() - start };
}

/** Runs `work` and returns the body bytes and requests `sent` gained meanwhile. */
async function counting(sent: Sent, work: () => Promise<unknown>): Promise<Sent & { ms: number }> {
  const before = { ...sent };
  const { ms } = await timed(work);
  return {
    bytes: sent.bytes - before.bytes,
    requests: sent.requests - before.requests,
    objectBytes: sent.objectBytes - before.objectBytes,
    ms,
  };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const millis = (ms: number) => `${ms.toFixed(1)} ms`;
const megabytes = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;

async function sealedPhotoBytes(codec: SyncCodec): Promise<number> {
  // The photo's bytes sealed as one sync object would be: padded, encrypted, enveloped.
  const sealed = await codec.sealObject(new Uint8Array(randomBytes(PHOTO_CHUNKS * CHUNK)));
  return sealed.bytes.length;
}

export async function run(): Promise<void> {
  const targetMb = Number(process.env.SYNC_BENCH_MB ?? '100');
  if (!Number.isFinite(targetMb) || targetMb <= 0) throw new Error('SYNC_BENCH_MB: a number > 0');
  const dir = await mkdtemp(join(tmpdir(), 'steady-sync-bench-'));
  await writeFile(join(dir, 'index.html'), '<!doctype html><title>Steady</title>');
  const { child, url } = await startMain(dir);
  try {
    const vault = { id: randomBytes(16).toString('hex'), token: randomBytes(32).toString('hex') };
    const base = `${url}${BACKUP_BASE}`;
    const a = countingFetch();
    const b = countingFetch();
    const relayA = createHttpRelay({ base, vaultId: vault.id, token: vault.token, fetch: a.fetch });
    const relayB = createHttpRelay({ base, vaultId: vault.id, token: vault.token, fetch: b.fetch });
    await relayA.createVault();
    const codec = await createSyncCodec(randomBytes(32));
    let clock = Date.parse('2026-03-01T12:00:00Z');
    const now = () => (clock += 1);
    const deviceA = new SyncDevice({ device: 'phone', codec, relay: relayA, now });

    // 1. The vault: a journal entry for every day of three years, the rest photos.
    const entries = 1095;
    for (let i = 0; i < entries; i++) {
      deviceA.put(journalEntry, `e${i}`, entry(`e${i}`, i, `${WORDS}(${i})`));
    }
    let photoBytes = 0;
    let photos = 0;
    while (photoBytes + PHOTO_CHUNKS * CHUNK <= targetMb * MB) {
      photoBytes += putPhoto(deviceA, `p${photos++}`);
    }
    console.log(
      `vault: ${targetMb} MB asked (SYNC_BENCH_MB); ${entries} journal entries, ` +
        `${photos} photos of ${PHOTO_CHUNKS} × 256 KiB (${megabytes(photoBytes)} of photo bytes)`,
    );
    const initial = await counting(a.sent, () => deviceA.push());
    line('set-up: initial push, time', seconds(initial.ms));
    line('set-up: initial push, bytes sent', megabytes(initial.bytes));
    line('set-up: initial push, requests', String(initial.requests));
    const deviceB = new SyncDevice({ device: 'laptop', codec, relay: relayB, now });
    const firstPull = await timed(() => deviceB.pull());
    line('set-up: fresh device B pulls the vault, time', seconds(firstPull.ms));

    // 2. One more text entry.
    deviceA.put(journalEntry, 'new-entry', entry('new-entry', entries, `${WORDS}(one more)`));
    const text = await counting(a.sent, () => deviceA.push());
    line('one new journal entry: bytes sent', kb(text.bytes), 'under 16 KB');
    line('one new journal entry: requests, time', `${text.requests}, ${millis(text.ms)}`);

    // 3. One more 2 MB photo.
    const size = putPhoto(deviceA, 'new-photo');
    const photo = await counting(a.sent, () => deviceA.push());
    const sealedRaw = await sealedPhotoBytes(codec);
    line('one new 2 MB photo: bytes sent', megabytes(photo.bytes));
    line('one new 2 MB photo: requests, time', `${photo.requests}, ${millis(photo.ms)}`);
    line(
      '  ÷ the photo sealed as one object',
      `${(photo.bytes / sealedRaw).toFixed(3)}×`,
      'under 1.1×',
    );
    line(
      '  ÷ the ciphertext of its 9 objects (as stored)',
      `${(photo.bytes / photo.objectBytes).toFixed(3)}×`,
    );
    line('  ÷ the photo its own bytes', `${(photo.bytes / size).toFixed(3)}×`);

    // 4. 1,000 small changes, from A's push until B has pulled them all.
    for (let i = 0; i < SMALL_CHANGES; i++) {
      deviceA.put(reminder, `r${i}`, {
        id: `r${i}`,
        text: `I left for a reason (${i})`,
        writtenAt: new Date(Date.parse('2026-03-01T12:00:00Z') + i * 1000).toISOString(),
      });
    }
    const beforeB = b.sent.requests;
    let pushMs = 0;
    const small = await counting(a.sent, async () => {
      pushMs = (await timed(() => deviceA.push())).ms;
      await deviceB.pull();
    });
    const pullRequests = b.sent.requests - beforeB;
    const got = Array.from({ length: SMALL_CHANGES }, (_, i) => deviceB.read(reminder, `r${i}`));
    if (got.some((view) => view === undefined)) throw new Error('device B lacks some reminders');

    // The baseline: the same bytes as one object in one PUT, and that PUT then one GET.
    const headers = { Authorization: `Bearer ${vault.token}` };
    const name = randomBytes(16).toString('hex');
    const objectUrl = `${base}/v2/${vault.id}/objects/${name}`;
    const blob = new Uint8Array(randomBytes(small.bytes));
    const put = await timed(async () => {
      const answer = await fetch(objectUrl, {
        method: 'PUT',
        headers: { ...headers, 'Content-Type': 'application/octet-stream' },
        body: blob,
      });
      if (answer.status !== 201) throw new Error(`baseline PUT: ${answer.status}`);
      await answer.body?.cancel();
    });
    const getBack = await timed(async () => {
      const answer = await fetch(objectUrl, { headers });
      if (!answer.ok) throw new Error(`baseline GET: ${answer.status}`);
      await answer.arrayBuffer();
    });
    line(`${SMALL_CHANGES} small changes: A's bytes sent`, kb(small.bytes));
    line(`${SMALL_CHANGES} small changes: A's requests`, String(small.requests));
    line(`${SMALL_CHANGES} small changes: B's requests`, String(pullRequests));
    line(`${SMALL_CHANGES} small changes: A's push`, millis(pushMs));
    line(`${SMALL_CHANGES} small changes: A push until B has them`, millis(small.ms));
    line('baseline: one PUT of the same bytes', millis(put.ms));
    line('baseline: that PUT, then one GET of it', millis(put.ms + getBack.ms));
    line('  push-and-pull ÷ one PUT', `${(small.ms / put.ms).toFixed(1)}×`);
    line(
      '  push-and-pull ÷ one PUT and one GET',
      `${(small.ms / (put.ms + getBack.ms)).toFixed(1)}×`,
    );
  } finally {
    if (child.exitCode === null && child.signalCode === null) {
      await new Promise<void>((done) => {
        child.once('exit', () => done());
        child.kill('SIGTERM');
      });
    }
    await rm(dir, { recursive: true, force: true });
  }
}
