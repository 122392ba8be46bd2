import { execFile, spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEntry, deriveKeyBytes } from '@steady/core';
import { buildPackage, lockPackage, readZip, writeZip } from '@steady/core/evidence';

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

async function twoEntries() {
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
  return bytes;
}

describe('the command-line check of an evidence package', () => {
  it('says an untouched package is unchanged, and names the entry of a changed one', async () => {
    const bytes = await twoEntries();
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

  describe('a locked package', () => {
    const PASSPHRASE = 'salt and thyme by the door';
    let locked = '';
    let right = '';

    beforeAll(async () => {
      locked = join(dir, 'records-2026-12-01.enc');
      await writeFile(
        locked,
        await lockPackage(await twoEntries(), PASSPHRASE, { derive: deriveKeyBytes }),
      );
      // As a person saves it from an editor: the passphrase, then the line's end.
      right = join(dir, 'right.txt');
      await writeFile(right, `${PASSPHRASE}\n`);
    });

    it('opens with the passphrase from a file, then checks as a zip is checked', async () => {
      const ok = await check(locked, '--passphrase-file', right);
      expect(ok.code).toBe(0);
      expect(ok.stdout).toContain('Unchanged');
      expect(ok.stdout).toContain('Entries: 2, versions: 2, photos: 0');
      const json = await check(locked, '--json', `--passphrase-file=${right}`);
      expect(JSON.parse(json.stdout)).toMatchObject({ ok: true, entries: 2 });
    });

    it('exits 2 on a wrong passphrase, saying so and nothing of the package', async () => {
      const wrong = join(dir, 'wrong.txt');
      await writeFile(wrong, 'salt and thyme by the doors\n');
      const refused = await check(locked, '--passphrase-file', wrong);
      expect(refused.code).toBe(2);
      expect(refused.stdout).toBe('The passphrase does not open this package.\n');
    });

    it('exits 2 when no passphrase can be asked for, and when its file is missing', async () => {
      const none = await check(locked);
      expect(none.code).toBe(2);
      expect(none.stdout).toContain('This package is locked. Give its passphrase');
      const missing = await check(locked, '--passphrase-file', join(dir, 'nowhere.txt'));
      expect(missing.code).toBe(2);
      expect(missing.stdout).toContain('Cannot read');
      expect((await check(locked, '--passphrase-file')).code).toBe(2);
    });

    /**
     * Runs the tool on a real terminal (util-linux `script` gives it one) and types the
     * passphrase once the prompt is shown; resolves with all it wrote and its exit code.
     */
    function typed(file: string, passphrase: string): Promise<{ code: number; out: string }> {
      const command = `'${process.execPath}' --import tsx '${CLI}' '${file}'; echo "exit=$?"`;
      const child = spawn('script', ['-qec', command, '/dev/null'], { stdio: 'pipe' });
      let out = '';
      let asked = false;
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString('utf8');
        if (!asked && out.includes('Passphrase: ')) {
          asked = true;
          child.stdin.write(`${passphrase}\r`);
        }
      });
      return new Promise((resolve, reject) => {
        child.on('error', reject);
        child.on('close', () => {
          const code = Number(/exit=(\d+)/.exec(out)?.[1] ?? -1);
          resolve({ code, out });
        });
      });
    }

    it('on a terminal, asks for the passphrase and does not show it', async () => {
      const ok = await typed(locked, PASSPHRASE);
      expect(ok.code).toBe(0);
      expect(ok.out).toContain('Unchanged');
      expect(ok.out).not.toContain('thyme');
      const wrong = await typed(locked, 'salt and thyme');
      expect(wrong.code).toBe(2);
      expect(wrong.out).toContain('The passphrase does not open this package.');
      expect(wrong.out).not.toContain('thyme');
    });

    it('exits 1 for a locked file changed or cut short', async () => {
      const bytes = await lockPackage(await twoEntries(), PASSPHRASE, { derive: deriveKeyBytes });
      const changed = bytes.slice();
      changed[changed.length - 40] = (changed[changed.length - 40] ?? 0) ^ 1;
      const damaged = join(dir, 'damaged.enc');
      await writeFile(damaged, changed);
      const refused = await check(damaged, '--passphrase-file', right);
      expect(refused.code).toBe(1);
      expect(refused.stdout).toContain('was changed or damaged');
      const cut = join(dir, 'cut.enc');
      await writeFile(cut, bytes.subarray(0, bytes.length - 100));
      const short = await check(cut, '--passphrase-file', right);
      expect(short.code).toBe(1);
      expect(short.stdout).toContain('cut short');
    });
  });
});
