import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticFile {
  body: Buffer;
  type: string;
  /** The body gzipped, for a text type (the app's HTML, script, styles, manifest). */
  gzipped?: Buffer;
}

/** Text compresses to about a third; images and WebAssembly are left as they are. */
const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json)|image\/svg\+xml)/;

/**
 * Each file gzipped once, kept by path with the size and time it had then, so a file
 * replaced on disk is compressed again. The app's files are public and carry no secret
 * nor anything a request put in them, so compressing them leaks nothing (BREACH needs
 * both).
 */
const gzipped = new Map<string, { size: number; mtimeMs: number; body: Buffer }>();

function gzipOf(full: string, info: { size: number; mtimeMs: number }, body: Buffer): Buffer {
  const kept = gzipped.get(full);
  if (kept && kept.size === info.size && kept.mtimeMs === info.mtimeMs) return kept.body;
  const made = gzipSync(body, { level: 9 });
  gzipped.set(full, { size: info.size, mtimeMs: info.mtimeMs, body: made });
  return made;
}

/**
 * Reads a file of the built app, refusing any path that would leave its folder.
 * Returns undefined for anything that is not a regular file inside `root`.
 */
export async function readStatic(root: string, urlPath: string): Promise<StaticFile | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const full = normalize(join(root, decoded));
  if (full !== root && !full.startsWith(root.endsWith(sep) ? root : root + sep)) return undefined;
  try {
    const info = await stat(full);
    if (!info.isFile()) return undefined;
    const body = await readFile(full);
    const type = TYPES[extname(full).toLowerCase()] ?? 'application/octet-stream';
    return COMPRESSIBLE.test(type)
      ? { body, type, gzipped: gzipOf(full, info, body) }
      : { body, type };
  } catch {
    return undefined;
  }
}
