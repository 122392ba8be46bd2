import type { JournalRecord } from '../model/journal-types.ts';
import { validateJournalRecord } from '../model/journal-validate.ts';
import type { AttachmentMeta } from '../records/journal.ts';
import { canonicalJson, isPlainObject } from '../sync/json.ts';
import { utf8, type Bytes } from '../vault/bytes.ts';
import { chainOrder, hexSha256, linkDigest, versionDigests } from './digest.ts';
import { readZip, writeZip, ZipError, type ZipFile } from './zip.ts';

/*
 * The evidence package (issue 19): one ZIP an advocate's computer opens as it is, with
 * a machine-readable manifest, each entry in its own file, the photos as they are
 * stored, a sheet on how to check it, and what else the caller adds (the report).
 *
 *   manifest.json        format, when it was made, and for each entry: its file, the
 *                        digest of every version, its photos (file, type, size,
 *                        SHA-256), and its link in the chain; then the chain's head
 *   entries/e0001.json   the entry as stored, every version
 *   photos/p0001.jpg     a photo, byte for byte as kept
 *   voice/v0001.webm     a voice note, byte for byte as kept (listed with the photos, by
 *                        its audio type: an entry's digests cover both alike)
 *
 * Names inside say nothing of the app or of what happened. Checking (verifyPackage)
 * recomputes every digest and link from the files and names exactly what does not
 * match: an entry changed (and which version), a photo changed or missing, an entry
 * taken out, put in or moved (the chain breaks at the next entry), entries taken off
 * the end (the head no longer matches), a damaged or unexpected file.
 */

export const PACKAGE_FORMAT = 'evidence-package';
export const PACKAGE_VERSION = 1;
const MANIFEST = 'manifest.json';

export interface EvidencePhoto {
  readonly meta: AttachmentMeta;
  readonly bytes: Uint8Array;
}

export interface PackageInput {
  readonly entries: readonly JournalRecord[];
  /** The photos the entries name, by attachment id; one not here is listed as not kept. */
  readonly photos: ReadonlyMap<string, EvidencePhoto>;
  readonly madeAt: string;
  /** The plain sheet on how to check the package, in the person's language. */
  readonly howToCheck: { readonly name: string; readonly text: string };
  /** Other files to carry (the report as a PDF), named by the caller. */
  readonly extra?: readonly ZipFile[];
}

export interface ManifestPhoto {
  readonly id: string;
  readonly file: string;
  readonly type: string;
  readonly size: number;
  readonly sha256: string;
}

export interface ManifestEntry {
  readonly id: string;
  readonly file: string;
  readonly writtenAt: string;
  readonly versions: readonly string[];
  readonly photos: readonly ManifestPhoto[];
  readonly link: string;
}

export interface Manifest {
  readonly format: typeof PACKAGE_FORMAT;
  readonly version: typeof PACKAGE_VERSION;
  readonly madeAt: string;
  readonly entries: readonly ManifestEntry[];
  readonly chain: { readonly count: number; readonly head: string | null };
  /** Files carried beside the entries and photos (the sheet, the report). */
  readonly files: readonly string[];
}

const pad = (n: number) => String(n).padStart(4, '0');
const EXTENSIONS: Readonly<Record<string, string>> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'audio/webm': 'webm',
  'audio/ogg': 'ogg',
  'audio/mp4': 'm4a',
};
const isAudio = (type: string) => type.startsWith('audio/');

/** Builds the package; the entries may come in any order (they are chained as written). */
export async function buildPackage(
  input: PackageInput,
): Promise<{ bytes: Bytes; manifest: Manifest }> {
  const entries = [...input.entries].sort(chainOrder);
  const files: ZipFile[] = [];
  const photoFiles = new Map<string, ManifestPhoto>();
  let photoCount = 0;
  let voiceCount = 0;
  const listed: ManifestEntry[] = [];
  let prev: string | null = null;
  for (const [i, record] of entries.entries()) {
    const photos: ManifestPhoto[] = [];
    const ids = new Set(record.versions.flatMap((v) => v.content.attachments));
    for (const id of ids) {
      const photo = input.photos.get(id);
      if (photo === undefined) continue;
      let listedPhoto = photoFiles.get(id);
      if (listedPhoto === undefined) {
        const extension = EXTENSIONS[photo.meta.type] ?? 'bin';
        const file = isAudio(photo.meta.type)
          ? `voice/v${pad(++voiceCount)}.${extension}`
          : `photos/p${pad(++photoCount)}.${extension}`;
        listedPhoto = {
          id,
          file,
          type: photo.meta.type,
          size: photo.bytes.length,
          sha256: await hexSha256(photo.bytes),
        };
        photoFiles.set(id, listedPhoto);
        files.push({ name: file, bytes: photo.bytes });
      }
      photos.push(listedPhoto);
    }
    const digestOf = (id: string) => photoFiles.get(id)?.sha256;
    const versions = await versionDigests(record, digestOf);
    const link = await linkDigest(prev, record.id, record.writtenAt, versions);
    const file = `entries/e${pad(i + 1)}.json`;
    files.push({ name: file, bytes: utf8(canonicalJson(record)) });
    listed.push({ id: record.id, file, writtenAt: record.writtenAt, versions, photos, link });
    prev = link;
  }
  const extra = [
    { name: input.howToCheck.name, bytes: utf8(input.howToCheck.text) },
    ...(input.extra ?? []),
  ];
  const manifest: Manifest = {
    format: PACKAGE_FORMAT,
    version: PACKAGE_VERSION,
    madeAt: input.madeAt,
    entries: listed,
    chain: { count: listed.length, head: prev },
    files: extra.map((f) => f.name),
  };
  const manifestBytes = utf8(`${JSON.stringify(manifest, null, 1)}\n`);
  const bytes = writeZip([{ name: MANIFEST, bytes: manifestBytes }, ...extra, ...files]);
  return { bytes, manifest };
}

export type ProblemCode =
  | 'not-a-package'
  | 'manifest-unreadable'
  | 'manifest-damaged'
  | 'file-damaged'
  | 'file-missing'
  | 'unexpected-file'
  | 'entry-unreadable'
  | 'entry-other-id'
  | 'version-changed'
  | 'versions-added-or-removed'
  | 'photo-changed'
  | 'photo-missing'
  | 'chain-broken'
  | 'chain-end-changed';

export interface Problem {
  readonly code: ProblemCode;
  /** The entry it is in, by id, when it is in one. */
  readonly entry?: string;
  /** The version (0 = the first written), for a changed version. */
  readonly version?: number;
  readonly file?: string;
}

export interface Verdict {
  readonly ok: boolean;
  readonly madeAt: string | null;
  readonly entries: number;
  readonly versions: number;
  /** Photos, and apart from them voice notes (attachments of an audio type). */
  readonly photos: number;
  readonly voiceNotes: number;
  /** The chain's head as recomputed from the files (null for no entries or no manifest). */
  readonly head: string | null;
  readonly problems: readonly Problem[];
}

const HEX64 = /^[0-9a-f]{64}$/;
const isText = (v: unknown): v is string => typeof v === 'string';
const isDigest = (v: unknown): v is string => isText(v) && HEX64.test(v);

function readManifest(value: unknown): Manifest | null {
  if (
    !isPlainObject(value) ||
    value.format !== PACKAGE_FORMAT ||
    value.version !== PACKAGE_VERSION
  ) {
    return null;
  }
  const { madeAt, entries, chain, files } = value;
  if (!isText(madeAt) || !Array.isArray(entries) || !isPlainObject(chain)) return null;
  if (!Array.isArray(files) || !files.every(isText)) return null;
  if (typeof chain.count !== 'number' || !(chain.head === null || isDigest(chain.head)))
    return null;
  const list: ManifestEntry[] = [];
  for (const e of entries as unknown[]) {
    if (!isPlainObject(e) || !isText(e.id) || !isText(e.file) || !isText(e.writtenAt)) return null;
    if (!isDigest(e.link) || !Array.isArray(e.versions) || !e.versions.every(isDigest)) return null;
    if (!Array.isArray(e.photos)) return null;
    const photos: ManifestPhoto[] = [];
    for (const p of e.photos as unknown[]) {
      if (!isPlainObject(p) || !isText(p.id) || !isText(p.file) || !isText(p.type)) return null;
      if (typeof p.size !== 'number' || !isDigest(p.sha256)) return null;
      photos.push({ id: p.id, file: p.file, type: p.type, size: p.size, sha256: p.sha256 });
    }
    list.push({
      id: e.id,
      file: e.file,
      writtenAt: e.writtenAt,
      versions: [...e.versions],
      photos,
      link: e.link,
    });
  }
  return {
    format: PACKAGE_FORMAT,
    version: PACKAGE_VERSION,
    madeAt,
    entries: list,
    chain: { count: chain.count, head: chain.head },
    files: [...files],
  };
}

const refused = (code: ProblemCode): Verdict => ({
  ok: false,
  madeAt: null,
  entries: 0,
  versions: 0,
  photos: 0,
  voiceNotes: 0,
  head: null,
  problems: [{ code }],
});

/** Checks a package from its bytes: every digest, link and file. Never throws for bad input. */
export async function verifyPackage(bytes: Uint8Array): Promise<Verdict> {
  let zipped: ZipFile[];
  try {
    zipped = readZip(bytes);
  } catch (error) {
    if (error instanceof ZipError) return refused('not-a-package');
    throw error;
  }
  const byName = new Map(zipped.map((f) => [f.name, f]));
  const manifestFile = byName.get(MANIFEST);
  if (manifestFile === undefined) return refused('not-a-package');
  let manifest: Manifest | null = null;
  try {
    manifest = readManifest(
      JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(manifestFile.bytes)),
    );
  } catch {
    manifest = null;
  }
  if (manifest === null)
    return refused(manifestFile.damaged === true ? 'manifest-damaged' : 'manifest-unreadable');
  const problems: Problem[] = [];
  // The manifest's bytes were changed, yet it reads: the checks below say where.
  if (manifestFile.damaged === true) problems.push({ code: 'manifest-damaged', file: MANIFEST });
  const expected = new Set<string>([MANIFEST, ...manifest.files]);
  for (const name of manifest.files) {
    const file = byName.get(name);
    if (file === undefined) problems.push({ code: 'file-missing', file: name });
    else if (file.damaged === true) problems.push({ code: 'file-damaged', file: name });
  }
  // Photos: each file once, its digest recomputed.
  const photoOk = new Map<string, boolean>();
  const voiceFiles = new Set<string>();
  let versions = 0;
  let prev: string | null = null;
  let lastWrittenAt = '';
  let lastId = '';
  for (const entry of manifest.entries) {
    versions += entry.versions.length;
    for (const photo of entry.photos) {
      expected.add(photo.file);
      if (isAudio(photo.type)) voiceFiles.add(photo.file);
      if (!photoOk.has(photo.file)) {
        const file = byName.get(photo.file);
        const ok =
          file !== undefined &&
          photo.size === file.bytes.length &&
          (await hexSha256(file.bytes)) === photo.sha256;
        photoOk.set(photo.file, ok);
        if (file === undefined)
          problems.push({ code: 'photo-missing', entry: entry.id, file: photo.file });
        else if (!ok) problems.push({ code: 'photo-changed', entry: entry.id, file: photo.file });
      }
    }
    expected.add(entry.file);
    const file = byName.get(entry.file);
    let record: JournalRecord | null = null;
    if (file === undefined) {
      problems.push({ code: 'file-missing', entry: entry.id, file: entry.file });
    } else {
      try {
        const checked = validateJournalRecord(
          JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(file.bytes)),
        );
        record = checked.ok ? checked.value : null;
      } catch {
        record = null;
      }
      if (record === null)
        problems.push({ code: 'entry-unreadable', entry: entry.id, file: entry.file });
      else if (record.id !== entry.id || record.writtenAt !== entry.writtenAt) {
        problems.push({ code: 'entry-other-id', entry: entry.id, file: entry.file });
        record = null;
      }
    }
    if (record !== null) {
      const sha = new Map(entry.photos.map((p) => [p.id, p.sha256]));
      const digests = await versionDigests(record, (id) => sha.get(id));
      const first = digests.findIndex((d, i) => d !== entry.versions[i]);
      if (
        digests.length !== entry.versions.length &&
        (first === -1 || first >= Math.min(digests.length, entry.versions.length))
      ) {
        problems.push({ code: 'versions-added-or-removed', entry: entry.id, file: entry.file });
      } else if (first !== -1) {
        problems.push({
          code: 'version-changed',
          entry: entry.id,
          version: first,
          file: entry.file,
        });
      }
    }
    // The link, from the manifest's own digests: a break means something before moved.
    const inOrder =
      lastId === '' || chainOrder({ writtenAt: lastWrittenAt, id: lastId }, entry) < 0;
    const link = await linkDigest(prev, entry.id, entry.writtenAt, entry.versions);
    if (link !== entry.link || !inOrder) problems.push({ code: 'chain-broken', entry: entry.id });
    prev = entry.link;
    lastWrittenAt = entry.writtenAt;
    lastId = entry.id;
  }
  const head = manifest.entries.at(-1)?.link ?? null;
  if (manifest.chain.count !== manifest.entries.length || manifest.chain.head !== head) {
    problems.push({ code: 'chain-end-changed' });
  }
  for (const file of zipped) {
    if (!expected.has(file.name)) problems.push({ code: 'unexpected-file', file: file.name });
    else if (
      file.damaged === true &&
      file.name !== MANIFEST &&
      !problems.some((p) => p.file === file.name)
    ) {
      problems.push({ code: 'file-damaged', file: file.name });
    }
  }
  return {
    ok: problems.length === 0,
    madeAt: manifest.madeAt,
    entries: manifest.entries.length,
    versions,
    photos: photoOk.size - voiceFiles.size,
    voiceNotes: voiceFiles.size,
    head,
    problems,
  };
}
