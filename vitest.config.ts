import { defineConfig } from 'vitest/config';

// Unit tests live next to the code they test. Browser tests have their own
// config under e2e/ because they need a built app and a real Chromium. Two files at once
// (Vitest's default on two cores is one): each PostgreSQL test file starts its own server
// in its own folder on its own port, and nothing else is shared between files.
export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    maxWorkers: 2,
  },
});
