// The relay as an RFC 3161 time-stamp authority, started as an operator runs it, and
// checked with Debian's openssl, as anyone given a receipt and the certificate would.
import { execFile } from 'node:child_process';
import { readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  sqliteRelayEnv,
  startMainProcess,
  stopMainProcess,
  tempSite,
  type MainProcess,
} from '../backup/main-process.ts';
import { DEFAULT_TSA_POLICY, FailureInfo } from './index.ts';
import { checkTimestampToken, readTimestampReply, timestampQuery } from '@steady/core/timestamp';

const run = promisify(execFile);
const BASE = '/api/backup/v1';

async function openssl(...args: string[]): Promise<string> {
  const { stdout, stderr } = await run('openssl', args);
  return stdout + stderr;
}

/** `openssl ts -verify`'s whole output, whether it says OK or not. */
async function verify(dir: string, reply: string, query: string, cert: string): Promise<string> {
  try {
    return await openssl(
      'ts',
      '-verify',
      '-in',
      join(dir, reply),
      '-queryfile',
      join(dir, query),
      '-CAfile',
      join(dir, cert),
    );
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string };
    return `${failed.stdout ?? ''}${failed.stderr ?? ''}`;
  }
}

async function post(url: string, body: Uint8Array, type = 'application/timestamp-query') {
  return fetch(`${url}${BASE}/timestamp`, {
    method: 'POST',
    headers: { 'Content-Type': type },
    body: body as Uint8Array<ArrayBuffer>,
  });
}

/** POSTs the query file and saves the reply; answers the HTTP response. */
async function stamp(url: string, dir: string, query: string, reply: string): Promise<Response> {
  const response = await post(url, await readFile(join(dir, query)));
  await writeFile(join(dir, reply), new Uint8Array(await response.clone().arrayBuffer()));
  return response;
}

async function saveCertificate(url: string, dir: string, file: string): Promise<string> {
  const response = await fetch(`${url}${BASE}/timestamp/certificate.pem`);
  expect(response.status).toBe(200);
  const pem = await response.text();
  await writeFile(join(dir, file), pem);
  return pem;
}

function parseReply(bytes: Uint8Array): pkijs.TimeStampResp {
  return pkijs.TimeStampResp.fromBER(bytes.buffer.slice(bytes.byteOffset) as ArrayBuffer);
}

/** The named bits set in a reply's PKIFailureInfo. */
function failureBits(reply: pkijs.TimeStampResp): number[] {
  const bytes = reply.status.failInfo?.valueBlock.valueHexView ?? new Uint8Array(0);
  const bits: number[] = [];
  bytes.forEach((byte, index) => {
    for (let bit = 0; bit < 8; bit++) if (byte & (0x80 >> bit)) bits.push(index * 8 + bit);
  });
  return bits;
}

let site: { dir: string; staticDir: string };
let relay: MainProcess;
beforeAll(async () => {
  site = await tempSite('steady-tsa-');
  await writeFile(join(site.dir, 'entry.bin'), 'an entry version, as its digest stands for it');
  relay = await startMainProcess(site.dir, sqliteRelayEnv(site, { STEADY_TSA: 'on' }));
}, 30_000);
afterAll(async () => {
  if (relay) await stopMainProcess(relay.child);
  await rm(site.dir, { recursive: true, force: true });
});

describe('the relay as a time-stamp authority (RFC 3161)', () => {
  it('issues a token that openssl ts -verify accepts with the published certificate', async () => {
    const { dir } = site;
    await openssl(
      'ts',
      '-query',
      '-data',
      join(dir, 'entry.bin'),
      '-sha256',
      '-cert',
      '-out',
      join(dir, 'req.tsq'),
    );
    const response = await stamp(relay.url, dir, 'req.tsq', 'reply.tsr');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('application/timestamp-reply');
    await saveCertificate(relay.url, dir, 'cert.pem');

    expect(await verify(dir, 'reply.tsr', 'req.tsq', 'cert.pem')).toContain('Verification: OK');
    const text = await openssl('ts', '-reply', '-in', join(dir, 'reply.tsr'), '-text');
    expect(text).toContain('Status: Granted.');
    expect(text).toContain(`Policy OID: ${DEFAULT_TSA_POLICY}`);
    expect(text).toContain('Hash Algorithm: sha256');
    // The token says when, to the second, by the relay's clock.
    const when = Date.parse(/Time stamp: (.+)/.exec(text)![1]!);
    expect(Math.abs(when - Date.now())).toBeLessThan(60_000);
    // What the relay published is the time-stamping certificate the token names.
    const cert = await openssl('x509', '-in', join(dir, 'cert.pem'), '-noout', '-text');
    expect(cert).toMatch(/Extended Key Usage: critical\s+Time Stamping/);
    expect(cert).toContain('CN = Relay time-stamping service');
  });

  it('answers a request without certReq with a token holding no certificate', async () => {
    const { dir } = site;
    await openssl(
      'ts',
      '-query',
      '-data',
      join(dir, 'entry.bin'),
      '-sha256',
      '-out',
      join(dir, 'bare.tsq'),
    );
    await stamp(relay.url, dir, 'bare.tsq', 'bare.tsr');
    const reply = parseReply(await readFile(join(dir, 'bare.tsr')));
    expect(reply.status.status).toBe(pkijs.PKIStatus.granted);
    const signed = new pkijs.SignedData({ schema: reply.timeStampToken!.content });
    expect(signed.certificates ?? []).toHaveLength(0);
    // A verifier given the certificate apart still accepts it.
    const output = await openssl(
      'ts',
      '-verify',
      '-in',
      join(dir, 'bare.tsr'),
      '-queryfile',
      join(dir, 'bare.tsq'),
      '-CAfile',
      join(dir, 'cert.pem'),
      '-untrusted',
      join(dir, 'cert.pem'),
    );
    expect(output).toContain('Verification: OK');
  });

  it('gives every token its own serial number and echoes each nonce', async () => {
    const { dir } = site;
    const serials = new Set<string>();
    for (let i = 0; i < 5; i++) {
      await stamp(relay.url, dir, 'req.tsq', `again-${i}.tsr`);
      const text = await openssl('ts', '-reply', '-in', join(dir, `again-${i}.tsr`), '-text');
      serials.add(/Serial number: (0x[0-9A-F]+)/.exec(text)![1]!);
    }
    expect(serials.size).toBe(5);
    // The nonce is the query's: a token answering another query is refused.
    await openssl(
      'ts',
      '-query',
      '-data',
      join(dir, 'entry.bin'),
      '-sha256',
      '-cert',
      '-out',
      join(dir, 'other.tsq'),
    );
    expect(await verify(dir, 'again-0.tsr', 'other.tsq', 'cert.pem')).toMatch(/nonce mismatch/i);
  });

  it('refuses a SHA-1 imprint as badAlg and a short SHA-256 imprint as badDataFormat', async () => {
    const { dir } = site;
    await openssl(
      'ts',
      '-query',
      '-data',
      join(dir, 'entry.bin'),
      '-sha1',
      '-cert',
      '-out',
      join(dir, 'sha1.tsq'),
    );
    const sha1 = await stamp(relay.url, dir, 'sha1.tsq', 'sha1.tsr');
    // RFC 3161 3.4: a refusal is still a TimeStampResp, not an HTTP error.
    expect(sha1.status).toBe(200);
    const sha1Text = await openssl('ts', '-reply', '-in', join(dir, 'sha1.tsr'), '-text');
    expect(sha1Text).toContain('Status: Rejected.');
    expect(sha1Text).toContain('Only SHA-256 message imprints are time-stamped here.');
    expect(sha1Text).toContain('unrecognized or unsupported algorithm identifier');
    expect(failureBits(parseReply(await readFile(join(dir, 'sha1.tsr'))))).toEqual([
      FailureInfo.badAlg,
    ]);

    const short = new pkijs.TimeStampReq({
      version: 1,
      messageImprint: new pkijs.MessageImprint({
        hashAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: '2.16.840.1.101.3.4.2.1' }),
        hashedMessage: new asn1js.OctetString({ valueHex: new Uint8Array(20).buffer }),
      }),
      certReq: true,
    });
    const response = await post(relay.url, new Uint8Array(short.toSchema().toBER(false)));
    expect(response.status).toBe(200);
    const reply = parseReply(new Uint8Array(await response.arrayBuffer()));
    expect(reply.status.status).toBe(pkijs.PKIStatus.rejection);
    expect(reply.timeStampToken).toBeUndefined();
    expect(failureBits(reply)).toEqual([FailureInfo.badDataFormat]);
    expect(reply.status.statusStrings?.[0]?.valueBlock.value).toBe(
      'A SHA-256 message imprint is 32 bytes.',
    );
  });

  it('refuses another policy than its own as unacceptedPolicy, and grants its own', async () => {
    const { dir } = site;
    await openssl(
      'ts',
      '-query',
      '-data',
      join(dir, 'entry.bin'),
      '-sha256',
      '-tspolicy',
      '1.2.3.4',
      '-out',
      join(dir, 'policy.tsq'),
    );
    await stamp(relay.url, dir, 'policy.tsq', 'policy.tsr');
    const reply = parseReply(await readFile(join(dir, 'policy.tsr')));
    expect(failureBits(reply)).toEqual([FailureInfo.unacceptedPolicy]);
    // Asking for its own policy (arcs past 2^64 under 2.25) is granted.
    await openssl(
      'ts',
      '-query',
      '-data',
      join(dir, 'entry.bin'),
      '-sha256',
      '-cert',
      '-tspolicy',
      DEFAULT_TSA_POLICY,
      '-out',
      join(dir, 'own.tsq'),
    );
    await stamp(relay.url, dir, 'own.tsq', 'own.tsr');
    expect(await verify(dir, 'own.tsr', 'own.tsq', 'cert.pem')).toContain('Verification: OK');
  });

  it('answers a malformed body 400, an oversized one 413 and another type 415, each saying why', async () => {
    const malformed = await post(relay.url, new TextEncoder().encode('not a request'));
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toEqual({
      error: 'bad_timestamp_query',
      message: 'The body is not one DER TimeStampReq (RFC 3161).',
    });
    // A whole request with a byte after it is not one request.
    const query = await readFile(join(site.dir, 'req.tsq'));
    const trailing = await post(relay.url, new Uint8Array([...query, 0]));
    expect(trailing.status).toBe(400);
    const empty = await post(relay.url, new Uint8Array(0));
    expect(empty.status).toBe(400);

    const oversized = await post(relay.url, new Uint8Array(4097));
    expect(oversized.status).toBe(413);
    expect(await oversized.json()).toEqual({
      error: 'too_large',
      message: 'A time-stamp request may be at most 4096 bytes.',
    });

    const wrongType = await post(relay.url, query, 'application/octet-stream');
    expect(wrongType.status).toBe(415);
    expect((await wrongType.json()).message).toContain('application/timestamp-query');
  });

  it('keeps its key and certificate across a restart, the key readable by the relay alone', async () => {
    const { dir } = site;
    const before = await readFile(join(dir, 'cert.pem'), 'utf8');
    expect((await stat(join(dir, 'steady-tsa-key.pem'))).mode & 0o077).toBe(0);
    await stopMainProcess(relay.child);
    relay = await startMainProcess(dir, sqliteRelayEnv(site, { STEADY_TSA: 'on' }));
    expect(relay.output()).toContain('timestamps on at /api/backup/v1/timestamp');
    const after = await saveCertificate(relay.url, dir, 'cert-after.pem');
    expect(after).toBe(before);
    // A receipt issued before the restart verifies with the certificate published after.
    expect(await verify(dir, 'reply.tsr', 'req.tsq', 'cert-after.pem')).toContain(
      'Verification: OK',
    );
  }, 30_000);
});

describe("the app's side (core's timestamp entry) against the relay", () => {
  // An entry version's digest (evidence/digest.ts) is what the app sends: 32 bytes.
  const digest = 'a3'.repeat(32);

  it('asks for a time for a digest and reads the receipt, which openssl accepts too', async () => {
    const { dir } = site;
    const query = timestampQuery(digest);
    const response = await post(relay.url, query.der);
    const reply = new Uint8Array(await response.arrayBuffer());
    const reading = await readTimestampReply(reply, query);
    if (!reading.ok) throw new Error(`refused: ${reading.problem}`);
    expect(reading.receipt.authority).toBe('Relay time-stamping service');
    expect(Math.abs(Date.parse(reading.receipt.time) - Date.now())).toBeLessThan(60_000);

    await writeFile(join(dir, 'app.tsq'), query.der);
    await writeFile(join(dir, 'app.tsr'), reply);
    await saveCertificate(relay.url, dir, 'app-cert.pem');
    expect(await verify(dir, 'app.tsr', 'app.tsq', 'app-cert.pem')).toContain('Verification: OK');

    // The kept token checks again later, alone, and only for its own digest.
    expect((await checkTimestampToken(reading.receipt.token, digest)).ok).toBe(true);
    expect(await checkTimestampToken(reading.receipt.token, 'b4'.repeat(32))).toMatchObject({
      ok: false,
      problem: 'mismatch',
    });
    const forged = new Uint8Array(reading.receipt.token);
    // The signature is the token's last bytes when no unsigned attribute follows it.
    forged[forged.length - 3]! ^= 0x01;
    expect(await checkTimestampToken(forged, digest)).toMatchObject({
      ok: false,
      problem: 'bad-signature',
    });
    // Another request's reply is not taken for this one's.
    expect(await readTimestampReply(reply, timestampQuery(digest))).toMatchObject({
      ok: false,
      problem: 'mismatch',
    });
  });

  it("reads a refusal as refused, with the authority's reason", async () => {
    const refused = await readTimestampReply(
      await readFile(join(site.dir, 'sha1.tsr')),
      timestampQuery(digest),
    );
    expect(refused).toEqual({
      ok: false,
      problem: 'refused',
      detail: 'Only SHA-256 message imprints are time-stamped here.',
    });
    expect(await readTimestampReply(new Uint8Array([1, 2, 3]), timestampQuery(digest))).toEqual({
      ok: false,
      problem: 'malformed',
    });
  });
});

describe('the time-stamp authority as the operator sets it', () => {
  it('is off unless STEADY_TSA=on: no route, no key made', async () => {
    const other = await tempSite('steady-tsa-off-');
    const off = await startMainProcess(other.dir, sqliteRelayEnv(other));
    try {
      const response = await post(off.url, await readFile(join(site.dir, 'req.tsq')));
      expect(response.status).toBe(404);
      await expect(stat(join(other.dir, 'steady-tsa-key.pem'))).rejects.toThrow();
    } finally {
      await stopMainProcess(off.child);
      await rm(other.dir, { recursive: true, force: true });
    }
  }, 30_000);

  it("signs with the operator's own RSA key and certificate, and refuses one without timeStamping", async () => {
    const own = await tempSite('steady-tsa-own-');
    const { dir } = own;
    const make = (name: string, ...extra: string[]) =>
      openssl(
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '30',
        '-subj',
        '/CN=Harbour relay TSA',
        '-keyout',
        join(dir, `${name}-key.pem`),
        '-out',
        join(dir, `${name}-cert.pem`),
        ...extra,
      );
    await make('good', '-addext', 'extendedKeyUsage=critical,timeStamping');
    await make('wrong', '-addext', 'extendedKeyUsage=critical,serverAuth');
    const env = (name: string) =>
      sqliteRelayEnv(own, {
        STEADY_TSA: 'on',
        STEADY_TSA_KEY: join(dir, `${name}-key.pem`),
        STEADY_TSA_CERT: join(dir, `${name}-cert.pem`),
        STEADY_TSA_POLICY: '1.3.6.1.4.1.99999.7',
        STEADY_BACKUP_IP_PER_MINUTE: '1',
        STEADY_BACKUP_IP_BURST: '2',
      });
    const good = await startMainProcess(dir, env('good'));
    try {
      await writeFile(join(dir, 'entry.bin'), 'another entry');
      await openssl(
        'ts',
        '-query',
        '-data',
        join(dir, 'entry.bin'),
        '-sha256',
        '-cert',
        '-out',
        join(dir, 'req.tsq'),
      );
      await stamp(good.url, dir, 'req.tsq', 'reply.tsr');
      await saveCertificate(good.url, dir, 'published.pem');
      expect(await readFile(join(dir, 'published.pem'), 'utf8')).toBe(
        await readFile(join(dir, 'good-cert.pem'), 'utf8'),
      );
      expect(await verify(dir, 'reply.tsr', 'req.tsq', 'good-cert.pem')).toContain(
        'Verification: OK',
      );
      const text = await openssl('ts', '-reply', '-in', join(dir, 'reply.tsr'), '-text');
      expect(text).toContain('Policy OID: 1.3.6.1.4.1.99999.7');
      // Two requests so far used the burst of two: the per-address limit holds here too.
      const limited = await stamp(good.url, dir, 'req.tsq', 'limited.tsr');
      expect(limited.status).toBe(429);
      expect(limited.headers.get('Retry-After')).toMatch(/^\d+$/);
    } finally {
      await stopMainProcess(good.child);
    }
    const refused = await startMainProcess(dir, env('wrong')).then(
      async (started) => {
        await stopMainProcess(started.child);
        return 'started';
      },
      (error: Error) => error.message,
    );
    expect(refused).toContain('Steady did not start: the timestamp settings need fixing.');
    expect(refused).toContain('critical extended key usage of timeStamping alone');
    await rm(dir, { recursive: true, force: true });
  }, 60_000);
});
