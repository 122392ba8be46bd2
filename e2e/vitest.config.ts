import { defineConfig } from 'vitest/config';

// Browser tests drive Debian's Chromium through playwright-core against the real
// server and the built app. One file at a time: the machine has two cores.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
    globalSetup: ['e2e/support/global-setup.ts'],
  },
});
