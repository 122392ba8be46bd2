// Runs the benchmarks named on the command line (all when none) and prints their figures.
// Benchmarks are never part of the pass/fail test run.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { APP_DIST, ROOT } from '../e2e/support/paths.ts';

const benches: Record<string, () => Promise<{ run(): Promise<void> }>> = {
  shell: () => import('./shell.bench.ts'),
  vault: () => import('./vault.bench.ts'),
  backup: () => import('./backup.bench.ts'),
  urges: () => import('./urges.bench.ts'),
  journal: () => import('./journal.bench.ts'),
  duress: () => import('./duress.bench.ts'),
  sync: () => import('./sync.bench.ts'),
  'sync-large': () => import('./sync-large.bench.ts'),
  'relay-load': () => import('./relay-load.bench.ts'),
  evidence: () => import('./evidence.bench.ts'),
  'relay-small': () => import('./relay-small.bench.ts'),
  lighthouse: () => import('./lighthouse.bench.ts'),
};

const wanted = process.argv.slice(2).filter((name) => !name.startsWith('-'));
if (!existsSync(`${APP_DIST}/index.html`))
  execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
for (const name of wanted.length ? wanted : Object.keys(benches)) {
  const load = benches[name];
  if (!load) {
    console.error(`No benchmark called ${name}. There are: ${Object.keys(benches).join(', ')}`);
    process.exit(2);
  }
  console.log(`\n=== ${name}`);
  await (await load()).run();
}
