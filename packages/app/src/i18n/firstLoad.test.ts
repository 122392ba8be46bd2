import { describe, expect, test } from 'vitest';
import { enFirst } from './en.ts';
import { enLater } from './en.later.ts';

// The first download carries only the first part of the catalog (en.ts); the rest
// (en.later.ts) arrives after the first paint, and every screen that loads later waits
// for it. So no code that the first download runs may show a message of the later
// part: it would show its key instead. This follows the static imports from main.tsx
// (dynamic import() starts a later chunk) and looks for later keys written in full.
const sources = import.meta.glob<string>('../**/*.{ts,tsx}', {
  query: '?raw',
  import: 'default',
  eager: true,
});

function resolve(from: string, spec: string): string | undefined {
  const parts = from.split('/').slice(0, -1);
  for (const piece of spec.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.') parts.push(piece);
  }
  const path = parts.join('/');
  return path in sources ? path : undefined;
}

/** Files whose code runs from the first download: main.tsx and its static imports. */
function firstLoad(): Set<string> {
  const seen = new Set<string>();
  const queue = ['../main.tsx'];
  while (queue.length > 0) {
    const file = queue.pop() ?? '';
    if (seen.has(file)) continue;
    seen.add(file);
    const source = sources[file] ?? '';
    // `import type` brings no code; `import x from`, `import { … } from` and
    // `export … from` do. import('…') is a later chunk and is not followed.
    for (const match of source.matchAll(
      /^(?:import(?!\s+type\b)[^'";]*?from|export[^'";]*?from|import)\s*'(\.[^']+)'/gm,
    )) {
      const target = resolve(file, match[1] ?? '');
      if (target && !target.endsWith('.test.ts')) queue.push(target);
    }
  }
  return seen;
}

describe('the first download’s messages', () => {
  test('the walk sees the shell and stops at lazily loaded screens', () => {
    const files = firstLoad();
    expect(files.has('../shell/Root.tsx')).toBe(true);
    expect(files.has('../features/lock/Unlock.tsx')).toBe(true);
    expect(files.has('../features/journal/Journal.tsx')).toBe(false);
    expect(files.has('./en.later.ts')).toBe(false);
  });

  test('no code of the first download names a message of the later part', () => {
    const later = Object.keys(enLater).filter((key) => !(key in enFirst));
    const found: string[] = [];
    for (const file of firstLoad()) {
      const source = sources[file] ?? '';
      for (const key of later) if (source.includes(`'${key}'`)) found.push(`${file}: ${key}`);
    }
    expect(found).toEqual([]);
  });
});
