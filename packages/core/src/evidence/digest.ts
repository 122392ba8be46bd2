import { sha256 } from '../crypto/webcrypto.ts';
import type { JournalRecord } from '../model/journal-types.ts';
import { canonicalJson } from '../sync/json.ts';
import { toHex, utf8 } from '../vault/bytes.ts';

/*
 * Digests that show whether a record of what happened was changed (issue 19). Each
 * version of an entry has a SHA-256 digest over a canonical encoding (JSON with sorted
 * keys, UTF-8) of the entry's id, the version's place, its time and content, the
 * digests of the photos it names, and the digest of the version before it; so changing,
 * adding or taking away any version changes the digest of every version after it.
 * Entries are then linked in the order they were written: each link is a digest of
 * the one before it and of the entry's last version digest, so taking an entry out,
 * putting one in, or moving one breaks every link from there on, and the last link
 * (the chain's head) stands for the whole record.
 *
 * A digest proves nothing alone to someone who could recompute them all: what makes
 * them count is a copy kept elsewhere (the head printed in the report, a receipt from
 * a timestamp service).
 */

/** Domain names, so a digest of one kind can never be taken for one of another. */
const VERSION_DOMAIN = 'steady-evidence/version/1';
const LINK_DOMAIN = 'steady-evidence/link/1';

export const hexSha256 = async (bytes: Uint8Array): Promise<string> =>
  toHex(await sha256(new Uint8Array(bytes)));

/** The digest of one version: what it says, its place, the photos it names, the one before. */
export async function versionDigest(
  record: JournalRecord,
  index: number,
  photoDigest: (id: string) => string | undefined,
  prev: string | null,
): Promise<string> {
  const version = record.versions[index];
  if (version === undefined) throw new RangeError('no such version');
  const photos = version.content.attachments.map((id) => ({ id, sha256: photoDigest(id) ?? null }));
  return hexSha256(
    utf8(
      canonicalJson({
        d: VERSION_DOMAIN,
        entry: record.id,
        n: index,
        editedAt: version.editedAt,
        content: version.content,
        photos,
        prev,
      }),
    ),
  );
}

/** Every version's digest, oldest first, each chained to the one before. */
export async function versionDigests(
  record: JournalRecord,
  photoDigest: (id: string) => string | undefined,
): Promise<string[]> {
  const out: string[] = [];
  for (let i = 0; i < record.versions.length; i++) {
    out.push(await versionDigest(record, i, photoDigest, out[i - 1] ?? null));
  }
  return out;
}

/** The link of one entry into the vault's chain. */
export function linkDigest(
  prev: string | null,
  entry: string,
  writtenAt: string,
  versions: readonly string[],
): Promise<string> {
  return hexSha256(
    utf8(
      canonicalJson({
        d: LINK_DOMAIN,
        prev,
        entry,
        writtenAt,
        last: versions.at(-1) ?? null,
        count: versions.length,
      }),
    ),
  );
}

/** The order entries are chained in: as they were first written, then by id. */
export const chainOrder = (
  a: { writtenAt: string; id: string },
  b: { writtenAt: string; id: string },
): number =>
  a.writtenAt < b.writtenAt
    ? -1
    : a.writtenAt > b.writtenAt
      ? 1
      : a.id < b.id
        ? -1
        : a.id > b.id
          ? 1
          : 0;
