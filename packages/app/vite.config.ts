import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { precachePlugin } from './build/precache.ts';

export default defineConfig({
  oxc: {
    jsx: { runtime: 'automatic', importSource: 'preact' },
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    // Inline data: URLs would be fine under CSP for images, but keep every asset a file we cache.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    // A second page: the one a shared link opens (open.html), with no vault code.
    rollupOptions: {
      input: {
        main: resolve(import.meta.dirname, 'index.html'),
        open: resolve(import.meta.dirname, 'open.html'),
      },
    },
  },
  worker: { format: 'es' },
  plugins: [precachePlugin()],
});
