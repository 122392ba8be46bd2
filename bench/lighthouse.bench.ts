// Issue 21's Lighthouse figures: the first screen a person sees, scored by Lighthouse 12
// as a phone would load it (mobile form factor, Lighthouse's default simulated throttling),
// in Debian's Chromium. Two screens: the set-up screen of a new person (Lighthouse resets
// storage before each run, so every run is a first visit) and the lock screen of an
// existing vault (a small vault seeded first; storage kept between runs). Medians of RUNS.
// Run: npm run bench -- lighthouse
//
// Only 127.0.0.1 is reachable: Chromium resolves no other host name and sends every other
// request to a closed local port; each run's requests are checked afterwards as well.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { startServer } from '@steady/server';
import { openSession, CHROMIUM_ARGS } from '../e2e/support/browser.ts';
import { CHROMIUM } from '../e2e/support/paths.ts';
import { buildJournalSite, removeJournalSite } from './journal-site.ts';
import { median } from './support.ts';

const RUNS = 3;
const SEEDED_ENTRIES = 20;

// Nothing but loopback: no name resolves except 127.0.0.1, and anything else goes
// through a proxy on a port where nothing listens (Chromium never proxies loopback).
const OFFLINE_ARGS = [
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
  '--proxy-server=http://127.0.0.1:9',
];

interface Figures {
  performance: number;
  accessibility: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  si: number;
  /** The audits Lighthouse scored below 0.9 (weighted ones only), by id. */
  failing: string[];
}

interface Chromium {
  child: ChildProcess;
  port: number;
  close(): Promise<void>;
}

/** Debian's Chromium, headless, listening for DevTools on a free port of 127.0.0.1. */
function launchChromium(profileDir: string): Promise<Chromium> {
  return new Promise((resolveLaunch, reject) => {
    const child = spawn(
      CHROMIUM,
      [
        '--headless=new',
        ...CHROMIUM_ARGS,
        ...OFFLINE_ARGS,
        '--remote-debugging-address=127.0.0.1',
        '--remote-debugging-port=0',
        `--user-data-dir=${profileDir}`,
        'about:blank',
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let output = '';
    const exited = new Promise<void>((done) => child.once('exit', () => done()));
    child.stderr!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const port = /DevTools listening on ws:\/\/127\.0\.0\.1:(\d+)\//.exec(output)?.[1];
      if (port)
        resolveLaunch({
          child,
          port: Number(port),
          close: async () => {
            if (child.exitCode === null) child.kill();
            await exited;
          },
        });
    });
    child.once('exit', (code) => reject(new Error(`Chromium exited (${code}):\n${output}`)));
  });
}

function metric(audits: Record<string, { numericValue?: number }>, id: string): number {
  const value = audits[id]?.numericValue;
  if (value === undefined) throw new Error(`Lighthouse gave no value for ${id}`);
  return value;
}

async function score(
  label: string,
  url: string,
  port: number,
  keepStorage: boolean,
): Promise<Figures> {
  const result = await lighthouse(url, {
    port,
    hostname: '127.0.0.1',
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility'],
    formFactor: 'mobile',
    throttlingMethod: 'simulate',
    disableStorageReset: keepStorage,
  });
  if (!result) throw new Error('Lighthouse returned nothing');
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
  // Every request the page made, as Lighthouse saw them: all must be 127.0.0.1.
  const requests = (lhr.audits['network-requests']?.details as { items?: { url: string }[] })
    ?.items;
  const elsewhere = (requests ?? [])
    .map((item) => item.url)
    .filter((u) => !/^(https?:\/\/127\.0\.0\.1[:/]|data:|blob:|about:)/.test(u));
  if (elsewhere.length) throw new Error(`requests to another origin: ${elsewhere.join(', ')}`);
  const performance = lhr.categories.performance?.score;
  const accessibility = lhr.categories.accessibility?.score;
  if (performance == null || accessibility == null) throw new Error('a category has no score');
  const failing: string[] = [];
  for (const category of [lhr.categories.performance!, lhr.categories.accessibility!]) {
    for (const ref of category.auditRefs) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 0.9)
        failing.push(ref.id);
    }
  }
  // STEADY_BENCH_LIGHTHOUSE=<folder>: each run's full report is kept there, to look into.
  const keep = process.env.STEADY_BENCH_LIGHTHOUSE;
  if (keep) {
    await mkdir(keep, { recursive: true });
    await writeFile(join(keep, `${label}-${Date.now()}.json`), JSON.stringify(lhr));
  }
  return {
    performance: Math.round(performance * 100),
    accessibility: Math.round(accessibility * 100),
    fcp: metric(lhr.audits, 'first-contentful-paint'),
    lcp: metric(lhr.audits, 'largest-contentful-paint'),
    tbt: metric(lhr.audits, 'total-blocking-time'),
    cls: metric(lhr.audits, 'cumulative-layout-shift'),
    si: metric(lhr.audits, 'speed-index'),
    failing,
  };
}

async function runs(
  label: string,
  file: string,
  url: string,
  profileDir: string,
  keepStorage: boolean,
): Promise<{ label: string; runs: Figures[] }> {
  const chromium = await launchChromium(profileDir);
  try {
    const all: Figures[] = [];
    for (let i = 0; i < RUNS; i++) all.push(await score(file, url, chromium.port, keepStorage));
    return { label, runs: all };
  } finally {
    await chromium.close();
  }
}

function row(cells: readonly string[]): string {
  return cells.map((cell, i) => (i === 0 ? cell.padEnd(30) : cell.padStart(12))).join('');
}

export async function run(): Promise<void> {
  // The built app plus the seed page, from one origin (the seed writes the app's database).
  const site = buildJournalSite();
  const server = await startServer({ staticDir: site, port: 0 });
  const base = `http://127.0.0.1:${server.port}/`;
  const newProfile = await mkdtemp(join(tmpdir(), 'steady-lh-new-'));
  const vaultProfile = await mkdtemp(join(tmpdir(), 'steady-lh-vault-'));
  try {
    const results = [await runs('set-up screen (new person)', 'setup', base, newProfile, false)];

    // An existing vault: seeded in a profile of its own, which Lighthouse then opens.
    const seeding = await openSession({ profileDir: vaultProfile });
    try {
      await seeding.page.goto(`${base}journal-seed.html?count=${SEEDED_ENTRIES}`);
      await seeding.page.waitForFunction(
        () => (window as unknown as { __seeded?: unknown }).__seeded,
        null,
        { timeout: 120_000 },
      );
      const seeded = await seeding.page.evaluate(
        () => (window as unknown as { __seeded: { error?: string } }).__seeded,
      );
      if (seeded.error) throw new Error(seeded.error);
    } finally {
      await seeding.close({ keepProfile: true });
    }
    results.push(await runs('lock screen (existing vault)', 'lock', base, vaultProfile, true));

    console.log(
      `\nLighthouse ${lighthouseVersion()} on the first screen: mobile, simulated throttling, Debian's Chromium, medians of ${RUNS} runs`,
    );
    console.log(
      row(['screen', 'performance', 'accessib.', 'FCP ms', 'LCP ms', 'TBT ms', 'CLS', 'SI ms']),
    );
    for (const { label, runs: all } of results) {
      const m = (pick: (f: Figures) => number) => median(all.map(pick));
      console.log(
        row([
          label,
          `${m((f) => f.performance)}`,
          `${m((f) => f.accessibility)}`,
          m((f) => f.fcp).toFixed(0),
          m((f) => f.lcp).toFixed(0),
          m((f) => f.tbt).toFixed(0),
          m((f) => f.cls).toFixed(3),
          m((f) => f.si).toFixed(0),
        ]),
      );
    }
    console.log('targets: performance at least 95, accessibility 100 (issue 21)');
    for (const { label, runs: all } of results) {
      const named = [...new Set(all.flatMap((f) => f.failing))];
      if (named.length)
        console.log(`${label}, weighted audits below 0.9 in some run: ${named.join('; ')}`);
      console.log(
        `${label}, each run: ${all.map((f) => `${f.performance}/${f.accessibility}`).join(', ')} (performance/accessibility)`,
      );
    }
  } finally {
    await server.close();
    removeJournalSite(site);
    await rm(newProfile, { recursive: true, force: true });
    await rm(vaultProfile, { recursive: true, force: true });
  }
}

function lighthouseVersion(): string {
  return (createRequire(import.meta.url)('lighthouse/package.json') as { version: string }).version;
}
