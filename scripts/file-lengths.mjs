// The app's source stays in parts a person can read whole: no file under
// packages/app/src over 300 lines, except long-form content (the chapters a person
// reads, which are one text each). Prints each file over the limit; exit 1 if any.
//
//   node scripts/file-lengths.mjs
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const LIMIT = 300;
/** Long-form content: each is one piece of writing, not code. */
const LONG_FORM = [/^packages\/app\/src\/content\/learn\//];

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (/\.(ts|tsx|css)$/.test(entry.name)) yield path;
  }
}

const over = [];
for (const path of files(join(root, 'packages/app/src'))) {
  const name = relative(root, path).split('\\').join('/');
  if (LONG_FORM.some((pattern) => pattern.test(name))) continue;
  const lines = readFileSync(path, 'utf8').split('\n').length - 1;
  if (lines > LIMIT) over.push(`${name}: ${lines} lines`);
}
if (over.length > 0) {
  console.error(`Over ${LIMIT} lines (split by responsibility):\n  ${over.join('\n  ')}`);
  process.exit(1);
}
console.log(`every file in packages/app/src is at most ${LIMIT} lines (long-form content aside)`);
