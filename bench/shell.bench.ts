// Issue 2's figures: what a phone downloads, and how fast quick exit covers the screen.
// Run: npm run bench -- shell
import { resolve } from 'node:path';
import { measureBundle } from '../scripts/bundle-size.mjs';
import { openSession, TEST_EXIT_URL } from '../e2e/support/browser.ts';
import { startAppServer } from '../e2e/support/server.ts';
import { APP_DIST } from '../e2e/support/paths.ts';
import { LockPage } from '../e2e/pages/LockPage.ts';
import { openFromNav } from '../e2e/pages/ShellPage.ts';
import { Fingers } from '../e2e/support/touch.ts';
import { kb, line, median, percentile } from './support.ts';

const TRIALS = 30;
const PASSPHRASE = 'benchmark lantern orchard velvet';

export async function run(): Promise<void> {
  const size = measureBundle(resolve(APP_DIST));
  console.log('\nBundle (gzip, level 9)');
  line('initial JavaScript', kb(size.initialJsGzip), 'under 50 KB');
  line('initial CSS', kb(size.initialCssGzip));
  line('whole app (every file in dist)', kb(size.wholeAppGzip));

  const server = await startAppServer();
  const session = await openSession({ hasTouch: true });
  try {
    const { page, context } = session;
    // Cancel the trip to the neutral page, so the covered page stays to be asked
    // when its cover was painted. The cover and the lock happen before leaving anyway.
    await context.unroute(`${TEST_EXIT_URL}**`);
    await context.route(`${TEST_EXIT_URL}**`, (route) => route.abort('aborted'));
    await page.addInitScript(() => {
      const w = window as unknown as {
        __shifts: number[];
        __lifts: number[];
        __covered?: number;
        __painted?: number;
      };
      w.__shifts = [];
      w.__lifts = [];
      addEventListener('keydown', (e) => e.key === 'Shift' && w.__shifts.push(e.timeStamp), true);
      addEventListener('touchend', (e) => w.__lifts.push(e.timeStamp), true);
      new MutationObserver(() => {
        if (w.__covered === undefined && document.documentElement.classList.contains('exiting')) {
          w.__covered = performance.now();
          requestAnimationFrame(() => setTimeout(() => (w.__painted = performance.now()), 0));
        }
      }).observe(document, { attributes: true, subtree: true, attributeFilter: ['class'] });
    });

    const times: number[] = [];
    for (let i = 0; i < TRIALS; i++) {
      await page.goto(server.url);
      await page.locator('main h1').waitFor();
      await openFromNav(page, 'Settings');
      await page.getByLabel('Web address').focus();
      for (let k = 0; k < 3; k++) await page.keyboard.press('Shift');
      await page.waitForFunction(() => (window as unknown as { __painted?: number }).__painted);
      const ms = await page.evaluate(() => {
        const w = window as unknown as { __shifts: number[]; __painted: number };
        return w.__painted - w.__shifts[w.__shifts.length - 1]!;
      });
      times.push(ms);
    }
    console.log('\nQuick exit (third Shift to covered screen painted, in a text field)');
    line(`median of ${TRIALS}`, `${median(times).toFixed(1)} ms`, 'under 100 ms');
    line('p95', `${percentile(times, 95).toFixed(1)} ms`);

    // The touch gesture: from the second two-finger tap's lift to the covered screen.
    const fingers = await Fingers.on(page);
    const touched: number[] = [];
    for (let i = 0; i < TRIALS; i++) {
      await page.goto(server.url);
      await page.locator('main h1').waitFor();
      await fingers.doubleTwoFingerTap({ x: 150, y: 400 });
      await page.waitForFunction(() => (window as unknown as { __painted?: number }).__painted);
      touched.push(
        await page.evaluate(() => {
          const w = window as unknown as { __lifts: number[]; __painted: number };
          return w.__painted - w.__lifts[w.__lifts.length - 1]!;
        }),
      );
    }
    console.log('\nQuick exit by touch (second two-finger tap lifted to covered screen painted)');
    line(`median of ${TRIALS}`, `${median(touched).toFixed(1)} ms`, 'under 100 ms');
    line('p95', `${percentile(touched, 95).toFixed(1)} ms`);

    // The same, pressed while the passphrase is being derived in the worker.
    await page.goto(server.url);
    await new LockPage(page).setUp(PASSPHRASE);
    const during: number[] = [];
    for (let i = 0; i < TRIALS; i++) {
      await page.goto(server.url);
      await page.getByRole('heading', { name: 'Unlock Steady' }).waitFor();
      await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
      await page.getByRole('button', { name: 'Unlock', exact: true }).click();
      for (let k = 0; k < 3; k++) await page.keyboard.press('Shift');
      await page.waitForFunction(() => (window as unknown as { __painted?: number }).__painted);
      during.push(
        await page.evaluate(() => {
          const w = window as unknown as { __shifts: number[]; __painted: number };
          return w.__painted - w.__shifts[w.__shifts.length - 1]!;
        }),
      );
    }
    console.log('\nQuick exit while Argon2id runs (unlock pressed, then Shift three times)');
    line(`median of ${TRIALS}`, `${median(during).toFixed(1)} ms`, 'under 100 ms');
    line('p95', `${percentile(during, 95).toFixed(1)} ms`);
  } finally {
    await session.close();
    await server.close();
  }
}
