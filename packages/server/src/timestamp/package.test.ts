// Receipts the relay issued, carried in an evidence package: the package checks while
// it is untouched, and any byte of a receipt's token changed is refused, naming the entry.
import { execFile } from 'node:child_process';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEntry, editEntry, type JournalRecord } from '@steady/core';
import {
  buildPackage,
  readZip,
  verifyPackage,
  versionDigests,
  writeZip,
  type EvidenceReceipt,
  type Manifest,
} from '@steady/core/evidence';
import {
  certificateFromPem,
  checkTimestampToken,
  readTimestampReply,
  timestampQuery,
} from '@steady/core/timestamp';
import {
  sqliteRelayEnv,
  startMainProcess,
  stopMainProcess,
  tempSite,
  type MainProcess,
} from '../backup/main-process.ts';
import { generatedIdentity } from './identity.ts';

const BASE = '/api/backup/v1';
const CLI = fileURLToPath(new URL('../tools/check-package.ts', import.meta.url));
const run = promisify(execFile);

/** The command-line check's output and exit code for a package file. */
async function cli(file: string): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', CLI, file]);
    return { code: 0, stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    return { code: failed.code, stdout: failed.stdout };
  }
}
const SHEET = { name: 'HOW-TO-CHECK.txt', text: 'How to check.\n' };

let site: { dir: string; staticDir: string };
let relay: MainProcess;
beforeAll(async () => {
  site = await tempSite('steady-tsa-package-');
  relay = await startMainProcess(site.dir, sqliteRelayEnv(site, { STEADY_TSA: 'on' }));
}, 30_000);
afterAll(async () => {
  if (relay) await stopMainProcess(relay.child);
  await rm(site.dir, { recursive: true, force: true });
});

function entries(): JournalRecord[] {
  const made = [1, 2].map((n) => {
    const entry = createEntry(
      { occurred: { date: `2026-11-0${n}` }, stage: 'incident', severity: 3, what: `entry ${n}` },
      new Date(Date.UTC(2026, 10, n, 9)),
      `entry-${n}`,
    );
    if (!entry.ok) throw new Error('entry');
    return entry.value;
  });
  const edited = editEntry(made[1]!, { what: 'entry 2, edited' }, new Date(Date.UTC(2026, 10, 3)));
  if (!edited.ok) throw new Error('edit');
  return [made[0]!, edited.value];
}

/** What the app does for one version: the digest alone out, the token back, checked. */
async function receiptFor(digest: string, certificate: Uint8Array): Promise<Uint8Array> {
  const query = timestampQuery(digest);
  const response = await fetch(`${relay.url}${BASE}/timestamp`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/timestamp-query' },
    body: query.der as Uint8Array<ArrayBuffer>,
  });
  const read = await readTimestampReply(new Uint8Array(await response.arrayBuffer()), query);
  if (!read.ok) throw new Error(`refused: ${read.problem}`);
  const checked = await checkTimestampToken(read.receipt.token, digest, undefined, certificate);
  expect(checked.ok).toBe(true);
  return read.receipt.token;
}

const toBase64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

describe('a package carrying receipts the relay issued', () => {
  it('checks untouched, counts its receipts, and refuses every changed byte of a token', async () => {
    const pem = await (await fetch(`${relay.url}${BASE}/timestamp/certificate.pem`)).text();
    const certificate = certificateFromPem(pem);
    if (!certificate) throw new Error('no certificate');
    const records = entries();
    const receipts = new Map<string, EvidenceReceipt[]>();
    for (const record of records) {
      const digests = await versionDigests(record, () => undefined);
      const list: EvidenceReceipt[] = [];
      for (const [version, digest] of digests.entries()) {
        list.push({ version, token: await receiptFor(digest, certificate) });
      }
      receipts.set(record.id, list);
    }

    // A token checked against another authority's certificate is refused.
    const other = await generatedIdentity(site.dir + '/other', 'Relay time-stamping service');
    const first = receipts.get('entry-1')![0]!.token;
    const firstDigest = (await versionDigests(records[0]!, () => undefined))[0]!;
    expect(
      await checkTimestampToken(first, firstDigest, undefined, other.certificateDer),
    ).toMatchObject({ ok: false });

    const { bytes, manifest } = await buildPackage({
      entries: records,
      receipts,
      photos: new Map(),
      madeAt: '2026-12-03T09:00:00.000Z',
      howToCheck: SHEET,
    });
    expect(manifest.authorities).toHaveLength(1);
    expect(manifest.authorities[0]?.name).toBe('Relay time-stamping service');
    expect(manifest.authorities[0]?.certificate).toBe(toBase64(certificate));
    expect(await verifyPackage(bytes)).toMatchObject({ ok: true, receipts: 3, problems: [] });

    // Every other byte of the second entry's last token changed in turn (one bit, a
    // different one each time), each refused.
    const files = readZip(bytes).map((f) => ({ name: f.name, bytes: f.bytes }));
    const token = Buffer.from(manifest.entries[1]!.receipts[1]!.token, 'base64');
    let refused = 0;
    let firstForged: Uint8Array | undefined;
    for (let i = 0; i < token.length; i += 2) {
      const changed = Buffer.from(token);
      changed[i]! ^= 1 << (i % 8);
      const forged: Manifest = {
        ...manifest,
        entries: manifest.entries.map((e, n) =>
          n === 1
            ? {
                ...e,
                receipts: e.receipts.map((r, v) =>
                  v === 1 ? { ...r, token: changed.toString('base64') } : r,
                ),
              }
            : e,
        ),
      };
      const json = new TextEncoder().encode(JSON.stringify(forged));
      const zip = writeZip(
        files.map((f) => (f.name === 'manifest.json' ? { ...f, bytes: json } : f)),
      );
      firstForged ??= zip;
      const verdict = await verifyPackage(zip);
      expect(verdict.problems, `byte ${i}`).toEqual([
        { code: 'receipt-invalid', entry: 'entry-2', version: 1 },
      ]);
      refused += 1;
    }
    expect(refused).toBe(Math.ceil(token.length / 2));
    expect(refused).toBeGreaterThan(400);

    // The command-line check says the same: the count, and which entry's receipt failed.
    await writeFile(join(site.dir, 'good.zip'), bytes);
    await writeFile(join(site.dir, 'forged.zip'), firstForged!);
    const good = await cli(join(site.dir, 'good.zip'));
    expect(good.code).toBe(0);
    expect(good.stdout).toContain('time-stamp receipts: 3');
    const forged = await cli(join(site.dir, 'forged.zip'));
    expect(forged.code).toBe(1);
    expect(forged.stdout).toContain(
      'A time-stamp receipt does not match this version, or was not signed by the authority listed. (entry entry-2, version 2)',
    );
  }, 120_000);
});
