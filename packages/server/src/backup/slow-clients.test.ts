// Slow or unfinished requests cannot hold the relay: headers and whole requests have a
// deadline, a body that stops arriving is cut off, and only so many bodies are received
// at once (in all and per client address), the rest answered 503 with Retry-After.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../serve.ts';
import type { HttpTimeouts } from '../timeouts.ts';
import { DEFAULT_LIMITS, type BackupLimits } from './config.ts';
import { BACKUP_BASE, createBackupApi } from './routes.ts';
import { openSqliteStore } from './sqlite.ts';
import type { BackupStore } from './store.ts';

const OPEN: BackupLimits = {
  ...DEFAULT_LIMITS,
  ipPerMinute: 1_000_000,
  ipBurst: 100_000,
  vaultsPerIpPerDay: 100_000,
};

let dir: string;
let store: BackupStore;
const servers: RunningServer[] = [];
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'steady-slow-'));
  store = openSqliteStore(join(dir, 'backup.sqlite'));
});
afterAll(async () => {
  for (const server of servers) await server.close();
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

async function serve(
  limits: Partial<BackupLimits>,
  timeouts: HttpTimeouts = { headersSeconds: 10, requestSeconds: 20 },
): Promise<number> {
  const backupApi = createBackupApi(store, { limits: { ...OPEN, ...limits }, trustProxy: true });
  const server = await startServer({ staticDir: dir, port: 0, backupApi, timeouts });
  servers.push(server);
  return server.port;
}

interface Raw {
  socket: Socket;
  /** Resolves when the server closes the connection: what it sent, and after how long. */
  closed: Promise<{ text: string; ms: number }>;
  /** Resolves with the status line's code once the server answers. */
  status: Promise<number>;
}

/** A connection that sends exactly what the test says, when it says. */
function raw(port: number, head: string): Raw {
  const socket = connect(port, '127.0.0.1');
  const started = Date.now();
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
  const closed = new Promise<{ text: string; ms: number }>((done) =>
    socket.on('close', () => {
      answered(0);
      done({ text, ms: Date.now() - started });
    }),
  );
  socket.write(head);
  return { socket, closed, status };
}

/** The head of a PUT creating a new vault, from `address` (X-Forwarded-For). */
function createHead(length: number, address = '192.0.2.1'): string {
  const id = randomBytes(16).toString('hex');
  const token = randomBytes(32).toString('hex');
  return (
    `PUT ${BACKUP_BASE}/vaults/${id} HTTP/1.1\r\nHost: relay\r\n` +
    `Authorization: Bearer ${token}\r\nContent-Type: application/octet-stream\r\n` +
    `If-None-Match: *\r\nX-Forwarded-For: ${address}\r\nContent-Length: ${length}\r\n\r\n`
  );
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function createWhole(port: number, address = '192.0.2.1'): Promise<number> {
  const body = 'x'.repeat(100);
  const connection = raw(port, createHead(body.length, address) + body);
  const status = await connection.status;
  connection.socket.destroy();
  return status;
}

describe('slow and unfinished requests', () => {
  it('cuts off a body that stops arriving, and frees its place', async () => {
    const port = await serve({ bodyIdleSeconds: 1, maxUploadsPerIp: 1 });
    const stalled = raw(port, createHead(1000) + 'x'.repeat(10));
    const { ms } = await stalled.closed;
    expect(ms).toBeGreaterThanOrEqual(900);
    expect(ms).toBeLessThan(3000);
    // The one place this address has was given back.
    expect(await createWhole(port)).toBe(201);
  });

  it('cuts off a body that trickles past the request deadline', async () => {
    const port = await serve({ bodyIdleSeconds: 5 }, { headersSeconds: 1, requestSeconds: 2 });
    const trickle = raw(port, createHead(100_000));
    const timer = setInterval(() => trickle.socket.write('x'), 200);
    const { text, ms } = await trickle.closed;
    clearInterval(timer);
    // One byte every 200 ms never leaves the body idle, yet the request has a deadline.
    expect(ms).toBeGreaterThanOrEqual(1900);
    expect(ms).toBeLessThan(4000);
    expect(text).toMatch(/^(HTTP\/1\.1 408|$)/);
    expect(await createWhole(port)).toBe(201);
  });

  it('cuts off headers that never end', async () => {
    const port = await serve({}, { headersSeconds: 1, requestSeconds: 5 });
    const slow = raw(port, `GET ${BACKUP_BASE}/health HTTP/1.1\r\nHost: relay\r\n`);
    const timer = setInterval(() => slow.socket.write('X-Padding: x\r\n'), 200);
    const { ms } = await slow.closed;
    clearInterval(timer);
    expect(ms).toBeGreaterThanOrEqual(900);
    expect(ms).toBeLessThan(3000);
  });

  it('receives only so many bodies at once: the next one gets 503 with Retry-After', async () => {
    const port = await serve({ maxUploads: 5, maxUploadsPerIp: 3 });
    const held: Raw[] = [];
    // Three unfinished uploads from one address take all its places.
    for (let i = 0; i < 3; i++) held.push(raw(port, createHead(1000, '192.0.2.1') + 'x'));
    await sleep(300);
    const fourth = raw(port, createHead(1000, '192.0.2.1') + 'x');
    expect(await fourth.status).toBe(503);
    const answer = (await fourth.closed).text;
    expect(answer).toMatch(/\r\nretry-after: [1-9]\d*\r\n/i);
    expect(answer).toContain('"error":"busy"');

    // Other addresses have their own places, up to the cap in all (5).
    held.push(raw(port, createHead(1000, '198.51.100.1') + 'x'));
    held.push(raw(port, createHead(1000, '198.51.100.2') + 'x'));
    await sleep(300);
    expect(await createWhole(port, '203.0.113.9')).toBe(503);

    // Finishing one upload frees its place; no reply is held back meanwhile.
    held[0]!.socket.write('x'.repeat(999));
    expect(await held[0]!.status).toBe(201);
    expect(await createWhole(port, '203.0.113.9')).toBe(201);
    for (const connection of held) connection.socket.destroy();
    await Promise.all(held.map((connection) => connection.closed));
    // Uploads cut off by the client give their places back too.
    await sleep(100);
    for (let i = 0; i < 3; i++) expect(await createWhole(port, '192.0.2.1')).toBe(201);
  });
});

describe('client addresses behind a trusted proxy', () => {
  it('counts an IPv6 /64 as one address, and IPv4-mapped IPv6 as its IPv4 address', async () => {
    const port = await serve({ ipPerMinute: 1, ipBurst: 4 });
    const read = async (address: string) => {
      const id = randomBytes(16).toString('hex');
      const answer = await fetch(`http://127.0.0.1:${port}${BACKUP_BASE}/vaults/${id}`, {
        headers: {
          Authorization: `Bearer ${randomBytes(32).toString('hex')}`,
          'X-Forwarded-For': address,
        },
      });
      await answer.arrayBuffer();
      return answer.status;
    };
    // Two addresses of one /64 share its four requests.
    expect(await read('2001:db8:1:2::a')).toBe(404);
    expect(await read('2001:db8:1:2::a')).toBe(404);
    expect(await read('2001:db8:1:2:ffff::b')).toBe(404);
    expect(await read('2001:db8:1:2:1234:5678:9abc:def0')).toBe(404);
    expect(await read('2001:db8:1:2::c')).toBe(429);
    expect(await read('2001:db8:1:2::a')).toBe(429);
    // The next /64 has its own.
    expect(await read('2001:db8:1:3::a')).toBe(404);
    // One IPv4 address, written either way, is one budget; its neighbour has its own.
    for (let i = 0; i < 2; i++) expect(await read('192.0.2.5')).toBe(404);
    for (let i = 0; i < 2; i++) expect(await read('::ffff:192.0.2.5')).toBe(404);
    expect(await read('192.0.2.5')).toBe(429);
    expect(await read('::ffff:192.0.2.5')).toBe(429);
    expect(await read('192.0.2.6')).toBe(404);
  });
});
