// Issue 3's figures: unlock against bare Argon2id, vault writes against plain
// IndexedDB, opening and decrypting 10,000 records, main-thread long tasks.
// Run: npm run bench -- vault
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { startServer } from '@steady/server';
import { openSession } from '../e2e/support/browser.ts';
import { ROOT } from '../e2e/support/paths.ts';
import { line } from './support.ts';

interface Result {
  error?: string;
  kdf: { memoryKiB: number; iterations: number; parallelism: number };
  unlockMedianMs: number;
  bareArgon2MedianMs: number;
  vaultWriteMs: number;
  plainWriteMs: number;
  decryptMedianMs: number;
  openAndDecryptMedianMs: number;
  decryptedCount: number;
  longTasksDuringUnlock: number[];
}

export async function run(): Promise<void> {
  execFileSync(
    resolve(ROOT, 'node_modules/.bin/vite'),
    ['build', '--config', 'bench/browser/vite.config.ts'],
    {
      cwd: ROOT,
      stdio: 'inherit',
    },
  );
  const server = await startServer({ staticDir: resolve(ROOT, '.tmp/bench-dist'), port: 0 });
  const session = await openSession();
  try {
    const { page } = session;
    await page.goto(`http://127.0.0.1:${server.port}/vault.html`);
    await page.waitForFunction(() => (window as unknown as { __result?: unknown }).__result, null, {
      timeout: 600_000,
    });
    const r = (await page.evaluate(
      () => (window as unknown as { __result: unknown }).__result,
    )) as Result;
    if (r.error) throw new Error(r.error);
    const k = r.kdf;
    console.log(
      `\nVault (Argon2id m=${k.memoryKiB / 1024} MiB, t=${k.iterations}, p=${k.parallelism}; Chromium, medians)`,
    );
    line('unlock', `${r.unlockMedianMs.toFixed(0)} ms`);
    line('bare Argon2id, same parameters, same worker', `${r.bareArgon2MedianMs.toFixed(0)} ms`);
    line(
      'unlock / bare Argon2id',
      (r.unlockMedianMs / r.bareArgon2MedianMs).toFixed(3),
      'under 1.2',
    );
    line('write 10,000 records through the vault', `${r.vaultWriteMs.toFixed(0)} ms`);
    line('write the same plaintext straight to IndexedDB', `${r.plainWriteMs.toFixed(0)} ms`);
    line('vault / plain IndexedDB', (r.vaultWriteMs / r.plainWriteMs).toFixed(2), 'under 2.0');
    line(
      `decrypt ${r.decryptedCount} records (after unlock)`,
      `${r.decryptMedianMs.toFixed(0)} ms`,
    );
    line(
      'unlock + decrypt 10,000 records',
      `${r.openAndDecryptMedianMs.toFixed(0)} ms`,
      'under 1500 ms',
    );
    const longest = Math.max(0, ...r.longTasksDuringUnlock);
    line('main-thread long tasks during unlocks', `${r.longTasksDuringUnlock.length}`);
    line('longest main-thread task during unlock', `${longest.toFixed(0)} ms`, 'none over 50 ms');
  } finally {
    await session.close();
    await server.close();
  }
}
