// /metrics on the relay's real entry point (main.ts) with a real SQLite file: Prometheus's
// text format, requests counted by route template, and never an id, token, object name
// or client address, however the requests carried them.
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';

import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  sqliteRelayEnv,
  startMainProcess,
  stopMainProcess,
  tempSite,
  type MainProcess,
} from './backup/main-process.ts';
import { BACKUP_BASE } from './backup/routes.ts';
import { MetricsConfigError, readMetricsConfig } from './metrics.ts';

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

const NAME = '[a-zA-Z_:][a-zA-Z0-9_:]*';
const LABEL = `([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\\\\\n]|\\\\[\\\\"n])*)"`;
const SAMPLE = new RegExp(
  `^(${NAME})(?:\\{((?:${LABEL})(?:,${LABEL})*,?)?\\})? (\\S+)(?: -?\\d+)?$`,
);
const TYPES = new Set(['counter', 'gauge', 'histogram', 'summary', 'untyped']);

/**
 * Parses Prometheus's text exposition format (version 0.0.4) strictly: every line is a
 * HELP, a TYPE or a sample of a family whose TYPE came first. Throws on anything else.
 */
export function parsePrometheus(text: string): Sample[] {
  const samples: Sample[] = [];
  const types = new Map<string, string>();
  if (!text.endsWith('\n')) throw new Error('the text must end with a newline');
  for (const line of text.slice(0, -1).split('\n')) {
    if (line === '') continue;
    const help = new RegExp(`^# HELP (${NAME}) (.*)$`).exec(line);
    if (help) continue;
    const type = new RegExp(`^# TYPE (${NAME}) (\\w+)$`).exec(line);
    if (type) {
      if (!TYPES.has(type[2]!)) throw new Error(`unknown type: ${line}`);
      if (types.has(type[1]!)) throw new Error(`second TYPE: ${line}`);
      types.set(type[1]!, type[2]!);
      continue;
    }
    if (line.startsWith('#')) throw new Error(`not a HELP or TYPE line: ${line}`);
    const match = SAMPLE.exec(line);
    if (!match) throw new Error(`not a sample: ${line}`);
    const name = match[1]!;
    const family = name.replace(/_(bucket|sum|count|total|created)$/, '');
    if (!types.has(name) && !types.has(family)) throw new Error(`no TYPE before: ${line}`);
    const labels: Record<string, string> = {};
    for (const [, key, raw] of (match[2] ?? '').matchAll(new RegExp(LABEL, 'g'))) {
      labels[key!] = raw!.replace(/\\(["\\n])/g, (_, c: string) => (c === 'n' ? '\n' : c));
    }
    const value = match.at(-1)!;
    if (!/^(?:[+-]?(?:\d+\.?\d*(?:e[+-]?\d+)?|\.\d+)|[+-]?Inf|NaN)$/i.test(value)) {
      throw new Error(`not a number: ${line}`);
    }
    samples.push({ name, labels, value: Number(value.replace(/Inf/i, 'Infinity')) });
  }
  return samples;
}

/** The sum of the samples named so whose labels include these (undefined when none). */
function find(samples: Sample[], name: string, labels: Record<string, string> = {}) {
  const matching = samples.filter(
    (s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v),
  );
  return matching.length === 0 ? undefined : matching.reduce((sum, s) => sum + s.value, 0);
}

let dir: string;
let relay: MainProcess;
const TOKEN = randomBytes(24).toString('hex');
// Addresses the relay is told of (it trusts X-Forwarded-For here), to look for afterwards.
const ADDRESSES = ['203.0.113.77', '2001:db8:5:6::42'];

beforeAll(async () => {
  const site = await tempSite('steady-metrics-');
  dir = site.dir;
  relay = await startMainProcess(
    dir,
    sqliteRelayEnv(site, {
      STEADY_BACKUP_TRUST_PROXY: '1',
      STEADY_METRICS: 'on',
      STEADY_METRICS_TOKEN: TOKEN,
    }),
  );
}, 60_000);
afterAll(async () => {
  if (relay) await stopMainProcess(relay.child, 'SIGKILL');
  await rm(dir, { recursive: true, force: true });
});

async function scrape(): Promise<{ text: string; samples: Sample[] }> {
  const answer = await fetch(`${relay.url}/metrics`, {
    headers: { Authorization: `Bearer ${TOKEN}` },
  });
  expect(answer.status).toBe(200);
  expect(answer.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  const text = await answer.text();
  return { text, samples: parsePrometheus(text) };
}

describe('/metrics', () => {
  it('answers only with its bearer token', async () => {
    expect((await fetch(`${relay.url}/metrics`)).status).toBe(401);
    const wrong = await fetch(`${relay.url}/metrics`, {
      headers: { Authorization: `Bearer ${TOKEN.replace(/.$/, 'x')}` },
    });
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).not.toMatch(/steady_/);
  });

  it('counts requests by route template, and holds no id, token or address', async () => {
    const id = randomBytes(16).toString('hex');
    const token = randomBytes(32).toString('hex');
    const name = randomBytes(16).toString('hex');
    let client = 0;
    const call = (path: string, init: RequestInit = {}) =>
      fetch(`${relay.url}${path}`, {
        ...init,
        headers: {
          'X-Forwarded-For': ADDRESSES[client++ % ADDRESSES.length]!,
          ...(init.headers as Record<string, string>),
        },
      });
    const auth = { Authorization: `Bearer ${token}` };
    const octets = { ...auth, 'Content-Type': 'application/octet-stream' };

    const before = (await scrape()).samples;
    const route = `${BACKUP_BASE}/vaults/:id`;
    const getsBefore = find(before, 'steady_http_requests_total', { method: 'GET', route }) ?? 0;

    const created = await call(`${BACKUP_BASE}/vaults/${id}`, {
      method: 'PUT',
      headers: { ...octets, 'If-None-Match': '*' },
      body: randomBytes(3000),
    });
    expect(created.status).toBe(201);
    expect((await call(`${BACKUP_BASE}/vaults/${id}`, { headers: auth })).status).toBe(200);
    const wrongToken = { Authorization: `Bearer ${randomBytes(32).toString('hex')}` };
    expect((await call(`${BACKUP_BASE}/vaults/${id}`, { headers: wrongToken })).status).toBe(404);
    const object = await call(`${BACKUP_BASE}/v2/${id}/objects/${name}`, {
      method: 'PUT',
      headers: octets,
      body: randomBytes(2000),
    });
    expect(object.status).toBe(201);
    // Ids, tokens and addresses where no route expects them: a path and a query.
    await call(`/${id}/${token}?token=${token}&from=${ADDRESSES[0]}`);
    await call(`${BACKUP_BASE}/nowhere/${id}?${token}`);

    const { text, samples } = await scrape();
    expect(find(samples, 'steady_http_requests_total', { method: 'GET', route })).toBe(
      getsBefore + 2,
    );
    expect(
      find(samples, 'steady_http_requests_total', { method: 'PUT', route, status: '2xx' }),
    ).toBe(1);
    expect(
      find(samples, 'steady_http_requests_total', { method: 'GET', route, status: '4xx' }),
    ).toBe(1);
    expect(
      find(samples, 'steady_http_requests_total', {
        method: 'PUT',
        route: `${BACKUP_BASE}/v2/:id/objects/:name`,
        status: '2xx',
      }),
    ).toBe(1);
    expect(
      find(samples, 'steady_http_request_duration_seconds_count', { method: 'PUT', route }),
    ).toBe(1);
    expect(find(samples, 'steady_http_request_body_bytes_sum', { method: 'PUT', route })).toBe(
      3000,
    );
    expect(find(samples, 'steady_backup_store_up')).toBe(1);
    expect(find(samples, 'steady_backup_uploads_in_flight')).toBe(0);
    expect(find(samples, 'steady_process_resident_memory_bytes')).toBeGreaterThan(0);

    const lower = text.toLowerCase();
    for (const secret of [id, token, name, TOKEN, ...ADDRESSES, '127.0.0.1', '::1']) {
      expect(lower).not.toContain(secret.toLowerCase());
    }
    // Every route label is a template from the server's code: no hex run as long as an id.
    const routes = new Set(samples.flatMap((s) => (s.labels.route ? [s.labels.route] : [])));
    for (const each of routes) expect(each).not.toMatch(/[0-9a-f]{16}/);
    expect([...routes]).toContain(`${BACKUP_BASE}/*`);
    expect([...routes]).toContain('/*');
  });
});

describe('the metrics settings', () => {
  it('are off unless turned on, and refuse a short token or one without them on', () => {
    expect(readMetricsConfig({})).toEqual({ enabled: false });
    expect(readMetricsConfig({ STEADY_METRICS: 'on' })).toEqual({ enabled: true });
    expect(readMetricsConfig({ STEADY_METRICS: 'off' })).toEqual({ enabled: false });
    const token = 'a'.repeat(32);
    expect(readMetricsConfig({ STEADY_METRICS: 'on', STEADY_METRICS_TOKEN: token })).toEqual({
      enabled: true,
      token,
    });
    expect(() => readMetricsConfig({ STEADY_METRICS: 'yes' })).toThrow(MetricsConfigError);
    expect(() =>
      readMetricsConfig({ STEADY_METRICS: 'on', STEADY_METRICS_TOKEN: 'short' }),
    ).toThrow(/STEADY_METRICS_TOKEN/);
    expect(() => readMetricsConfig({ STEADY_METRICS_TOKEN: token })).toThrow(/not "on"/);
  });

  it('leave /metrics to the app when off', async () => {
    const off = await startMainProcess(dir, {
      PATH: process.env.PATH ?? '',
      PORT: '0',
      STEADY_STATIC_DIR: join(dir, 'dist'),
      STEADY_CONFIG: join(dir, 'none.json'),
    });
    try {
      const answer = await fetch(`${off.url}/metrics`);
      expect(await answer.text()).not.toMatch(/steady_http_requests_total/);
    } finally {
      await stopMainProcess(off.child);
    }
  });
});
