import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startServer, type RunningServer } from './serve.ts';

let dir: string;
let server: RunningServer;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'steady-static-'));
  await mkdir(join(dir, 'assets'));
  await writeFile(join(dir, 'index.html'), '<!doctype html><title>Steady</title>');
  await writeFile(join(dir, 'assets', 'index-abc123.js'), 'console.log(1)');
  await writeFile(join(dir, 'sw.js'), '// sw');
  server = await startServer({ staticDir: dir, port: 0 });
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

function rawGet(port: number, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest({ host: '127.0.0.1', port, path, method: 'GET' }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    request.on('error', reject);
    request.end();
  });
}

/** A GET sent as a browser would, with the Accept-Encoding given (none when undefined). */
function rawGetWith(
  port: number,
  path: string,
  acceptEncoding: string | undefined,
): Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const headers = acceptEncoding === undefined ? {} : { 'Accept-Encoding': acceptEncoding };
    const request = httpRequest(
      { host: '127.0.0.1', port, path, method: 'GET', headers },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ headers: response.headers, body: Buffer.concat(chunks) }),
        );
      },
    );
    request.on('error', reject);
    request.end();
  });
}

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

/** What a browser would allow to run as script under this policy. */
function allowsInlineScript(csp: string | null): boolean {
  if (!csp) return true;
  const parsed = directives(csp);
  const script = parsed.get('script-src') ?? parsed.get('default-src');
  if (!script) return true;
  return script.some((value) =>
    [
      "'unsafe-inline'",
      "'unsafe-eval'",
      "'unsafe-hashes'",
      '*',
      'data:',
      'blob:',
      'http:',
      'https:',
    ].includes(value),
  );
}

describe('security headers', () => {
  for (const path of [
    '/',
    '/index.html',
    '/assets/index-abc123.js',
    '/sw.js',
    '/journal',
    '/missing.png',
  ]) {
    test(`${path} carries a strict CSP and the other headers`, async () => {
      const response = await fetch(`${server.url}${path}`);
      const csp = response.headers.get('content-security-policy');
      expect(csp, 'CSP header present').toBeTruthy();
      expect(allowsInlineScript(csp)).toBe(false);
      const parsed = directives(csp!);
      expect(parsed.get('default-src')).toEqual(["'self'"]);
      expect(parsed.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
      expect(parsed.get('object-src')).toEqual(["'none'"]);
      expect(parsed.get('base-uri')).toEqual(["'none'"]);
      expect(parsed.get('frame-ancestors')).toEqual(["'none'"]);
      expect(parsed.get('form-action')).toEqual(["'none'"]);
      expect(parsed.get('require-trusted-types-for')).toEqual(["'script'"]);
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(parsed.get('media-src')).toEqual(['blob:']);
      const permissions = new Map(
        (response.headers.get('permissions-policy') ?? '')
          .split(',')
          .map((part) => part.trim().split('=') as [string, string]),
      );
      // The microphone for the app's own origin only (voice notes); the rest stay closed.
      expect(permissions.get('microphone')).toBe('(self)');
      for (const closed of ['camera', 'geolocation', 'display-capture', 'payment', 'usb']) {
        expect(permissions.get(closed), closed).toBe('()');
      }
    });
  }

  test('the detector itself catches a policy that allows inline script or has none', () => {
    expect(allowsInlineScript(null)).toBe(true);
    expect(allowsInlineScript("default-src 'self'; script-src 'self' 'unsafe-inline'")).toBe(true);
    expect(allowsInlineScript('default-src *')).toBe(true);
    expect(allowsInlineScript("img-src 'self'")).toBe(true);
    expect(allowsInlineScript("script-src 'self'")).toBe(false);
  });

  test('hashed assets are cached for long, the page and service worker never', async () => {
    const asset = await fetch(`${server.url}/assets/index-abc123.js`);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-type')).toContain('text/javascript');
    for (const path of ['/', '/sw.js', '/somewhere']) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.headers.get('cache-control')).toBe('no-store');
    }
  });

  test('text files go gzipped to a browser that takes gzip, as they are to one that does not', async () => {
    const { gunzipSync } = await import('node:zlib');
    const { acceptsGzip } = await import('./app.ts');
    for (const path of ['/assets/index-abc123.js', '/', '/somewhere']) {
      const plain = await rawGetWith(server.port, path, undefined);
      expect(plain.headers['content-encoding']).toBeUndefined();
      const zipped = await rawGetWith(server.port, path, 'gzip, deflate, br');
      expect(zipped.headers['content-encoding']).toBe('gzip');
      expect(zipped.headers['vary']).toBe('Accept-Encoding');
      expect(gunzipSync(zipped.body).equals(plain.body)).toBe(true);
    }
    expect(acceptsGzip('br;q=1, gzip;q=0')).toBe(false);
    expect(acceptsGzip('identity, *;q=0.5')).toBe(true);
    expect(acceptsGzip(undefined)).toBe(false);
    // gzip's own entry wins over "*", whichever comes first.
    expect(acceptsGzip('*, gzip;q=0')).toBe(false);
    expect(acceptsGzip('*;q=0, gzip')).toBe(true);
  });

  test('paths outside the app folder are not served', async () => {
    // Sent raw, as an attacker would, without a client tidying the path first.
    for (const path of [
      '/../../../../etc/passwd',
      '/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
      '/assets/..%2f..%2f..%2fetc%2fpasswd',
      '/assets/%00x.js',
    ]) {
      const { status, body } = await rawGet(server.port, path);
      expect(body, path).not.toContain('root:');
      expect([200, 400, 404], path).toContain(status);
      if (status === 200) expect(body).toContain('<title>Steady</title>');
    }
  });

  test('writing methods are refused', async () => {
    const response = await fetch(`${server.url}/`, { method: 'POST', body: 'x' });
    expect(response.status).toBe(405);
    expect(response.headers.get('content-security-policy')).toBeTruthy();
  });
});
