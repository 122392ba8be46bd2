import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { APP_DIST, ROOT } from './paths.ts';

/** The browser tests need a built app; build it when the gate has not already. */
export default function setup(): void {
  if (!existsSync(`${APP_DIST}/index.html`) || process.env.STEADY_E2E_REBUILD === '1') {
    execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  }
}
