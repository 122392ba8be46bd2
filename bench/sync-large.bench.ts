// Issue 17's large sync figures in real browsers: a vault of photos of random noise
// (500 MB by default; SYNC_LARGE_MB changes it) written on one Chromium profile while
// offline, sent to the relay in one sync, then brought down whole by a second profile
// that links with the server key and the passphrase (5 photos an entry;
// SYNC_LARGE_PER_ENTRY changes it). The relay is the server's real
// entry point on SQLite, in its own process on 127.0.0.1, serving the built app.
// Prints the time until the relay has everything from the first device, the time until
// the second device has everything, and the peak memory of each tab (JS heap through
// CDP, the renderer's RSS through /proc) and of the relay process (VmRSS), and the JS
// heap a tab still holds after a full garbage collection at the end of each phase.
// Run: npm run bench -- sync-large        (SYNC_LARGE_MB=100 npm run bench -- sync-large)
import type { ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { CDPSession, Page } from 'playwright-core';
import { openSession, type Session } from '../e2e/support/browser.ts';
import { imageBytes } from '../e2e/support/jpeg.ts';
import {
  linkDevice,
  nthPhoto,
  openEntryPhotos,
  PHOTOS_PER_ENTRY,
  relayObjectBytes,
  turnOnBackup,
  waitSynced,
  writeNoiseEntries,
} from '../e2e/support/largeVault.ts';
import { APP_DIST } from '../e2e/support/paths.ts';
import { LockPage } from '../e2e/pages/LockPage.ts';
import { ShellPage } from '../e2e/pages/ShellPage.ts';
import { line, startServerProcess, LIMITS_OUT_OF_THE_WAY } from './support.ts';

const MB = 1024 * 1024;
const PASSPHRASE = 'harbour lantern velvet 4471 gently';
/** A 2560 × 1920 noise photo as the app re-encodes it (JPEG, quality 0.9): about 3.6 MiB. */
const PHOTO_ESTIMATE = 3.6 * MB;
const SAMPLE_MS = 250;

/** Resident memory of a process in bytes (VmRSS), or 0 once it is gone. */
function rssOf(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
    return kb ? Number(kb) * 1024 : 0;
  } catch {
    return 0;
  }
}

interface Proc {
  pid: number;
  cmdline: string;
}

function processes(): Proc[] {
  const out: Proc[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const cmdline = readFileSync(`/proc/${name}/cmdline`, 'utf8').replaceAll('\0', ' ');
      out.push({ pid: Number(name), cmdline });
    } catch {
      // Gone meanwhile.
    }
  }
  return out;
}

/** The renderer processes of the Chromium running on `profileDir` (they name it too). */
function renderersOf(profileDir: string): number[] {
  return processes()
    .filter(
      (p) =>
        p.cmdline.includes('--type=renderer') &&
        p.cmdline.includes(`--user-data-dir=${profileDir}`) &&
        !p.cmdline.includes('--extension-process'),
    )
    .map((p) => p.pid);
}

interface Peaks {
  heap: number;
  renderer: number;
}

/** Samples one tab's JS heap (CDP) and its largest renderer's RSS every SAMPLE_MS. */
class TabSampler {
  peaks: Peaks = { heap: 0, renderer: 0 };
  private renderers: number[] = [];
  private lastLookup = 0;
  private constructor(
    private readonly cdp: CDPSession,
    private readonly profileDir: string,
  ) {}

  static async start(session: Session): Promise<TabSampler> {
    const cdp = await session.page.context().newCDPSession(session.page);
    await cdp.send('Performance.enable');
    return new TabSampler(cdp, session.profileDir);
  }

  async sample(): Promise<void> {
    const metrics = await this.cdp.send('Performance.getMetrics').catch(() => null);
    const heap = metrics?.metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
    this.peaks.heap = Math.max(this.peaks.heap, heap);
    const now = performance.now();
    if (now - this.lastLookup > 2000) {
      this.renderers = renderersOf(this.profileDir);
      this.lastLookup = now;
    }
    for (const pid of this.renderers) {
      this.peaks.renderer = Math.max(this.peaks.renderer, rssOf(pid));
    }
  }

  /**
   * The JS heap still in use after a full garbage collection: what the tab holds on to,
   * not what it passed through (the peaks).
   */
  async retained(): Promise<number> {
    await this.cdp.send('HeapProfiler.collectGarbage');
    const metrics = await this.cdp.send('Performance.getMetrics');
    return metrics.metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
  }

  /** The peaks since the last call, and a fresh start for the next phase. */
  take(): Peaks {
    const peaks = this.peaks;
    this.peaks = { heap: 0, renderer: 0 };
    return peaks;
  }
}

class Sampling {
  relayPeak = 0;
  private timer: ReturnType<typeof setInterval> | undefined;
  private busy = false;
  constructor(
    readonly tabs: TabSampler[],
    private readonly relayPid: number,
  ) {}

  start(): void {
    this.timer = setInterval(() => {
      if (this.busy) return;
      this.busy = true;
      this.relayPeak = Math.max(this.relayPeak, rssOf(this.relayPid));
      void Promise.all(this.tabs.map((tab) => tab.sample())).finally(() => (this.busy = false));
    }, SAMPLE_MS);
  }

  takeRelay(): number {
    const peak = Math.max(this.relayPeak, rssOf(this.relayPid));
    this.relayPeak = 0;
    return peak;
  }

  stop(): void {
    clearInterval(this.timer);
  }
}

async function startRelay(dir: string): Promise<{ child: ChildProcess; url: string }> {
  const { child, port } = await startServerProcess(APP_DIST, {
    STEADY_BACKUP: 'sqlite',
    STEADY_BACKUP_SQLITE: join(dir, 'relay.sqlite'),
    ...LIMITS_OUT_OF_THE_WAY,
  });
  return { child, url: `http://127.0.0.1:${port}` };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mib = (bytes: number) => `${(bytes / MB).toFixed(0)} MiB`;

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

/** Records the longest task on the page's main thread from now on. */
async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __longest?: number };
    w.__longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longest = Math.max(w.__longest!, entry.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
}

function longestTask(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __longest?: number }).__longest ?? 0);
}

async function goOn(page: Page, url: string): Promise<void> {
  await new ShellPage(page, url).goTo('Settings');
}

export async function run(): Promise<void> {
  const targetMb = Number(process.env.SYNC_LARGE_MB ?? '500');
  if (!Number.isFinite(targetMb) || targetMb <= 0) throw new Error('SYNC_LARGE_MB: a number > 0');
  const photos = Math.ceil((targetMb * MB) / PHOTO_ESTIMATE);
  // Photos an entry: a few, as a person adds them (SYNC_LARGE_PER_ENTRY, up to 20).
  const perEntry = Number(process.env.SYNC_LARGE_PER_ENTRY ?? '5');
  if (!Number.isInteger(perEntry) || perEntry < 1 || perEntry > PHOTOS_PER_ENTRY) {
    throw new Error(`SYNC_LARGE_PER_ENTRY: 1 to ${PHOTOS_PER_ENTRY}`);
  }
  const dir = await mkdtemp(join(tmpdir(), 'steady-sync-large-bench-'));
  const sqlite = join(dir, 'relay.sqlite');
  const { child, url } = await startRelay(dir);
  const phone = await openSession();
  const laptop = await openSession();
  let sampling: Sampling | undefined;
  try {
    const { page: p } = phone;
    const { page: l } = laptop;
    await p.goto(url);
    await l.goto(url);
    const phoneTab = await TabSampler.start(phone);
    let laptopTab = await TabSampler.start(laptop);
    const sampler = new Sampling([phoneTab, laptopTab], child.pid!);
    sampling = sampler;
    sampling.start();

    await new LockPage(p).setUp(PASSPHRASE);
    const key = await turnOnBackup(p, url);
    const moved = await waitSynced(p, '', 60_000);
    await phone.context.setOffline(true);
    console.log(`writing ${photos} noise photos of 2560 × 1920 (about ${targetMb} MB) offline…`);
    let entries: Awaited<ReturnType<typeof writeNoiseEntries>> = [];
    const written = await timed(async () => {
      const start = performance.now();
      entries = await writeNoiseEntries(p, photos, perEntry, 'bench', (done) => {
        if (done % 20 < perEntry || done === photos) {
          const tab = mib(Math.max(0, ...renderersOf(phone.profileDir).map(rssOf)));
          console.log(
            `  ${done} of ${photos} photos saved, ${seconds(performance.now() - start)}, tab ${tab}`,
          );
        }
      });
    });
    const heldWritten = await phoneTab.retained();
    // What the first device lists for each entry before it syncs, to tell writing from sync.
    for (const entry of entries) {
      await openEntryPhotos(p, entry.what, 1, 120_000);
      const listed = await p.locator('.journal-images > li').count();
      if (listed !== entry.photos) {
        console.log(`  before sync, ${entry.what} lists ${listed} of ${entry.photos} photos`);
      }
    }
    const writing = { phone: phoneTab.take(), relay: sampling.takeRelay() };
    laptopTab.take();

    // 1. The first device, back online, until the relay has everything.
    await goOn(p, url);
    await watchLongTasks(p);
    const pushMs = await timed(async () => {
      await phone.context.setOffline(false);
      await waitSynced(p, moved, 3_600_000);
    });
    const pushBlocked = await longestTask(p);
    const heldPushed = await phoneTab.retained();
    const pushing = { phone: phoneTab.take(), relay: sampling.takeRelay() };
    laptopTab.take();
    const held = relayObjectBytes(sqlite);

    // 2. The second device links and pulls until it has everything.
    const linkMs = await timed(async () => {
      await linkDevice(l, url, key, PASSPHRASE);
      // The restore reloads the tab: sample the page it is now through a new CDP session.
      const before = laptopTab.take();
      laptopTab = await TabSampler.start(laptop);
      laptopTab.peaks = before;
      sampler.tabs[1] = laptopTab;
      await watchLongTasks(l);
      await goOn(l, url);
      await waitSynced(l, '', 3_600_000);
    });
    const pullBlocked = await longestTask(l);
    const heldPulled = await laptopTab.retained();
    // The figures of the sync itself, printed before the photos are opened one by one.
    line('writing the photos on the first device (offline)', seconds(written));
    line('1. first device: back online until the relay has all', seconds(pushMs));
    line('   throughput', `${(held.bytes / MB / (pushMs / 1000)).toFixed(1)} MiB/s`);
    line('2. second device: link (restore, unlock, pull) until synced', seconds(linkMs));
    const sofar = laptopTab.peaks;
    console.log(
      `   peaks so far: first device ${mib(pushing.phone.heap)} heap, ${mib(pushing.phone.renderer)} RSS; ` +
        `second device ${mib(sofar.heap)} heap, ${mib(sofar.renderer)} RSS; relay ${mib(Math.max(pushing.relay, sampler.relayPeak))}`,
    );
    let sampleBytes = 0;
    const notShown: string[] = [];
    const pullShown = await timed(async () => {
      for (const entry of entries) {
        try {
          await openEntryPhotos(l, entry.what, entry.photos, 120_000);
        } catch {
          const drawn = await l.locator('.journal-images img.journal-image').count();
          const items = await l.locator('.journal-images > li').count();
          // What the first device shows of the same entry, to tell sync from writing.
          let first = 'not opened';
          try {
            await openEntryPhotos(p, entry.what, 1, 60_000);
            first = `${await p.locator('.journal-images > li').count()} listed`;
          } catch {
            // Said as it is: the first device could not open it either.
          }
          notShown.push(
            `${entry.what}: ${drawn} of ${entry.photos} drawn, ${items} listed; first device: ${first}`,
          );
        }
      }
    });
    if (notShown.length > 0) {
      throw new Error(`photos not shown on the second device:\n${notShown.join('\n')}`);
    }
    const pulling = { laptop: laptopTab.take(), relay: sampling.takeRelay() };
    phoneTab.take();
    line('   then every entry open with all its photos drawn', seconds(pullShown));
    // The first device sat idle while the second pulled: it may have locked itself.
    for (const page of [p, l]) {
      if ((await page.locator('button.lock-now').count()) === 0) {
        await new LockPage(page).unlock(PASSPHRASE);
        await new LockPage(page).waitUnlocked();
      }
    }
    // A photo of each entry, byte for byte the same on both devices.
    for (const entry of entries) {
      await openEntryPhotos(l, entry.what, entry.photos, 300_000);
      const restored = await imageBytes(l, nthPhoto(entry.photos - 1));
      await openEntryPhotos(p, entry.what, entry.photos, 300_000);
      const original = await imageBytes(p, nthPhoto(entry.photos - 1));
      if (!restored.equals(original)) throw new Error(`a photo of ${entry.what} differs`);
      sampleBytes += restored.length;
    }
    sampling.stop();

    console.log(
      `vault: ${entries.length} entries, ${photos} photos of noise; the relay holds ` +
        `${mib(held.bytes)} in ${held.objects} sealed objects (SQLite); ` +
        `${entries.length} sampled photos (${mib(sampleBytes)}) identical on both devices`,
    );
    line('writing the photos on the first device (offline)', seconds(written));
    line('1. first device: back online until the relay has all', seconds(pushMs));
    line('   throughput', `${(held.bytes / MB / (pushMs / 1000)).toFixed(1)} MiB/s`);
    line('2. second device: link (restore, unlock, pull) until synced', seconds(linkMs));
    line('   then every entry open with all its photos drawn', seconds(pullShown));
    line('   total until it shows everything', seconds(linkMs + pullShown));
    line('longest main-thread task, first device sending', seconds(pushBlocked));
    line('longest main-thread task, second device pulling', seconds(pullBlocked));
    console.log('');
    console.log(
      `${'peak memory'.padEnd(36)} ${'JS heap'.padStart(10)} ${'renderer RSS'.padStart(14)} ${'relay RSS'.padStart(11)}`,
    );
    const row = (label: string, tab: Peaks | null, relay: number) =>
      console.log(
        `${label.padEnd(36)} ${(tab ? mib(tab.heap) : '–').padStart(10)} ${(tab ? mib(tab.renderer) : '–').padStart(14)} ${mib(relay).padStart(11)}`,
      );
    row('first device, writing the photos', writing.phone, writing.relay);
    row('first device, sending them', pushing.phone, pushing.relay);
    row('second device, bringing them down', pulling.laptop, pulling.relay);
    console.log('');
    console.log('JS heap kept after a full garbage collection');
    line('first device, all photos written (offline)', mib(heldWritten));
    line('first device, once the relay has all', mib(heldPushed));
    line('second device, once synced', mib(heldPulled));
  } finally {
    sampling?.stop();
    await phone.close();
    await laptop.close();
    if (child.exitCode === null && child.signalCode === null) {
      await new Promise<void>((done) => {
        child.once('exit', () => done());
        child.kill('SIGTERM');
      });
    }
    await rm(dir, { recursive: true, force: true });
  }
}
