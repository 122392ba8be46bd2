// Issue 9's figures: the duress passphrase's unlock (decoy, and erase with its deletes)
// against the owner's, with 1,000 and 10,000 records in the real vault.
// Run: npm run bench -- duress
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { startServer } from '@steady/server';
import { openSession } from '../e2e/support/browser.ts';
import { ROOT } from '../e2e/support/paths.ts';
import { line } from './support.ts';

interface Result {
  error?: string;
  rows: Array<{
    records: number;
    ownerMs: number;
    decoyMs: number;
    eraseMs: number;
    recordsLeftAfterErase: number;
  }>;
}

export async function run(): Promise<void> {
  execFileSync(
    resolve(ROOT, 'node_modules/.bin/vite'),
    ['build', '--config', 'bench/browser/vite.config.ts'],
    { cwd: ROOT, stdio: 'inherit' },
  );
  const server = await startServer({ staticDir: resolve(ROOT, '.tmp/bench-dist'), port: 0 });
  const session = await openSession();
  try {
    const { page } = session;
    await page.goto(`http://127.0.0.1:${server.port}/duress.html`);
    await page.waitForFunction(() => (window as unknown as { __result?: unknown }).__result, null, {
      timeout: 900_000,
    });
    const r = (await page.evaluate(
      () => (window as unknown as { __result: unknown }).__result,
    )) as Result;
    if (r.error) throw new Error(r.error);
    console.log('\nDuress passphrase (Chromium, Argon2id as shipped, medians of 3)');
    for (const row of r.rows) {
      const n = row.records.toLocaleString('en');
      line(`${n} records: owner's unlock`, `${row.ownerMs.toFixed(0)} ms`);
      line(`${n} records: decoy unlock / owner's`, (row.decoyMs / row.ownerMs).toFixed(2));
      line(`${n} records: erase-and-open / owner's`, (row.eraseMs / row.ownerMs).toFixed(2));
      line(`${n} records: records left after the erase`, `${row.recordsLeftAfterErase}`, '14');
    }
  } finally {
    await session.close();
    await server.close();
  }
}
