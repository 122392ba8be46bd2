import { defineConfig } from 'vitest/config';

// Browser tests drive Debian's Chromium through playwright-core against the real
// server and the built app. Each file starts its own server and its own Chromium
// profiles, so two files run at once: much of a browser test is waiting, and two fill
// the machine's two cores. The multi-device sync file drives three browsers of its own
// and times itself against a relay, so it runs alone, after the others.
//
// The 100 MB vault test (e2e/sync-large.e2e.ts, about 4 to 10 minutes on two cores) is
// its own command, `npm run test:large`, so the everyday suite stays well inside its
// time; STEADY_E2E_LARGE=1 adds it to any run.
const large = process.env.STEADY_E2E_LARGE === '1';
const ALONE = ['e2e/sync.e2e.ts', ...(large ? ['e2e/sync-large.e2e.ts'] : [])];

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 90_000,
    hookTimeout: 90_000,
    globalSetup: ['e2e/support/global-setup.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['e2e/**/*.e2e.ts'],
          exclude: [...ALONE, 'e2e/sync-large.e2e.ts'],
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'browser, alone',
          include: ALONE,
          maxWorkers: 1,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
