import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEntry } from '@steady/core';
import { buildPackage, readZip, writeZip } from '@steady/core/evidence';

const run = promisify(execFile);
const CLI = fileURLToPath(new URL('./check-package.ts', import.meta.url));
let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'steady-check-package-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function check(file: string, ...flags: string[]) {
  try {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', CLI, file, ...flags]);
    return { code: 0, stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout + failed.stderr };
  }
}

describe('the command-line check of an evidence package', () => {
  it('says an untouched package is unchanged, and names the entry of a changed one', async () => {
    const entries = ['first', 'second'].map((what, i) => {
      const made = createEntry(
        { occurred: { date: '2026-10-01' }, stage: 'tension', severity: 2, what },
        new Date(Date.UTC(2026, 10, 1, 8, i)),
        `entry-${i}`,
      );
      if (!made.ok) throw new Error('a test entry that does not check');
      return made.value;
    });
    const { bytes } = await buildPackage({
      entries,
      photos: new Map(),
      madeAt: '2026-12-01T10:00:00.000Z',
      howToCheck: { name: 'HOW-TO-CHECK.txt', text: 'how to check' },
    });
    const good = join(dir, 'good.zip');
    await writeFile(good, bytes);
    const ok = await check(good);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('Unchanged');
    expect(ok.stdout).toContain('Entries: 2, versions: 2, photos: 0');

    const files = readZip(bytes).map((f) =>
      f.name === 'entries/e0001.json'
        ? {
            name: f.name,
            bytes: new TextEncoder().encode(
              new TextDecoder().decode(f.bytes).replace('first', 'fixed'),
            ),
          }
        : f,
    );
    const bad = join(dir, 'bad.zip');
    await writeFile(bad, writeZip(files));
    const refused = await check(bad);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain(
      'An entry was changed after the package was made. (entry entry-0, version 1',
    );
    const json = await check(bad, '--json');
    expect(JSON.parse(json.stdout)).toMatchObject({
      ok: false,
      problems: [{ code: 'version-changed', entry: 'entry-0' }],
    });

    expect((await check(join(dir, 'missing.zip'))).code).toBe(2);
  });
});
