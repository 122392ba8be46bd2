import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/**
 * Writes sw.js next to the build: the service worker with the exact list of files
 * to keep for offline use, and a version that changes whenever any of them does.
 * Only the app's own code and static files are cached, never anything a person wrote.
 */
export function precachePlugin(): Plugin {
  let publicDir = '';
  return {
    name: 'steady-precache',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    generateBundle(_options, bundle) {
      const hash = createHash('sha256');
      const files = new Set<string>(['/']);
      for (const [name, item] of Object.entries(bundle)) {
        files.add(`/${name}`);
        hash.update(name);
        hash.update(item.type === 'chunk' ? item.code : item.source);
      }
      for (const full of listFiles(publicDir)) {
        const name = relative(publicDir, full).split('\\').join('/');
        files.add(`/${name}`);
        hash.update(name);
        hash.update(readFileSync(full));
      }
      const version = hash.digest('hex').slice(0, 16);
      const template = readFileSync(join(here, 'service-worker.js'), 'utf8');
      const source = template
        .replace('__VERSION__', JSON.stringify(version))
        .replace('__PRECACHE__', JSON.stringify([...files].sort()));
      this.emitFile({ type: 'asset', fileName: 'sw.js', source });
    },
  };
}
