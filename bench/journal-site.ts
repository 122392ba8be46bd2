// The built app plus the journal seed page, in one directory served from one
// origin: the seed page writes into the very IndexedDB database the app opens.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { APP_DIST, ROOT } from '../e2e/support/paths.ts';

export const SEED_PASSPHRASE = 'seeded journal passphrase with many words';

export function buildJournalSite(): string {
  if (!existsSync(`${APP_DIST}/index.html`))
    execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  execFileSync(
    resolve(ROOT, 'node_modules/.bin/vite'),
    ['build', '--config', 'bench/browser/journal.vite.config.ts'],
    { cwd: ROOT, stdio: 'inherit' },
  );
  const site = resolve(ROOT, `.tmp/journal-site-${process.pid}`);
  rmSync(site, { recursive: true, force: true });
  mkdirSync(site, { recursive: true });
  cpSync(APP_DIST, site, { recursive: true });
  cpSync(resolve(ROOT, '.tmp/journal-seed-dist'), site, { recursive: true });
  return site;
}

export function removeJournalSite(site: string): void {
  rmSync(site, { recursive: true, force: true });
}
