import { defineConfig } from 'vitest/config';

// Browser tests drive Debian's Chromium through playwright-core against the real
// server and the built app. One file at a time: the machine has two cores.
//
// The 100 MB vault test (e2e/sync-large.e2e.ts, about 4 to 10 minutes on two cores) is
// its own command, `npm run test:large`, so the everyday suite stays well inside its
// time; STEADY_E2E_LARGE=1 adds it to any run.
const large = process.env.STEADY_E2E_LARGE === '1';

export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    exclude: large ? [] : ['e2e/sync-large.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
    globalSetup: ['e2e/support/global-setup.ts'],
  },
});
