import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM } from './paths.ts';

// Flags from the machine's notes: no sandbox as root, and none of Chromium's own
// background traffic, so the only requests are the ones the app makes.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--disable-default-apps',
  '--disable-domain-reliability',
  '--disable-breakpad',
];

/** Where quick exit goes in tests: answered inside the browser, never by the internet. */
export const TEST_EXIT_URL = 'https://www.bbc.com/weather';

export interface Session {
  context: BrowserContext;
  page: Page;
  profileDir: string;
  /** Every request the browser made, as full URLs. */
  requests: string[];
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

export interface SessionOptions {
  locale?: string;
  reducedMotion?: 'reduce' | 'no-preference';
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
  profileDir?: string;
  /** A touch screen, as on a phone. */
  hasTouch?: boolean;
  /** Chromium flags added to CHROMIUM_ARGS (a fake microphone, say); none by default. */
  extraArgs?: readonly string[];
  /** Permissions granted to every origin from the start (none by default). */
  permissions?: readonly string[];
}

/** A real Chromium with a fresh, on-disk profile (so tests can search it afterwards). */
export async function openSession(options: SessionOptions = {}): Promise<Session> {
  const profileDir = options.profileDir ?? (await mkdtemp(join(tmpdir(), 'steady-profile-')));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS, ...(options.extraArgs ?? [])],
    ...(options.permissions ? { permissions: [...options.permissions] } : {}),
    locale: options.locale ?? 'en-GB',
    reducedMotion: options.reducedMotion ?? 'no-preference',
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? { width: 390, height: 844 },
    hasTouch: options.hasTouch ?? false,
    serviceWorkers: 'allow',
  });
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  await context.route(`${TEST_EXIT_URL}**`, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html',
      body: '<!doctype html><title>Weather</title><h1>Weather today</h1>',
    }),
  );
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    profileDir,
    requests,
    async close(closeOptions = {}) {
      await context.close();
      if (!closeOptions.keepProfile) await rm(profileDir, { recursive: true, force: true });
    },
  };
}

/**
 * Requests to any origin but the app's own, leaving out the quick-exit pages the
 * person chose to leave to (tests answer those inside the browser).
 */
export function foreignRequests(
  requests: readonly string[],
  appOrigin: string,
  exitPages: readonly string[] = [TEST_EXIT_URL],
): string[] {
  return requests.filter((url) => {
    if (exitPages.some((exit) => url.startsWith(exit))) return false;
    const parsed = new URL(url);
    if (parsed.protocol === 'data:' || parsed.protocol === 'blob:' || parsed.protocol === 'about:')
      return false;
    return parsed.origin !== appOrigin;
  });
}

/**
 * Headless Chromium keeps every page visible (another tab in front, a minimised window:
 * still 'visible'), so a test that needs the page hidden, as when the person switches
 * apps or presses the phone's lock button, says so itself and fires the same event.
 */
export async function setPageHidden(page: Page, hidden: boolean): Promise<void> {
  await page.evaluate((value) => {
    Object.defineProperty(document, 'visibilityState', {
      configurable: true,
      get: () => (value ? 'hidden' : 'visible'),
    });
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => value });
    document.dispatchEvent(new Event('visibilitychange'));
  }, hidden);
}

/**
 * Headless Chromium cannot install the app, and emulates no display-mode, so tests of
 * the installed app's behaviour make `(display-mode: standalone)` match while
 * `window.__installed` is true (set it with page.evaluate; it resets on every load).
 */
export async function emulateInstallable(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const real = window.matchMedia.bind(window);
    const w = window as unknown as { __installed?: boolean };
    window.matchMedia = (query: string) => {
      if (!query.includes('display-mode')) return real(query);
      const standalone = w.__installed === true && query.includes('standalone');
      return { ...real(query), matches: standalone, media: query };
    };
  });
}

export async function waitForServiceWorker(page: Page): Promise<void> {
  const ready = await page.evaluate(() =>
    Promise.race([
      navigator.serviceWorker.ready.then(() => true),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 30_000)),
    ]),
  );
  if (!ready) throw new Error('no service worker became active within 30 s');
  // The worker claims open pages when it activates; if that has not reached this page
  // yet (Chromium can be slow to under load), a reload is controlled from the start.
  const controlled = () => page.evaluate(() => navigator.serviceWorker.controller !== null);
  for (let attempt = 0; attempt < 3 && !(await controlled()); attempt++) {
    await page.waitForTimeout(1000);
    if (!(await controlled())) await page.reload();
  }
  if (!(await controlled())) throw new Error('the service worker never took control');
}

/**
 * Runs the page's main thread `rate` times slower (DevTools' CPU throttling), as on a
 * cheap phone; returns the function that puts it back to full speed.
 */
export async function slowCpu(page: Page, rate: number): Promise<() => Promise<void>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return async () => {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await cdp.detach();
  };
}
