import { describe, expect, test } from 'vitest';

// Nothing fails in silence: a caught error is either handled in code the person can see
// (a message, a status, a rethrow) or the catch says in a comment why dropping it is safe
// (a fallback that loses nothing, a retry that comes later). A catch whose body only
// returns, assigns or does nothing, with no comment, fails here.
const sources = import.meta.glob<string>(['../**/*.ts', '../**/*.tsx', '!../**/*.test.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

interface Catch {
  readonly line: number;
  readonly body: string;
  /** The catch's own line and the one before it, where a comment may explain it. */
  readonly around: string;
}

/** The text between the bracket at `open` and its partner. */
function enclosed(source: string, open: number): string {
  const pair: Record<string, string> = { '{': '}', '(': ')' };
  const start = source[open] ?? '';
  const end = pair[start];
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    if (source[i] === start) depth++;
    else if (source[i] === end && --depth === 0) return source.slice(open + 1, i);
  }
  return source.slice(open + 1);
}

/** Every `catch` block and every `.catch(handler)` handler's body. */
export function catches(source: string): Catch[] {
  const found: Catch[] = [];
  const lines = source.split('\n');
  const lineOf = (index: number) => source.slice(0, index).split('\n').length;
  const around = (line: number) => lines.slice(Math.max(0, line - 2), line).join('\n');
  for (const match of source.matchAll(/\bcatch\s*(?:\((\w+)\))?\s*\{/g)) {
    const open = match.index + match[0].length - 1;
    const line = lineOf(match.index);
    const body = enclosed(source, open);
    // A body that passes the error on (rethrown, rejected, reported) is not silent.
    const used = match[1] !== undefined && new RegExp(`\\b${match[1]}\\b`).test(body);
    found.push({ line, body: used ? 'uses the error' : body, around: around(line) });
  }
  for (const match of source.matchAll(/\.catch\(/g)) {
    const handler = enclosed(source, match.index + match[0].length - 1);
    const arrow = handler.indexOf('=>');
    const body = arrow < 0 ? handler : handler.slice(arrow + 2).trim();
    const line = lineOf(match.index);
    found.push({
      line,
      body: body.startsWith('{') ? enclosed(body, 0) : body,
      around: around(line),
    });
  }
  return found;
}

const COMMENT = /\/\/|\/\*/;

/**
 * A catch that drops the error without a word: its body is nothing, a bare return, a
 * fallback value or an assignment, and no comment inside it or just above says why.
 */
export function isSilent({ body, around }: Pick<Catch, 'body' | 'around'>): boolean {
  if (COMMENT.test(body) || COMMENT.test(around)) return false;
  const code = body.trim().replace(/;$/, '').trim();
  return (
    code === '' ||
    /^(undefined|null|\{\}|void 0)$/.test(code) ||
    /^return\b[^;]*$/.test(code) ||
    /^\(?[\w.]+ = [^;]+\)?$/.test(code)
  );
}

describe('errors caught in the app', () => {
  test('the scan finds the catches, and tells a silent one from a handled one', () => {
    const all = Object.values(sources).flatMap(catches);
    expect(all.length).toBeGreaterThan(40);
    const silent = (code: string) => catches(code).map(isSilent);
    expect(silent('try { a(); } catch {\n  return fallback;\n}')).toEqual([true]);
    expect(silent('x();\np.catch(() => undefined);')).toEqual([true]);
    expect(silent('p.catch(() => (loading = null));')).toEqual([true]);
    expect(silent('try { a(); } catch {\n  setFailed(true);\n}')).toEqual([false]);
    expect(silent('try { a(); } catch (e) {\n  return Promise.reject(e);\n}')).toEqual([false]);
    expect(silent('try { a(); } catch (e) {\n  return null;\n}')).toEqual([true]);
    expect(silent('p.catch(() => {\n  // safe: retried later\n});')).toEqual([false]);
    expect(silent('// retried when the screen opens\np.catch(() => undefined);')).toEqual([false]);
  });

  test('every catch either shows the failure or says why dropping it is safe', () => {
    const silent = Object.entries(sources).flatMap(([file, source]) =>
      catches(source)
        .filter(isSilent)
        .map((c) => `${file}:${c.line}`),
    );
    expect(silent).toEqual([]);
  });
});
