import type { CourtDetails, JournalRecord } from '../model/journal-types.ts';
import { validateJournalRecord } from '../model/journal-validate.ts';
import type { AttachmentMeta } from '../records/journal.ts';
import { canonicalJson, isPlainObject } from '../sync/json.ts';
import { checkTimestampToken, tokenCertificate } from '../timestamp/index.ts';
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
 * Format 2 adds, to each entry, the receipts of its versions from a time-stamping
 * authority (RFC 3161 tokens, base64; records/timestamps.ts), and once, at the top, the
 * certificate of each authority that signed one; checking verifies every receipt
 * against its version's digest and that certificate. Format 1 (no receipts) still checks.
 *
 * Names inside say nothing of the app or of what happened. Checking (verifyPackage)
 * recomputes every digest and link from the files and names exactly what does not
 * match: an entry changed (and which version), a photo changed or missing, an entry
 * taken out, put in or moved (the chain breaks at the next entry), entries taken off
 * the end (the head no longer matches), a damaged or unexpected file.
 */

export const PACKAGE_FORMAT = 'evidence-package';
export const PACKAGE_VERSION = 2;
/** The versions verifyPackage reads: 1 had no receipts. */
const READS = [1, 2] as const;
const MANIFEST = 'manifest.json';

export interface EvidencePhoto {
  readonly meta: AttachmentMeta;
  readonly bytes: Uint8Array;
}

/** A time-stamping authority's receipt for one version of an entry. */
export interface EvidenceReceipt {
  /** The version's place in the entry, 0 for the first written. */
  readonly version: number;
  /** The TimeStampToken, DER, carrying the authority's certificate. */
  readonly token: Uint8Array;
}

export interface PackageInput {
  readonly entries: readonly JournalRecord[];
  /** Receipts by entry id; one whose token does not check for its version is left out. */
  readonly receipts?: ReadonlyMap<string, readonly EvidenceReceipt[]>;
  /** The photos the entries name, by attachment id; one not here is listed as not kept. */
  readonly photos: ReadonlyMap<string, EvidencePhoto>;
  readonly madeAt: string;
  /** The plain sheet on how to check the package, in the person's language. */
  readonly howToCheck: { readonly name: string; readonly text: string };
  /**
   * Other files to carry (the report as a PDF), named by the caller; or a function
   * that makes them once the entries are listed (a PDF that prints each digest).
   */
  readonly extra?:
    readonly ZipFile[] | ((entries: readonly ManifestEntry[]) => Promise<readonly ZipFile[]>);
}

export interface ManifestPhoto {
  readonly id: string;
  readonly file: string;
  readonly type: string;
  readonly size: number;
  readonly sha256: string;
}

export interface ManifestReceipt {
  readonly version: number;
  /** What the token says, for a reader; checking reads them from the token again. */
  readonly time: string;
  readonly authority: number;
  /** The TimeStampToken, DER, base64. */
  readonly token: string;
}

export interface ManifestAuthority {
  /** Its name, as its certificate gives it. */
  readonly name: string;
  /** SHA-256 of its certificate's DER, to compare with the one it publishes. */
  readonly sha256: string;
  /** Its certificate, DER, base64. */
  readonly certificate: string;
}

export interface ManifestEntry {
  readonly id: string;
  readonly file: string;
  readonly writtenAt: string;
  readonly versions: readonly string[];
  readonly photos: readonly ManifestPhoto[];
  readonly link: string;
  /** Format 2: receipts of its versions, by version; none in format 1. */
  readonly receipts: readonly ManifestReceipt[];
  /**
   * The details for a court or advocate of its last version, for a reader, when it has
   * some (absent otherwise); checking compares them with the entry's file.
   */
  readonly details?: CourtDetails;
}

export interface Manifest {
  readonly format: typeof PACKAGE_FORMAT;
  readonly version: (typeof READS)[number];
  readonly madeAt: string;
  readonly entries: readonly ManifestEntry[];
  /** Format 2: every authority that signed a receipt, once; entries name them by place. */
  readonly authorities: readonly ManifestAuthority[];
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
const toBase64 = (bytes: Uint8Array): string => {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(text);
};
/** A receipt's token checked for `digest` with `certificate`; a token that throws is refused. */
const checkReceipt = (token: Uint8Array, digest: string, certificate: Uint8Array) =>
  checkTimestampToken(token, digest, undefined, certificate).catch(() => ({ ok: false }) as const);
const fromBase64 = (text: string): Uint8Array | undefined => {
  try {
    return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
};

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
  const authorities: ManifestAuthority[] = [];
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
    const receipts: ManifestReceipt[] = [];
    const given = [...(input.receipts?.get(record.id) ?? [])].sort((a, b) => a.version - b.version);
    for (const receipt of given) {
      const digest = versions[receipt.version];
      const certificate = tokenCertificate(receipt.token);
      if (digest === undefined || certificate === undefined) continue;
      if (receipts.some((r) => r.version === receipt.version)) continue;
      const checked = await checkReceipt(receipt.token, digest, certificate);
      if (!checked.ok) continue;
      const sha256 = await hexSha256(certificate);
      let authority = authorities.findIndex((a) => a.sha256 === sha256);
      if (authority === -1) {
        authority = authorities.length;
        authorities.push({
          name: checked.receipt.authority,
          sha256,
          certificate: toBase64(certificate),
        });
      }
      receipts.push({
        version: receipt.version,
        time: checked.receipt.time,
        authority,
        token: toBase64(receipt.token),
      });
    }
    const file = `entries/e${pad(i + 1)}.json`;
    files.push({ name: file, bytes: utf8(canonicalJson(record)) });
    const details = record.versions.at(-1)?.content.details;
    listed.push({
      id: record.id,
      file,
      writtenAt: record.writtenAt,
      versions,
      photos,
      link,
      receipts,
      ...(details ? { details } : {}),
    });
    prev = link;
  }
  const extra = [
    { name: input.howToCheck.name, bytes: utf8(input.howToCheck.text) },
    ...(typeof input.extra === 'function' ? await input.extra(listed) : (input.extra ?? [])),
  ];
  const manifest: Manifest = {
    format: PACKAGE_FORMAT,
    version: PACKAGE_VERSION,
    madeAt: input.madeAt,
    entries: listed,
    authorities,
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
  | 'chain-end-changed'
  /** A receipt that does not check for its version's digest with its authority's certificate. */
  | 'receipt-invalid';

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
  /** Receipts from a time-stamping authority, every one listed (0 in format 1). */
  readonly receipts: number;
  /** The chain's head as recomputed from the files (null for no entries or no manifest). */
  readonly head: string | null;
  readonly problems: readonly Problem[];
}

const HEX64 = /^[0-9a-f]{64}$/;
const isText = (v: unknown): v is string => typeof v === 'string';
const isDigest = (v: unknown): v is string => isText(v) && HEX64.test(v);

const isIndex = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

function readAuthorities(value: unknown): ManifestAuthority[] | null {
  if (!Array.isArray(value)) return null;
  const list: ManifestAuthority[] = [];
  for (const a of value as unknown[]) {
    if (!isPlainObject(a) || !isText(a.name) || !isDigest(a.sha256) || !isText(a.certificate)) {
      return null;
    }
    list.push({ name: a.name, sha256: a.sha256, certificate: a.certificate });
  }
  return list;
}

function readReceipts(value: unknown): ManifestReceipt[] | null {
  if (!Array.isArray(value)) return null;
  const list: ManifestReceipt[] = [];
  for (const r of value as unknown[]) {
    if (!isPlainObject(r) || !isIndex(r.version) || !isIndex(r.authority)) return null;
    if (!isText(r.time) || !isText(r.token)) return null;
    list.push({ version: r.version, time: r.time, authority: r.authority, token: r.token });
  }
  return list;
}

function readManifest(value: unknown): Manifest | null {
  if (!isPlainObject(value) || value.format !== PACKAGE_FORMAT) return null;
  const format = READS.find((v) => v === value.version);
  if (format === undefined) return null;
  const { madeAt, entries, chain, files } = value;
  // Format 1 had no receipts; in format 2 both lists are there, even when empty.
  const authorities = format === 1 ? [] : readAuthorities(value.authorities);
  if (authorities === null) return null;
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
    const receipts = format === 1 ? [] : readReceipts(e.receipts);
    if (receipts === null) return null;
    // The details as the manifest says them: text, read as it is (compared with the entry).
    const details = e.details;
    if (details !== undefined && !(isPlainObject(details) && Object.values(details).every(isText)))
      return null;
    list.push({
      id: e.id,
      file: e.file,
      writtenAt: e.writtenAt,
      versions: [...e.versions],
      photos,
      link: e.link,
      receipts,
      ...(details !== undefined ? { details: details as CourtDetails } : {}),
    });
  }
  return {
    format: PACKAGE_FORMAT,
    version: format,
    madeAt,
    entries: list,
    authorities,
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
  receipts: 0,
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
  let receipts = 0;
  const certificates = manifest.authorities.map((a) => fromBase64(a.certificate));
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
      } else if (
        canonicalJson(entry.details ?? null) !==
        canonicalJson(record.versions.at(-1)?.content.details ?? null)
      ) {
        // The entry reads as its digests say, but the manifest tells its details otherwise.
        problems.push({
          code: 'version-changed',
          entry: entry.id,
          version: record.versions.length - 1,
          file: MANIFEST,
        });
      }
    }
    // Receipts: each token, for its version's digest as listed (a changed version is
    // named above), signed with its authority's certificate as included, saying the time
    // the manifest says. A listed certificate that is not what the authority is known to
    // publish is for the reader to compare (its SHA-256 is beside it).
    const seenVersions = new Set<number>();
    for (const receipt of entry.receipts) {
      receipts += 1;
      const digest = entry.versions[receipt.version];
      const token = fromBase64(receipt.token);
      const certificate = certificates[receipt.authority];
      const authority = manifest.authorities[receipt.authority];
      const checked =
        digest === undefined || token === undefined || certificate === undefined
          ? null
          : await checkReceipt(token, digest, certificate);
      const sha = certificate === undefined ? undefined : await hexSha256(certificate);
      if (
        checked?.ok !== true ||
        checked.receipt.time !== receipt.time ||
        sha !== authority?.sha256 ||
        seenVersions.has(receipt.version)
      ) {
        problems.push({
          code: 'receipt-invalid',
          entry: entry.id,
          version: receipt.version,
        });
      }
      seenVersions.add(receipt.version);
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
    receipts,
    head,
    problems,
  };
}
