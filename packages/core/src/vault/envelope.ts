import { IV_BYTES, TAG_BYTES } from './aead.ts';
import { concat, utf8, type Bytes } from './bytes.ts';
import { CorruptError } from './errors.ts';

/*
 * Record envelope, version 1:
 *
 *   offset  size  field
 *   0       1     envelope version (1)
 *   1       1     algorithm (1 = AES-256-GCM, 128-bit tag)
 *   2       12    IV, fresh and random for every encryption
 *   14      n+16  ciphertext of the padded plaintext, then the GCM tag
 *
 * Additional data, authenticated but not stored:
 *   "steady/record" | version | algorithm | kind tag (32 ASCII) | record name (32 ASCII)
 * The tag and the name are HMACs of the kind and of (kind, id), so an envelope moved to
 * another id or kind, or re-labelled with another version, fails authentication.
 */

export const ENVELOPE_VERSION = 1;
export const ALG_AES_256_GCM = 1;
const HEADER_BYTES = 2;
export const MIN_ENVELOPE_BYTES = HEADER_BYTES + IV_BYTES + TAG_BYTES;
const AAD_LABEL = utf8('steady/record');

export type Envelope = { readonly iv: Bytes; readonly sealed: Bytes };

export function encodeEnvelope({ iv, sealed }: Envelope): Bytes {
  if (iv.length !== IV_BYTES || sealed.length < TAG_BYTES) throw new RangeError('bad envelope');
  return concat(Uint8Array.of(ENVELOPE_VERSION, ALG_AES_256_GCM), iv, sealed);
}

export function decodeEnvelope(bytes: Uint8Array): Envelope {
  if (bytes.length < MIN_ENVELOPE_BYTES) throw new CorruptError('record too short');
  if (bytes[0] !== ENVELOPE_VERSION) throw new CorruptError('unknown record version');
  if (bytes[1] !== ALG_AES_256_GCM) throw new CorruptError('unknown record algorithm');
  return {
    iv: bytes.slice(HEADER_BYTES, HEADER_BYTES + IV_BYTES),
    sealed: bytes.slice(HEADER_BYTES + IV_BYTES),
  };
}

export function recordAad(tag: string, name: string): Bytes {
  return concat(AAD_LABEL, Uint8Array.of(ENVELOPE_VERSION, ALG_AES_256_GCM), utf8(tag), utf8(name));
}
