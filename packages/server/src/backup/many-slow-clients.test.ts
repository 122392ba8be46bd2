// 200 slow clients (issue 18, "done when"): each opens an upload from its own address,
// sends its headers and a little of its body, and holds it. The real entry point
// (main.ts, SQLite) receives only so many bodies at once (STEADY_BACKUP_MAX_UPLOADS, 64)
// and answers the rest 503 before reading them, so its memory stays flat; meanwhile it
// still answers /health and a normal read, and takes uploads again once they let go.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { connect, type Socket } from 'node:net';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  sqliteRelayEnv,
  startMainProcess,
  stopMainProcess,
  tempSite,
  type MainProcess,
} from './main-process.ts';
import { BACKUP_BASE } from './routes.ts';

const MIB = 1024 * 1024;
const CLIENTS = 200;
/** What each slow client sends of its body before it stops. */
const SENT = 64 * 1024;
/** What each says its body is: the largest whole-vault backup. */
const DECLARED = 16 * MIB;
/**
 * The bound: RSS while they hold may be at most this above RSS before they came. Measured
 * here (see the README): 16 to 25 MiB above, from about 100 MiB, in six runs. The 64 bodies admitted hold 64 x 64 KiB
 * = 4 MiB of data; the rest is sockets, parsers and the requests' objects. 100 MiB leaves
 * room for a slower machine's garbage collector, and is still far below what 64 whole
 * 16 MiB bodies (1 GiB) or 200 of them would take.
 */
const BOUND = 100 * MIB;

function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = /^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1];
  if (!kib) throw new Error('no VmRSS');
  return Number(kib) * 1024;
}

interface Slow {
  socket: Socket;
  /** The status code once the relay answers (0 if it closes without one). */
  status: Promise<number>;
}

function slowUpload(url: string, index: number): Slow {
  const { port } = new URL(url);
  const socket = connect(Number(port), '127.0.0.1');
  const id = randomBytes(16).toString('hex');
  const token = randomBytes(32).toString('hex');
  // One address each (the relay trusts X-Forwarded-For here), so the per-address cap (8)
  // refuses none of them: only the cap on bodies in all holds.
  const address = `10.${(index >> 8) & 255}.${index & 255}.7`;
  let text = '';
  let answered: (status: number) => void = () => undefined;
  const status = new Promise<number>((done) => (answered = done));
  socket.setEncoding('latin1');
  socket.on('data', (chunk: string) => {
    text += chunk;
    const code = /^HTTP\/1\.1 (\d{3})/.exec(text)?.[1];
    if (code) answered(Number(code));
  });
  socket.on('error', () => undefined);
  socket.on('close', () => answered(0));
  socket.write(
    `PUT ${BACKUP_BASE}/vaults/${id} HTTP/1.1\r\nHost: relay\r\n` +
      `Authorization: Bearer ${token}\r\nContent-Type: application/octet-stream\r\n` +
      `If-None-Match: *\r\nX-Forwarded-For: ${address}\r\nContent-Length: ${DECLARED}\r\n\r\n`,
  );
  socket.write(randomBytes(SENT));
  return { socket, status };
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
const auth = (token: string, address: string) => ({
  Authorization: `Bearer ${token}`,
  'X-Forwarded-For': address,
});

let dir: string;
let relay: MainProcess;
beforeAll(async () => {
  const site = await tempSite('steady-many-slow-');
  dir = site.dir;
  relay = await startMainProcess(dir, sqliteRelayEnv(site, { STEADY_BACKUP_TRUST_PROXY: '1' }));
}, 60_000);
afterAll(async () => {
  if (relay) await stopMainProcess(relay.child, 'SIGKILL');
  await rm(dir, { recursive: true, force: true });
});

describe('200 slow clients holding uploads open', () => {
  it('keep the relay within its memory bound, answering /health and a read meanwhile', async () => {
    const base = `${relay.url}${BACKUP_BASE}`;
    const pid = relay.child.pid!;
    // A vault to read meanwhile, made first; and the relay warmed up by it.
    const id = randomBytes(16).toString('hex');
    const token = randomBytes(32).toString('hex');
    const put = (vault: string, address: string) =>
      fetch(`${base}/vaults/${vault}`, {
        method: 'PUT',
        headers: {
          ...auth(token, address),
          'Content-Type': 'application/octet-stream',
          'If-None-Match': '*',
        },
        body: randomBytes(1000),
      });
    expect((await put(id, '192.0.2.1')).status).toBe(201);
    // Within the vault's own budget (20 at once, 30 a minute) for the reads below too.
    for (let i = 0; i < 4; i++) {
      await (await fetch(`${base}/vaults/${id}`, { headers: auth(token, '192.0.2.1') })).text();
    }
    await sleep(500);
    const before = rssOf(pid);

    const slow = Array.from({ length: CLIENTS }, (_, i) => slowUpload(relay.url, i));
    // Those past the cap are answered 503 at once; the rest are held.
    await sleep(2000);
    let peak = rssOf(pid);
    const started = Date.now();
    const health: number[] = [];
    for (let round = 0; Date.now() - started < 4000; round++) {
      const t = Date.now();
      const answer = await fetch(`${base}/health`);
      expect(answer.status).toBe(200);
      await answer.text();
      health.push(Date.now() - t);
      if (round % 3 === 0) {
        const read = await fetch(`${base}/vaults/${id}`, { headers: auth(token, '192.0.2.1') });
        expect(read.status).toBe(200);
        expect((await read.arrayBuffer()).byteLength).toBe(1000);
      }
      peak = Math.max(peak, rssOf(pid));
      await sleep(200);
    }
    // A small upload meanwhile meets the cap in all: 503 with Retry-After, unread.
    const busy = await put(randomBytes(16).toString('hex'), '192.0.2.2');
    expect(busy.status).toBe(503);
    expect(Number(busy.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    await busy.text();

    const refused = await Promise.all(
      slow.map((client) => Promise.race([client.status, sleep(50).then(() => -1)])),
    );
    const held = refused.filter((status) => status === -1).length;
    const early = refused.filter((status) => status === 503).length;
    console.log(
      `200 slow clients: RSS ${(before / MIB).toFixed(1)} MiB before, ` +
        `${(peak / MIB).toFixed(1)} MiB at most while held (+${((peak - before) / MIB).toFixed(1)}); ` +
        `${held} held, ${early} refused 503; /health at most ${Math.max(...health)} ms`,
    );
    expect(held).toBe(64);
    expect(early).toBe(CLIENTS - 64);
    expect(peak - before).toBeLessThan(BOUND);
    expect(Math.max(...health)).toBeLessThan(1000);

    // Once they let go, uploads are taken again.
    for (const client of slow) client.socket.destroy();
    await sleep(300);
    expect((await put(randomBytes(16).toString('hex'), '192.0.2.3')).status).toBe(201);
  }, 60_000);
});
