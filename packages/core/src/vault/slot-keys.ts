import { copyOf, wipe, type Bytes } from './bytes.ts';
import { deriveBits, importHkdfBase, INFO } from './keys.ts';
import { DERIVED_KEY_BYTES, type DeriveKey, type KdfParams } from './kdf.ts';
import { KEY_BYTES } from './keyslots.ts';
import { encodePassphrase } from './passphrase.ts';

/**
 * The wrapping-key material of a passphrase slot. The slow KDF runs once per attempt
 * (one salt for every passphrase slot); the result is then tried against every slot.
 */
export async function passphraseSlotMaterial(
  passphrase: string,
  kdf: KdfParams,
  salt: Bytes,
  derive: DeriveKey,
): Promise<Bytes> {
  const secret = encodePassphrase(passphrase);
  let derived: Uint8Array;
  try {
    derived = await derive(secret, copyOf(salt), kdf);
  } finally {
    wipe(secret);
  }
  if (!(derived instanceof Uint8Array) || derived.length !== DERIVED_KEY_BYTES) {
    wipe(derived);
    throw new TypeError(`DeriveKey must return ${DERIVED_KEY_BYTES} bytes`);
  }
  return deriveBits(await importHkdfBase(derived), INFO.passphraseSlot, KEY_BYTES);
}

/** A recovery key carries 150 random bits, so HKDF suffices where a passphrase needs Argon2. */
export async function recoverySlotMaterial(secret: Bytes, salt: Bytes): Promise<Bytes> {
  return deriveBits(await importHkdfBase(copyOf(secret)), INFO.recoverySlot, KEY_BYTES, salt);
}
