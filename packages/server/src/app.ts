import { Hono } from 'hono';
import { resolve } from 'node:path';
import { cacheControlFor, securityHeaders, type HeaderOptions } from './headers.ts';
import { readStatic, type StaticFile } from './static.ts';
import { BACKUP_BASE } from './backup/routes.ts';
import type { HealthCheck } from './backup/health.ts';
import type { Metrics } from './metrics.ts';

export interface ServerOptions extends HeaderOptions {
  /** Folder of the built app (packages/app/dist). */
  staticDir: string;
  /** Extra JSON the app reads at start: the deployment's public settings. */
  publicConfig?: unknown;
  /** The end-to-end-encrypted backup API (backup/index.ts), mounted at /api/backup/v1 when on. */
  backupApi?: Hono | undefined;
  /** Whether the backup relay's store answers; /health says so when the relay is on. */
  storeHealth?: HealthCheck | undefined;
  /** /metrics and the counting behind it (metrics.ts), when the operator turned them on. */
  metrics?: Metrics | undefined;
}

export function createApp(options: ServerOptions): Hono {
  const root = resolve(options.staticDir);
  const headers = securityHeaders(options);
  const app = new Hono();
  const { metrics } = options;
  if (metrics) app.use('*', metrics.record);

  // Every response, including errors, carries the security headers.
  app.use('*', async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(headers)) c.res.headers.set(name, value);
  });

  app.get('/steady-config.json', (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json(options.publicConfig ?? {});
  });

  // For a supervisor or load balancer: the server answers, and so does the relay's store
  // when the relay is on (503 while it does not, as at BACKUP_BASE/health).
  app.get('/health', async (c) => {
    c.header('Cache-Control', 'no-store');
    if (!options.storeHealth) return c.json({ ok: true });
    const health = await options.storeHealth();
    if (health.ok) return c.json({ ok: true, store: 'ok' });
    c.header('Retry-After', '5');
    return c.json({ ok: false, store: 'unavailable' }, 503);
  });

  if (metrics) app.get('/metrics', (c) => metrics.serve(c));

  if (options.backupApi) app.route(BACKUP_BASE, options.backupApi);

  app.on(['GET', 'HEAD'], '*', async (c) => {
    const path = new URL(c.req.url).pathname;
    const wanted = path.endsWith('/') ? `${path}index.html` : path;
    // Gzipped for a browser that takes it: the first download, at a phone's speed.
    const send = (file: StaticFile, cacheControl: string) => {
      c.header('Content-Type', file.type);
      c.header('Cache-Control', cacheControl);
      if (!file.gzipped) return c.body(new Uint8Array(file.body));
      c.header('Vary', 'Accept-Encoding');
      if (!acceptsGzip(c.req.header('Accept-Encoding'))) return c.body(new Uint8Array(file.body));
      c.header('Content-Encoding', 'gzip');
      return c.body(new Uint8Array(file.gzipped));
    };
    const file = await readStatic(root, wanted);
    if (file) return send(file, cacheControlFor(wanted));
    // The app has one page; anything without a dot is a path inside it.
    if (!wanted.slice(wanted.lastIndexOf('/')).includes('.')) {
      const index = await readStatic(root, '/index.html');
      if (index) return send(index, 'no-store');
    }
    c.header('Cache-Control', 'no-store');
    return c.text('Not found', 404);
  });

  app.all('*', (c) => c.text('Method not allowed', 405));
  return app;
}

/**
 * Whether an Accept-Encoding header takes gzip: its own entry decides (q=0 refuses it),
 * else a "*" entry, else no (RFC 9110, 12.5.3).
 */
export function acceptsGzip(header: string | undefined): boolean {
  const weights = new Map<string, number>();
  for (const part of (header ?? '').split(',')) {
    const [coding = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    weights.set(coding.trim(), q === undefined ? 1 : Number(q.slice(2)));
  }
  const weight = weights.get('gzip') ?? weights.get('*');
  return weight !== undefined && weight > 0;
}
