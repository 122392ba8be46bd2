// Issue 19's figure: the time to build an evidence package of 1,000 entries with 100
// photos (2 MB of noise each, as a re-encoded photo is) and to check it, against
// hashing the same bytes alone (SHA-256 over every photo and every entry's text, the
// least any check must do). Then the same with a trusted timestamp's receipt for every
// version (RFC 3161 tokens signed by the relay's own code, in-process), each verified.
// Runs in Node, where the app's code runs the same WebCrypto.
// Run: npm run bench -- evidence
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createEntry, editEntry, type AttachmentMeta, type JournalRecord } from '@steady/core';
import {
  buildPackage,
  hexSha256,
  verifyPackage,
  versionDigests,
  type EvidencePhoto,
  type EvidenceReceipt,
} from '@steady/core/evidence';
import { readTimestampReply, timestampQuery } from '@steady/core/timestamp';
import { generatedIdentity } from '../packages/server/src/timestamp/identity.ts';
import { createTimestamper, DEFAULT_TSA_POLICY } from '../packages/server/src/timestamp/index.ts';
import { line } from './support.ts';

const ENTRIES = 1000;
const PHOTOS = 100;
const PHOTO_BYTES = 2 * 1024 * 1024;

function noise(size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  for (let at = 0; at < size; at += 65536) {
    crypto.getRandomValues(bytes.subarray(at, Math.min(size, at + 65536)));
  }
  return bytes;
}

function entries(): { records: JournalRecord[]; photos: Map<string, EvidencePhoto> } {
  const photos = new Map<string, EvidencePhoto>();
  const records: JournalRecord[] = [];
  for (let i = 0; i < ENTRIES; i++) {
    const withPhoto = i % (ENTRIES / PHOTOS) === 0;
    const id = `photo-${i}`;
    if (withPhoto) {
      const meta: AttachmentMeta = {
        id,
        type: 'image/jpeg',
        size: PHOTO_BYTES,
        chunks: 8,
        width: 2560,
        height: 1920,
      };
      photos.set(id, { meta, bytes: noise(PHOTO_BYTES) });
    }
    const made = createEntry(
      {
        occurred: { date: '2026-06-01' },
        stage: 'incident',
        severity: 3,
        what: `What happened on this day, in the person's own words, entry ${i}. `.repeat(6),
        attachments: withPhoto ? [id] : [],
      },
      new Date(Date.UTC(2026, 5, 2) + i * 60_000),
      `entry-${i}`,
    );
    if (!made.ok) throw new Error('a bench entry that does not check');
    let record = made.value;
    if (i % 4 === 0) {
      const edited = editEntry(record, { felt: 'added later' }, new Date(Date.UTC(2026, 6, 1) + i));
      if (edited.ok) record = edited.value;
    }
    records.push(record);
  }
  return { records, photos };
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

export async function run(): Promise<void> {
  const { records, photos } = entries();
  const madeAt = new Date().toISOString();
  const howToCheck = { name: 'HOW-TO-CHECK.txt', text: 'How to check this package.' };
  let size = 0;
  let bytes = new Uint8Array();
  const build = await timed(async () => {
    const built = await buildPackage({ entries: records, photos, madeAt, howToCheck });
    bytes = built.bytes;
    size = bytes.length;
  });
  let ok = false;
  const verify = await timed(async () => {
    ok = (await verifyPackage(bytes)).ok;
  });
  if (!ok) throw new Error('the package did not check');
  const text = new TextEncoder();
  const hashOnly = await timed(async () => {
    for (const photo of photos.values()) await hexSha256(photo.bytes);
    for (const record of records) {
      await hexSha256(text.encode(JSON.stringify(record)));
    }
  });
  console.log(
    `${ENTRIES} entries (a quarter edited once), ${PHOTOS} photos of ${PHOTO_BYTES / 1024 / 1024} MiB; ` +
      `package ${(size / 1024 / 1024).toFixed(1)} MiB`,
  );
  line('hashing the same bytes alone (baseline)', `${hashOnly.toFixed(0)} ms`);
  line('building the package', `${build.toFixed(0)} ms`);
  line('   against the baseline', `${(build / hashOnly).toFixed(1)}×`);
  line('checking the package', `${verify.toFixed(0)} ms`);
  line('   against the baseline', `${(verify / hashOnly).toFixed(1)}×`);

  // A receipt for every version, as the relay signs them (ECDSA P-256).
  const dir = await mkdtemp(join(tmpdir(), 'bench-tsa-'));
  try {
    const identity = await generatedIdentity(dir, 'Relay time-stamping service');
    const timestamper = createTimestamper({ identity, policy: DEFAULT_TSA_POLICY });
    const sha = new Map<string, string>();
    for (const [id, photo] of photos) sha.set(id, await hexSha256(photo.bytes));
    const receipts = new Map<string, EvidenceReceipt[]>();
    let count = 0;
    for (const record of records) {
      const digests = await versionDigests(record, (id) => sha.get(id));
      const list: EvidenceReceipt[] = [];
      for (const [version, digest] of digests.entries()) {
        const query = timestampQuery(digest);
        const reading = await readTimestampReply(await timestamper.respond(query.der), query);
        if (!reading.ok) throw new Error(`no receipt: ${reading.problem}`);
        list.push({ version, token: reading.receipt.token });
        count += 1;
      }
      receipts.set(record.id, list);
    }
    let stamped = new Uint8Array();
    const buildStamped = await timed(async () => {
      stamped = (await buildPackage({ entries: records, receipts, photos, madeAt, howToCheck }))
        .bytes;
    });
    let receiptsChecked = 0;
    const verifyStamped = await timed(async () => {
      const verdict = await verifyPackage(stamped);
      if (!verdict.ok) throw new Error('the stamped package did not check');
      receiptsChecked = verdict.receipts;
    });
    if (receiptsChecked !== count) throw new Error('not every receipt was checked');
    line(`with ${count} receipts: building`, `${buildStamped.toFixed(0)} ms`);
    line('   against the baseline', `${(buildStamped / hashOnly).toFixed(1)}×`);
    line(`with ${count} receipts: checking`, `${verifyStamped.toFixed(0)} ms`);
    line('   against the baseline', `${(verifyStamped / hashOnly).toFixed(1)}×`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
