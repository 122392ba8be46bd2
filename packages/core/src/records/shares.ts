import { failed, ok, type Issues } from '../schema/issues.ts';
import { field, instantAt, intAt, objectAt } from '../schema/read.ts';
import { defineKind } from './kind.ts';

/**
 * A link made on this device to hand a report to an advocate through the relay
 * (core/share): what Settings lists, and the token it revokes the share with. The
 * link's key is not kept: it was shown once, to be copied. Its id is the share's id.
 */
export interface ShareLink {
  /** The relay's id of the share: 32 lowercase hex digits. */
  readonly shareId: string;
  /** The token the relay gave to revoke it: 64 lowercase hex digits. */
  readonly token: string;
  readonly madeAt: string;
  readonly expiresAt: string;
  /** Downloads the relay allows, from 1 to 5. */
  readonly downloads: number;
  /** Entries in the package shared. */
  readonly entries: number;
  /** When the person revoked it from here (ISO), or null. */
  readonly revokedAt: string | null;
}

const FIELDS = ['shareId', 'token', 'madeAt', 'expiresAt', 'downloads', 'entries', 'revokedAt'];

function hexAt(value: unknown, path: string, issues: Issues, digits: number): string | undefined {
  if (typeof value === 'string' && value.length === digits && /^[0-9a-f]+$/.test(value)) {
    return value;
  }
  issues.push({ path, code: 'pattern', message: `must be ${digits} lowercase hex digits` });
  return undefined;
}

export const shareLink = /* @__PURE__ */ defineKind<ShareLink>({
  name: 'shared link',
  kind: 'share-link',
  version: 1,
  scope: 'local',
  parse(value) {
    const issues: Issues = [];
    const o = objectAt(value, '', issues, FIELDS);
    if (o === undefined) return failed(issues);
    const shareId = hexAt(field(o, 'shareId'), 'shareId', issues, 32);
    const token = hexAt(field(o, 'token'), 'token', issues, 64);
    const madeAt = instantAt(field(o, 'madeAt'), 'madeAt', issues);
    const expiresAt = instantAt(field(o, 'expiresAt'), 'expiresAt', issues);
    const downloads = intAt(field(o, 'downloads'), 'downloads', issues, 1, 5);
    const entries = intAt(field(o, 'entries'), 'entries', issues, 0, 1_000_000);
    const revoked = field(o, 'revokedAt');
    const revokedAt = revoked === null ? null : instantAt(revoked, 'revokedAt', issues);
    if (
      issues.length > 0 ||
      shareId === undefined ||
      token === undefined ||
      madeAt === undefined ||
      expiresAt === undefined ||
      downloads === undefined ||
      entries === undefined ||
      revokedAt === undefined
    ) {
      return failed(issues);
    }
    return ok({ shareId, token, madeAt, expiresAt, downloads, entries, revokedAt });
  },
  migrate: {},
  idOf: (value) => value.shareId,
});
