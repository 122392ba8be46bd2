import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

async function files(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const nested = await Promise.all(
    entries.map((entry) => {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) return files(full);
      return Promise.resolve(entry.isFile() ? [full] : []);
    }),
  );
  return nested.flat();
}

/**
 * Looks through every file of a closed browser profile for each marker, as UTF-8
 * and as UTF-16 (little- and big-endian): the encodings Chromium writes strings in.
 * Returns "file: marker" for every hit.
 */
export async function searchProfile(
  profileDir: string,
  markers: readonly string[],
): Promise<string[]> {
  const needles = markers.flatMap((marker) => [
    { marker, bytes: Buffer.from(marker, 'utf8') },
    { marker, bytes: Buffer.from(marker, 'utf16le') },
    { marker, bytes: Buffer.from(marker, 'utf16le').swap16() },
  ]);
  const hits: string[] = [];
  for (const file of await files(profileDir)) {
    const content = await readFile(file).catch(() => Buffer.alloc(0));
    for (const { marker, bytes } of needles) {
      if (content.includes(bytes)) hits.push(`${relative(profileDir, file)}: ${marker}`);
    }
  }
  return [...new Set(hits)];
}

/** Files of a closed profile that hold any of `needles` as raw bytes (image data, say). */
export async function profileHasBytes(
  profileDir: string,
  needles: readonly Buffer[],
): Promise<string[]> {
  const hits: string[] = [];
  for (const file of await files(profileDir)) {
    const content = await readFile(file).catch(() => Buffer.alloc(0));
    for (const needle of needles) if (content.includes(needle)) hits.push(file);
  }
  return hits;
}
