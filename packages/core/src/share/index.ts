// One-time shares (@steady/core/share): a report handed to an advocate through the
// relay. The bytes are sealed with a fresh random 256-bit key (AES-256-GCM, through
// crypto/webcrypto.ts) that only the link's fragment holds: the relay stores what it
// cannot read, and a browser never sends a fragment. Imports no vault code, so the
// advocate's page (open.html) stays small and holds no vault.
import { importAesGcmKey } from '../crypto/webcrypto.ts';
import { IV_BYTES, open, seal } from '../vault/aead.ts';
import { concat, randomBytes, utf8, wipe, type Bytes } from '../vault/bytes.ts';

export const SHARE_KEY_BYTES = 32;
/** The first byte of a sealed share: its format, so a later one can be told apart. */
const FORMAT = 1;
/** Bound into the tag, so these bytes open as a share and as nothing else. */
const AAD = utf8('one-time share, format 1');
/** A share id as the relay makes it: 128 bits as 32 lowercase hex digits. */
const SHARE_ID = /^[0-9a-f]{32}$/;
/** 256 bits as base64url without padding: 43 characters, the last of a restricted set. */
const SHARE_KEY = /^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$/;

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** The bytes of unpadded base64url text (the caller checks its shape). */
export function fromBase64Url(text: string): Bytes {
  const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

/** `plain` sealed under a fresh key; the key as base64url, for the link's fragment. */
export async function sealShare(plain: Uint8Array): Promise<{ sealed: Bytes; key: string }> {
  const raw = randomBytes(SHARE_KEY_BYTES);
  const key = toBase64Url(raw);
  const cryptoKey = await importAesGcmKey(raw, ['encrypt']);
  wipe(raw);
  const header = Uint8Array.of(FORMAT);
  const { iv, sealed } = await seal(cryptoKey, new Uint8Array(plain), concat(header, AAD));
  return { sealed: concat(header, iv, sealed), key };
}

/**
 * The bytes sealShare sealed, or null when they do not open with this key: a wrong or
 * damaged key, changed bytes, or not a share at all.
 */
export async function openShare(sealed: Uint8Array, key: string): Promise<Bytes | null> {
  if (!SHARE_KEY.test(key) || sealed.length < 1 + IV_BYTES + 16 || sealed[0] !== FORMAT) {
    return null;
  }
  const raw = fromBase64Url(key);
  const cryptoKey = await importAesGcmKey(raw, ['decrypt']);
  wipe(raw);
  const header = sealed.subarray(0, 1);
  const iv = new Uint8Array(sealed.subarray(1, 1 + IV_BYTES));
  return open(cryptoKey, iv, new Uint8Array(sealed.subarray(1 + IV_BYTES)), concat(header, AAD));
}

/** The link an advocate opens: the page's address, then the id and key in the fragment. */
export function shareUrl(origin: string, id: string, key: string): string {
  return `${origin.replace(/\/+$/, '')}/open.html#${id}.${key}`;
}

/** The id and key in a link's fragment ('#<id>.<key>'), or null when it is not one. */
export function parseShareFragment(fragment: string): { id: string; key: string } | null {
  const [id, key, ...rest] = fragment.replace(/^#/, '').split('.');
  if (rest.length > 0 || id === undefined || key === undefined) return null;
  return SHARE_ID.test(id) && SHARE_KEY.test(key) ? { id, key } : null;
}
