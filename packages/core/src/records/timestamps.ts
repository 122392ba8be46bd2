import { failed, ok, type Issues } from '../schema/issues.ts';
import { field, idAt, intAt, instantAt, objectAt, textAt } from '../schema/read.ts';
import { defineKind } from './kind.ts';

/*
 * Trusted timestamps (issue 19): what a time-stamping authority signed for one version
 * of a journal entry. Only the version's digest (evidence/digest.ts) ever left the
 * device; the token that came back says the digest existed no later than `time`, and is
 * kept whole so anyone can check it again (timestamp/index.ts, `openssl ts -verify`).
 */

export const RECEIPT_LIMITS = {
  /** A journal entry's id, as the journal allows it (model/journal-validate.ts). */
  entryId: 128,
  /** Versions of one entry; far beyond what a person writes. */
  versions: 100_000,
  /** Base64 of a DER token with its certificate: a few kilobytes; 64 KiB at most. */
  token: 65_536,
  authority: 200,
} as const;

export interface TimestampReceipt {
  /** `<entry>-<version>`, so each version has at most one receipt. */
  readonly id: string;
  /** The journal entry's id. */
  readonly entry: string;
  /** The version's place in the entry, 0 for the one first written. */
  readonly version: number;
  /** The version's SHA-256 digest, 64 lowercase hex digits: all that was sent. */
  readonly digest: string;
  /** The TimeStampToken (DER), base64. */
  readonly token: string;
  /** When the authority says the digest existed (ISO 8601 instant, read from the token). */
  readonly time: string;
  /** Who says so: the authority's name, read from its certificate in the token. */
  readonly authority: string;
}

export const receiptId = (entry: string, version: number): string => `${entry}-${version}`;

const DIGEST = /^[0-9a-f]{64}$/;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const FIELDS = ['id', 'entry', 'version', 'digest', 'token', 'time', 'authority'];

/**
 * Checks a stored receipt. Stable codes: 'unknown-field', 'required', 'wrong-type',
 * 'invalid-id', 'out-of-range', 'pattern' (digest, token), 'empty' and 'too-long'
 * (token, authority), 'unsafe-text' (authority), 'invalid-instant' (time), 'mismatch'
 * (an id that is not `<entry>-<version>`).
 */
export function parseReceipt(value: unknown) {
  const issues: Issues = [];
  const o = objectAt(value, '', issues, FIELDS);
  if (o === undefined) return failed(issues);
  const id = textAt(field(o, 'id'), 'id', issues, { max: RECEIPT_LIMITS.entryId + 8 });
  const entry = idAt(field(o, 'entry'), 'entry', issues, RECEIPT_LIMITS.entryId);
  const version = intAt(field(o, 'version'), 'version', issues, 0, RECEIPT_LIMITS.versions);
  const digest = textAt(field(o, 'digest'), 'digest', issues, {
    max: 64,
    pattern: DIGEST,
    patternMessage: 'must be a SHA-256 digest in lowercase hex',
  });
  const token = textAt(field(o, 'token'), 'token', issues, {
    max: RECEIPT_LIMITS.token,
    nonBlank: true,
    pattern: BASE64,
    patternMessage: 'must be base64',
  });
  const time = instantAt(field(o, 'time'), 'time', issues);
  const authority = textAt(field(o, 'authority'), 'authority', issues, {
    max: RECEIPT_LIMITS.authority,
    safe: true,
    wellFormed: true,
  });
  if (id !== undefined && entry !== undefined && version !== undefined) {
    if (id !== receiptId(entry, version)) {
      issues.push({ path: 'id', code: 'mismatch', message: 'must be <entry>-<version>' });
    }
  }
  if (
    issues.length > 0 ||
    id === undefined ||
    entry === undefined ||
    version === undefined ||
    digest === undefined ||
    token === undefined ||
    time === undefined ||
    authority === undefined
  ) {
    return failed(issues);
  }
  return ok<TimestampReceipt>({ id, entry, version, digest, token, time, authority });
}

/**
 * A receipt for one version of a journal entry. Content: backed up and synced, so
 * every device of the person shows it; two devices that each got one for the same
 * version keep one of them (either is as good).
 */
export const timestampReceipt = /* @__PURE__ */ defineKind<TimestampReceipt>({
  name: 'timestamp receipt',
  kind: 'timestamp-receipt',
  version: 1,
  scope: 'content',
  parse: parseReceipt,
  migrate: {},
  merge: { strategy: 'fields', conflictCopies: [] },
  idOf: (receipt) => receipt.id,
});
