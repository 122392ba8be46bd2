// Issue 6's figure in the browser: drawing the urge log (chart and table) for
// two years of daily entries with the app's own components and stylesheet.
import { render } from 'preact';
import { localDayIn, weeklyUrges, type HoldRecord, type UrgeRecord } from '@steady/core';
import '../../packages/app/src/styles.css';
import { UrgeChart } from '../../packages/app/src/features/urges/UrgeChart.tsx';
import { UrgeLog } from '../../packages/app/src/features/urges/UrgeLog.tsx';
import { en } from '../../packages/app/src/i18n/en.ts';
import { makeTranslate } from '../../packages/app/src/i18n/index.ts';
import { ShellContext, type Shell } from '../../packages/app/src/shell/context.ts';
import { installTrustedTypes } from '../../packages/app/src/shell/trustedTypes.ts';
import { VaultContext, type VaultApi } from '../../packages/app/src/vault/api.ts';
import { twoYearsOfUrges } from '../urges-data.ts';

installTrustedTypes();

const TRIALS = 15;
const { urges, holds } = twoYearsOfUrges();

const shell = {
  t: makeTranslate(en, 'en'),
  locale: 'en',
  screen: 'urges',
  go: () => {},
} satisfies Partial<Shell>;

// Records already decrypted: this measures drawing, not the vault (bench "vault" does that).
const records: Record<string, ReadonlyArray<UrgeRecord | HoldRecord>> = {
  urge: urges,
  hold: holds,
};
const vault: VaultApi = {
  get: () => Promise.resolve(undefined),
  list: <T,>(kind: string) =>
    Promise.resolve((records[kind] ?? []).map((value) => ({ id: value.id, value: value as T }))),
  put: () => Promise.resolve(),
  commit: () => Promise.resolve(),
  delete: () => Promise.resolve(),
  beforeLock: () => () => undefined,
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const painted = () =>
  new Promise<number>((resolve) =>
    requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)),
  );

function whenRows(root: HTMLElement): Promise<void> {
  return new Promise((resolve) => {
    const done = () => root.querySelector('.urges-table tbody tr') !== null;
    if (done()) return resolve();
    const observer = new MutationObserver(() => {
      if (done()) {
        observer.disconnect();
        resolve();
      }
    });
    observer.observe(root, { childList: true, subtree: true });
  });
}

async function main() {
  const root = document.getElementById('app')!;
  const provide = (child: preact.ComponentChild) => (
    <ShellContext.Provider value={shell as unknown as Shell}>
      <VaultContext.Provider value={vault}>{child}</VaultContext.Provider>
    </ShellContext.Provider>
  );

  // The chart alone: aggregation, path building and the SVG, through layout and paint.
  const chartSync: number[] = [];
  const chartPainted: number[] = [];
  const localDay = localDayIn(Intl.DateTimeFormat().resolvedOptions().timeZone);
  for (let i = 0; i < TRIALS; i++) {
    render(null, root);
    await painted();
    const started = performance.now();
    const weeks = weeklyUrges(urges, holds, localDay);
    render(provide(<UrgeChart weeks={weeks} />), root);
    root.getBoundingClientRect();
    chartSync.push(performance.now() - started);
    chartPainted.push((await painted()) - started);
  }

  // The whole log screen: records handed over, weeks, trend, chart and a table of ~105 rows.
  const logPainted: number[] = [];
  for (let i = 0; i < TRIALS; i++) {
    render(null, root);
    await painted();
    const started = performance.now();
    render(provide(<UrgeLog />), root);
    await whenRows(root);
    logPainted.push((await painted()) - started);
  }

  return {
    urges: urges.length,
    weeks: root.querySelectorAll('.urges-table tbody tr').length,
    chartSyncMs: median(chartSync),
    chartPaintedMs: median(chartPainted),
    logPaintedMs: median(logPainted),
  };
}

main()
  .then((result) => {
    (window as unknown as { __result: unknown }).__result = result;
    document.getElementById('status')!.textContent = 'done';
  })
  .catch((error: unknown) => {
    (window as unknown as { __result: unknown }).__result = { error: String(error) };
  });
