import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// Builds the in-browser benchmark pages. They run under the real server and its
// CSP, with the app's own worker and vault code.
export default defineConfig({
  root: import.meta.dirname,
  logLevel: 'warn',
  build: {
    outDir: resolve(import.meta.dirname, '../../.tmp/bench-dist'),
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: {
      input: {
        vault: resolve(import.meta.dirname, 'vault.html'),
        duress: resolve(import.meta.dirname, 'duress.html'),
      },
    },
  },
  worker: { format: 'es' },
});
