// /metrics in Prometheus's text format (prom-client), for an operator's dashboards and
// alerts: how many requests, how large, how slow, and whether the store answers. Never a
// vault id, a token, an object name or a client address: requests are labelled by the
// route's template ("/api/backup/v1/vaults/:id"), a method from a fixed list and the
// status class ("2xx"), so no label value comes from what a client sent.
import { timingSafeEqual, createHash } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { HealthCheck } from './backup/health.ts';

export interface MetricsConfig {
  readonly enabled: boolean;
  /** When set, /metrics answers only `Authorization: Bearer <token>`. */
  readonly token?: string;
}

export class MetricsConfigError extends Error {
  override readonly name = 'MetricsConfigError';
}

type Env = Readonly<Record<string, string | undefined>>;

/** Reads STEADY_METRICS (`on` or `off`, the default) and STEADY_METRICS_TOKEN. */
export function readMetricsConfig(env: Env = process.env): MetricsConfig {
  const raw = (env.STEADY_METRICS ?? '').trim().toLowerCase();
  if (raw !== '' && raw !== 'on' && raw !== 'off') {
    throw new MetricsConfigError(
      `STEADY_METRICS: must be "on" or "off" (got "${env.STEADY_METRICS}")`,
    );
  }
  const token = env.STEADY_METRICS_TOKEN?.trim() || undefined;
  if (token !== undefined && !/^[\x21-\x7e]{32,}$/.test(token)) {
    throw new MetricsConfigError(
      'STEADY_METRICS_TOKEN: must be at least 32 printable characters with no spaces (the value is not shown)',
    );
  }
  if (token !== undefined && raw !== 'on') {
    throw new MetricsConfigError('STEADY_METRICS_TOKEN: is set, but STEADY_METRICS is not "on"');
  }
  return { enabled: raw === 'on', ...(token ? { token } : {}) };
}

export interface MetricsSources {
  /** Whether the backup relay's store answers, when the relay is on. */
  readonly storeHealth?: HealthCheck | undefined;
  /** Request bodies being received now, when the relay is on. */
  readonly uploadsInFlight?: (() => number) | undefined;
}

export interface Metrics {
  readonly registry: Registry;
  /** Counts and times every request; mount first. */
  readonly record: MiddlewareHandler;
  /** Answers GET /metrics. */
  serve(c: Context): Promise<Response>;
}

/** Methods the server answers; anything else is counted as "other". */
const METHODS = new Set(['GET', 'HEAD', 'PUT', 'POST', 'OPTIONS']);

const SECONDS_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300];
const KiB = 1024;
const BYTES_BUCKETS = [KiB, 16 * KiB, 64 * KiB, 256 * KiB, 1024 * KiB, 4096 * KiB, 16384 * KiB];

const digest = (text: string) => createHash('sha256').update(text).digest();

export function createMetrics(config: MetricsConfig, sources: MetricsSources = {}): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'steady_' });
  const labelNames = ['method', 'route', 'status'] as const;
  const requests = new Counter({
    name: 'steady_http_requests_total',
    help: 'Requests answered, by method, route template and status class.',
    labelNames,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'steady_http_request_duration_seconds',
    help: 'Time from a request arriving to its answer being ready, body read included.',
    labelNames,
    buckets: SECONDS_BUCKETS,
    registers: [registry],
  });
  const requestBytes = new Histogram({
    name: 'steady_http_request_body_bytes',
    help: 'Declared sizes (Content-Length) of request bodies, by method and route template.',
    labelNames: ['method', 'route'] as const,
    buckets: BYTES_BUCKETS,
    registers: [registry],
  });
  if (sources.storeHealth) {
    const check = sources.storeHealth;
    const up = new Gauge({
      name: 'steady_backup_store_up',
      help: "1 when the relay's store answered a cheap read within 2 s, else 0.",
      registers: [registry],
      async collect() {
        this.set((await check()).ok ? 1 : 0);
      },
    });
    new Gauge({
      name: 'steady_backup_store_ping_seconds',
      help: "How long the store's last health read took (2 when it gave up).",
      registers: [registry],
      async collect() {
        this.set((await check()).seconds);
      },
    });
    void up;
  }
  if (sources.uploadsInFlight) {
    const count = sources.uploadsInFlight;
    new Gauge({
      name: 'steady_backup_uploads_in_flight',
      help: 'Request bodies being received by this process now.',
      registers: [registry],
      collect() {
        this.set(count());
      },
    });
  }

  const record: MiddlewareHandler = async (c, next) => {
    const start = performance.now();
    try {
      await next();
    } finally {
      const method = METHODS.has(c.req.method) ? c.req.method : 'other';
      // The template of the route that answered, from the server's own code: '/*' for the
      // app's files and paths inside the app, whatever was asked for.
      const route = routePath(c) || '*';
      const status = `${Math.floor(c.res.status / 100)}xx`;
      requests.inc({ method, route, status });
      duration.observe({ method, route, status }, (performance.now() - start) / 1000);
      const declared = c.req.header('Content-Length');
      if (declared !== undefined && /^\d+$/.test(declared)) {
        requestBytes.observe({ method, route }, Number(declared));
      }
    }
  };

  const wanted = config.token === undefined ? undefined : digest(`Bearer ${config.token}`);
  async function serve(c: Context): Promise<Response> {
    c.header('Cache-Control', 'no-store');
    if (wanted && !timingSafeEqual(digest(c.req.header('Authorization') ?? ''), wanted)) {
      c.header('WWW-Authenticate', 'Bearer');
      return c.text('Unauthorized', 401);
    }
    c.header('Content-Type', registry.contentType);
    return c.body(await registry.metrics());
  }

  return { registry, record, serve };
}
