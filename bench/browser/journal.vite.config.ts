import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// Builds the page that seeds a large journal into the app's own database. It is
// copied next to the built app (same origin) only for the browser test and the
// benchmark; the shipped app never contains it.
export default defineConfig({
  root: import.meta.dirname,
  logLevel: 'warn',
  build: {
    outDir: resolve(import.meta.dirname, '../../.tmp/journal-seed-dist'),
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: { input: { seed: resolve(import.meta.dirname, 'journal-seed.html') } },
  },
  worker: { format: 'es' },
});
