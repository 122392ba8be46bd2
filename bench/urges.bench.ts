// Issue 6's figure: the time to draw the urge chart for two years of daily
// entries (target under 100 ms). In Node: the pure part (weekly aggregation in
// the person's zone, the trend, the SVG geometry). In Chromium: the app's own
// components rendered, laid out and painted.
// Run: npm run bench -- urges
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { localDayIn, urgeChart, urgeTrend, weeklyUrges } from '@steady/core';
import { startServer } from '@steady/server';
import { openSession } from '../e2e/support/browser.ts';
import { ROOT } from '../e2e/support/paths.ts';
import { line, median, percentile } from './support.ts';
import { twoYearsOfUrges } from './urges-data.ts';

const TRIALS = 50;
const SIZE = { width: 320, height: 180, padding: 16 };

interface BrowserResult {
  error?: string;
  urges: number;
  weeks: number;
  chartSyncMs: number;
  chartPaintedMs: number;
  logPaintedMs: number;
}

function inNode(): void {
  const { urges, holds } = twoYearsOfUrges();
  const times: number[] = [];
  let weeks = 0;
  for (let i = 0; i < TRIALS; i++) {
    const started = performance.now();
    // A new formatter each time, as a fresh screen would make.
    const series = weeklyUrges(urges, holds, localDayIn('Europe/Madrid'));
    urgeTrend(series);
    urgeChart(series, SIZE);
    times.push(performance.now() - started);
    weeks = series.length;
  }
  console.log(
    `\nUrge chart, pure part in Node (${urges.length} urges, ${holds.length} holds, ${weeks} weeks)`,
  );
  line(
    `aggregate + trend + SVG geometry, median of ${TRIALS}`,
    `${median(times).toFixed(2)} ms`,
    'under 100 ms',
  );
  line('p95', `${percentile(times, 95).toFixed(2)} ms`);
}

async function inBrowser(): Promise<void> {
  execFileSync(
    resolve(ROOT, 'node_modules/.bin/vite'),
    ['build', '--config', 'bench/browser/urges.vite.config.ts'],
    { cwd: ROOT, stdio: 'inherit' },
  );
  const server = await startServer({ staticDir: resolve(ROOT, '.tmp/bench-urges-dist'), port: 0 });
  const session = await openSession();
  try {
    const { page } = session;
    await page.goto(`http://127.0.0.1:${server.port}/urges.html`);
    await page.waitForFunction(() => (window as unknown as { __result?: unknown }).__result, null, {
      timeout: 120_000,
    });
    const r = (await page.evaluate(
      () => (window as unknown as { __result: unknown }).__result,
    )) as BrowserResult;
    if (r.error) throw new Error(r.error);
    console.log(`\nUrge log in Chromium (${r.urges} urges, ${r.weeks} weeks; medians)`);
    line('chart: aggregate + render + layout', `${r.chartSyncMs.toFixed(1)} ms`, 'under 100 ms');
    line('chart: to painted', `${r.chartPaintedMs.toFixed(1)} ms`, 'under 100 ms');
    line('whole log (chart + table): mount to painted', `${r.logPaintedMs.toFixed(1)} ms`);
  } finally {
    await session.close();
    await server.close();
  }
}

export async function run(): Promise<void> {
  inNode();
  await inBrowser();
}
