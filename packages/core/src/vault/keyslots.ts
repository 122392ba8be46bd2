import { hmacSign, hmacVerify, importHmacKey } from '../crypto/webcrypto.ts';
import { IV_BYTES, TAG_BYTES, open, seal } from './aead.ts';
import { concat, randomBytes, readU32, u32, utf8, wipe, type Bytes } from './bytes.ts';
import { CorruptError, WeakKdfError } from './errors.ts';
import { judgeKdfParams, type KdfParams } from './kdf.ts';

/*
 * Vault header, version 1, stored in plain (946 bytes, always):
 *
 *   offset  size     field
 *   0       1        header version (1)
 *   1       1        KDF (1 = Argon2id v1.3, 2 = PBKDF2-HMAC-SHA-256)
 *   2       4        Argon2 memory in KiB (u32 big-endian; 0 for PBKDF2)
 *   6       4        iterations (u32 BE)
 *   10      4        Argon2 lanes (u32 BE; 0 for PBKDF2)
 *   14      16       salt, fixed for the life of the vault
 *   30      4 x 221  keyslots: IV (12) | AES-256-GCM(slot plaintext, 193) | tag (16)
 *   914     32       HMAC-SHA-256 under the header key over bytes 0..913
 *
 * Slot plaintext: role (1) | data key (32) | header key (32) | keyring (4 x 32).
 * Slot AAD: "steady/vault/slot" | header version | slot index, so slots cannot be swapped.
 *
 * Unused slots are random bytes, the same length as used ones; AES-GCM output cannot be
 * told from random, so the header does not show how many slots are in use. The keyring
 * (present in owner slots only: primary and recovery) holds each slot's wrapping key, so
 * every header write can re-seal every slot; see reseal.ts.
 */

export const HEADER_VERSION = 1;
export const SLOT_COUNT = 4;
export const PRIMARY_SLOT = 0;
export const RECOVERY_SLOT = 1;
/** Slots from here on are free for a duress passphrase; never an owner's. */
export const FIRST_DURESS_SLOT = 2;
export const SALT_BYTES = 16;
export const KEY_BYTES = 32;
const KDF_BYTES = 13;
const SLOT_PLAINTEXT_BYTES = 1 + KEY_BYTES + KEY_BYTES + SLOT_COUNT * KEY_BYTES;
export const SLOT_BYTES = IV_BYTES + SLOT_PLAINTEXT_BYTES + TAG_BYTES;
const SLOTS_AT = 1 + KDF_BYTES + SALT_BYTES;
const MAC_AT = SLOTS_AT + SLOT_COUNT * SLOT_BYTES;
export const MAC_BYTES = 32;
export const HEADER_BYTES = MAC_AT + MAC_BYTES;
const SLOT_AAD_LABEL = utf8('steady/vault/slot');

export type SlotRole = 'primary' | 'recovery' | 'duress-decoy' | 'duress-erase';

const ROLE_CODES = {
  primary: 1,
  recovery: 2,
  'duress-decoy': 3,
  'duress-erase': 4,
} as const satisfies Record<SlotRole, number>;

const ROLES = [
  'primary',
  'recovery',
  'duress-decoy',
  'duress-erase',
] as const satisfies readonly SlotRole[];

const roleOf = (code: number): SlotRole | undefined =>
  ROLES.find((role) => ROLE_CODES[role] === code);

/** Owners may change credentials, so only their slots carry the keyring. */
export const isOwnerRole = (role: SlotRole): boolean => role === 'primary' || role === 'recovery';

export type Header = {
  readonly kdf: KdfParams;
  readonly salt: Bytes;
  readonly slots: readonly Bytes[];
};

export type SlotContent = {
  readonly role: SlotRole;
  readonly dataKey: Bytes;
  readonly headerKey: Bytes;
  /** SLOT_COUNT wrapping-key materials; all zeros marks an unused slot. */
  readonly keyring: Bytes;
};

export const wipeSlot = (content: SlotContent | null | undefined): void =>
  wipe(content?.dataKey, content?.headerKey, content?.keyring);

export const keyringEntry = (keyring: Bytes, index: number): Bytes =>
  keyring.subarray(index * KEY_BYTES, (index + 1) * KEY_BYTES);

export const randomSlot = (): Bytes => randomBytes(SLOT_BYTES);

function encodeKdf(kdf: KdfParams): Bytes {
  return kdf.alg === 'argon2id'
    ? concat(Uint8Array.of(1), u32(kdf.memoryKiB), u32(kdf.iterations), u32(kdf.parallelism))
    : concat(Uint8Array.of(2), u32(0), u32(kdf.iterations), u32(0));
}

function decodeKdf(bytes: Uint8Array): KdfParams {
  const memoryKiB = readU32(bytes, 1);
  const iterations = readU32(bytes, 5);
  const parallelism = readU32(bytes, 9);
  let kdf: KdfParams | undefined;
  if (bytes[0] === 1) {
    kdf = { alg: 'argon2id', memoryKiB, iterations, parallelism };
  } else if (bytes[0] === 2 && memoryKiB === 0 && parallelism === 0) {
    kdf = { alg: 'pbkdf2-sha256', iterations };
  }
  const verdict = judgeKdfParams(kdf);
  if (kdf === undefined || verdict === 'invalid') throw new CorruptError('header KDF');
  if (verdict === 'weak') throw new WeakKdfError();
  return kdf;
}

/** Everything but the MAC. */
export function encodeHeaderBody({ kdf, salt, slots }: Header): Bytes {
  if (salt.length !== SALT_BYTES || slots.length !== SLOT_COUNT) throw new RangeError('bad header');
  if (slots.some((slot) => slot.length !== SLOT_BYTES)) throw new RangeError('bad slot');
  return concat(Uint8Array.of(HEADER_VERSION), encodeKdf(kdf), salt, ...slots);
}

export type ParsedHeader = { readonly header: Header; readonly body: Bytes; readonly mac: Bytes };

export function parseHeader(bytes: Uint8Array): ParsedHeader {
  if (bytes.length < 1 || bytes[0] !== HEADER_VERSION) {
    throw new CorruptError('unknown header version');
  }
  if (bytes.length !== HEADER_BYTES) throw new CorruptError('header length');
  const kdf = decodeKdf(bytes.subarray(1, 1 + KDF_BYTES));
  const slots = Array.from({ length: SLOT_COUNT }, (_, i) =>
    bytes.slice(SLOTS_AT + i * SLOT_BYTES, SLOTS_AT + (i + 1) * SLOT_BYTES),
  );
  return {
    header: { kdf, salt: bytes.slice(1 + KDF_BYTES, SLOTS_AT), slots },
    body: bytes.slice(0, MAC_AT),
    mac: bytes.slice(MAC_AT),
  };
}

const slotAad = (index: number): Bytes =>
  concat(SLOT_AAD_LABEL, Uint8Array.of(HEADER_VERSION, index));

export async function sealSlot(
  key: CryptoKey,
  index: number,
  content: SlotContent,
): Promise<Bytes> {
  const plaintext = concat(
    Uint8Array.of(ROLE_CODES[content.role]),
    content.dataKey,
    content.headerKey,
    isOwnerRole(content.role) ? content.keyring : new Uint8Array(SLOT_COUNT * KEY_BYTES),
  );
  try {
    const { iv, sealed } = await seal(key, plaintext, slotAad(index));
    return concat(iv, sealed);
  } finally {
    wipe(plaintext);
  }
}

/** Null when this key does not open this slot; the normal case for all but one slot. */
export async function openSlot(
  key: CryptoKey,
  index: number,
  slot: Bytes,
): Promise<SlotContent | null> {
  const plaintext = await open(key, slot.slice(0, IV_BYTES), slot.slice(IV_BYTES), slotAad(index));
  if (plaintext === null) return null;
  try {
    const role = roleOf(plaintext[0] ?? 0);
    if (plaintext.length !== SLOT_PLAINTEXT_BYTES || role === undefined) {
      throw new CorruptError('slot contents');
    }
    return {
      role,
      dataKey: plaintext.slice(1, 1 + KEY_BYTES),
      headerKey: plaintext.slice(1 + KEY_BYTES, 1 + 2 * KEY_BYTES),
      keyring: plaintext.slice(1 + 2 * KEY_BYTES),
    };
  } finally {
    wipe(plaintext);
  }
}

export async function macHeader(headerKey: Bytes, body: Bytes): Promise<Bytes> {
  return hmacSign(await importHmacKey(headerKey, 'sign'), body);
}

/** WebCrypto's verify compares in constant time. */
export async function verifyHeaderMac(headerKey: Bytes, body: Bytes, mac: Bytes): Promise<boolean> {
  return hmacVerify(await importHmacKey(headerKey, 'verify'), mac, body);
}
