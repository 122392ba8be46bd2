import { defineConfig } from 'vitest/config';

// Unit tests live next to the code they test. Browser tests have their own
// config under e2e/ because they need a built app and a real Chromium.
export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
