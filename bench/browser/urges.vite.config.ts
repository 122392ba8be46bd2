import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// Builds the urge chart's in-browser benchmark page: the app's own components
// and stylesheet, under the real server and its CSP.
export default defineConfig({
  root: import.meta.dirname,
  logLevel: 'warn',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: resolve(import.meta.dirname, '../../.tmp/bench-urges-dist'),
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: { input: { urges: resolve(import.meta.dirname, 'urges.html') } },
  },
});
