import { describe, expect, test } from 'vitest';

// Chromium keeps what is typed into open forms in its session-restore file, and
// text fields' values in its autofill database, unless the field says
// autocomplete="off" (found by the hardening suite, e2e/hardening.e2e.ts). Every
// form control in the app must say so, or carry another deliberate value.
const sources = import.meta.glob<string>('../**/*.tsx', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** Each opening tag of a form control, found by scanning to its closing ">". */
function controls(source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(/<(input|textarea|select)\b/g)) {
    let depth = 0;
    let end = match.index + match[0].length;
    for (; end < source.length; end++) {
      const c = source[end];
      if (c === '{') depth++;
      else if (c === '}') depth--;
      else if (c === '>' && depth === 0) break;
    }
    found.push(source.slice(match.index, end + 1));
  }
  return found;
}

describe('form controls and the browser’s memory of them', () => {
  test('the scan sees the app’s files and their fields', () => {
    const all = Object.values(sources).flatMap(controls);
    expect(Object.keys(sources).length).toBeGreaterThan(50);
    expect(all.length).toBeGreaterThan(50);
  });

  test('every input, textarea and select sets autoComplete', () => {
    const missing = Object.entries(sources).flatMap(([file, source]) =>
      controls(source)
        .filter((tag) => !/\bautoComplete=/.test(tag))
        .map((tag) => `${file}: ${tag.split('\n')[0]}`),
    );
    expect(missing).toEqual([]);
  });
});
