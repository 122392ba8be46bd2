import { readZip } from '@steady/core/evidence';

/** How an entry is named to the reader: the day it happened and its first words. */
export interface EntryName {
  readonly date: string;
  readonly words: string;
}

const FIRST_WORDS = 8;
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function firstWords(text: string): string {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const shown = words.slice(0, FIRST_WORDS).join(' ');
  return words.length > FIRST_WORDS ? `${shown}…` : shown;
}

/**
 * The entries' names, by id, from the files that still read (a changed file may still
 * read: that is how the reader knows which entry it is). Bad input gives an empty map:
 * the problems then name entries by their id. Only reads: never trusted for the verdict.
 */
export function entryNames(bytes: Uint8Array): Map<string, EntryName> {
  const names = new Map<string, EntryName>();
  let files;
  try {
    files = new Map(readZip(bytes).map((f) => [f.name, f.bytes]));
  } catch {
    // Not a zip: the verdict says so; the problems are then named without entries.
    return names;
  }
  const json = (name: string): unknown => {
    const file = files.get(name);
    if (file === undefined) return undefined;
    try {
      return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(file));
    } catch {
      // A file that does not read names nothing: the verdict names its entry by id.
      return undefined;
    }
  };
  const manifest = json('manifest.json');
  if (!isObject(manifest) || !Array.isArray(manifest.entries)) return names;
  for (const listed of manifest.entries as unknown[]) {
    if (!isObject(listed) || typeof listed.id !== 'string' || typeof listed.file !== 'string')
      continue;
    const record = json(listed.file);
    if (!isObject(record) || !Array.isArray(record.versions)) continue;
    const last: unknown = record.versions.at(-1);
    const content = isObject(last) ? last.content : undefined;
    if (!isObject(content) || !isObject(content.occurred)) continue;
    const { date } = content.occurred;
    if (typeof date !== 'string' || typeof content.what !== 'string') continue;
    names.set(listed.id, { date, words: firstWords(content.what) });
  }
  return names;
}

/**
 * The report the package carries as a PDF (report.pdf, informe.pdf: at its top level,
 * starting as a PDF does), or null: a package made before it had one, or not a zip.
 */
export function reportFile(bytes: Uint8Array): { name: string; bytes: Uint8Array } | null {
  try {
    const found = readZip(bytes).find(
      (file) =>
        !file.name.includes('/') &&
        file.name.endsWith('.pdf') &&
        new TextDecoder().decode(file.bytes.subarray(0, 5)) === '%PDF-',
    );
    return found ? { name: found.name, bytes: found.bytes } : null;
  } catch {
    // Not a zip: the verdict says so.
    return null;
  }
}
