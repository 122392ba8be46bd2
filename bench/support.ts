import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

export function line(label: string, value: string, target?: string): void {
  console.log(`${label.padEnd(52)} ${value.padStart(14)}${target ? `   (target ${target})` : ''}`);
}

const MAIN = fileURLToPath(new URL('../packages/server/src/main.ts', import.meta.url));
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/** Request limits high enough that a benchmark measures the relay, never its rate limits. */
export const LIMITS_OUT_OF_THE_WAY = {
  STEADY_BACKUP_SYNC_PER_MINUTE: '1000000',
  STEADY_BACKUP_SYNC_BURST: '1000000',
  STEADY_BACKUP_IP_PER_MINUTE: '1000000',
  STEADY_BACKUP_IP_BURST: '1000000',
  STEADY_BACKUP_VAULT_PER_MINUTE: '1000000',
  STEADY_BACKUP_VAULT_BURST: '1000000',
} as const;

/**
 * The server's real entry point in its own process, serving `dir` on a free port of
 * 127.0.0.1, with no config file and `env` on top (the relay's store and limits).
 */
export function startServerProcess(
  dir: string,
  env: Record<string, string>,
): Promise<{ child: ChildProcess; port: number }> {
  return new Promise((resolveStart, reject) => {
    // STEADY_BENCH_PROFILE=<folder>: the server writes a V8 CPU profile there as it exits.
    const profile = process.env.STEADY_BENCH_PROFILE;
    const flags = profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : [];
    const child = spawn(process.execPath, [...flags, '--import', TSX, MAIN], {
      cwd: dir,
      env: {
        PATH: process.env.PATH ?? '',
        STEADY_STATIC_DIR: dir,
        STEADY_CONFIG: join(dir, 'none.json'),
        PORT: '0',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const port = /running at http:\/\/localhost:(\d+)/.exec(output)?.[1];
      if (port) resolveStart({ child, port: Number(port) });
    });
    child.on('exit', (code) => reject(new Error(`the server exited (${code}):\n${output}`)));
  });
}
