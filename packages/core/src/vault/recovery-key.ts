import { sha256 } from '../crypto/webcrypto.ts';
import { concat, randomBytes, utf8, type Bytes } from './bytes.ts';
import { MalformedRecoveryKeyError } from './errors.ts';

// Crockford base32: no I, L, O or U, so nothing reads as something else when copied by
// hand, and case never matters.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const LOOKALIKES: Readonly<Record<string, string>> = { O: '0', I: '1', L: '1' };

/** 30 symbols of 5 random bits: 150 bits, beyond guessing without any slow KDF. */
export const RECOVERY_SYMBOLS = 30;
const CHECK_SYMBOLS = 2;
const GROUP = 4;
const CHECK_LABEL = utf8('steady/recovery-key/v1/check');

/** The secret is the symbol values, one per byte (0..31). */
export type RecoveryKey = { readonly text: string; readonly secret: Bytes };

// A 10-bit check lets the UI say "this has a typo" instead of "wrong key" for 1023 of
// 1024 mistyped keys. It is derived from the secret, so it tells an attacker nothing.
async function checkSymbols(secret: Bytes): Promise<[number, number]> {
  const digest = await sha256(concat(CHECK_LABEL, secret));
  const [first = 0, second = 0] = digest;
  return [first >> 3, ((first & 0b111) << 2) | (second >> 6)];
}

function format(symbols: readonly number[]): string {
  const text = symbols.map((value) => ALPHABET[value]).join('');
  return (text.match(new RegExp(`.{1,${GROUP}}`, 'g')) ?? []).join('-');
}

export async function generateRecoveryKey(): Promise<RecoveryKey> {
  const secret = randomBytes(RECOVERY_SYMBOLS);
  // 256 is a multiple of 32, so masking keeps every symbol uniform; in place, so the
  // unmasked random bytes leave no copy behind.
  for (let i = 0; i < secret.length; i++) secret[i] = (secret[i] ?? 0) & 31;
  const check = await checkSymbols(secret);
  return { text: format([...secret, ...check]), secret };
}

/**
 * Accepts the key however it was written down or pasted: any case, with or without
 * spaces and dashes, full-width characters, and O/I/L for 0/1.
 */
export async function parseRecoveryKey(input: string): Promise<Bytes> {
  if (typeof input !== 'string') throw new MalformedRecoveryKeyError('not text');
  const compact = input
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-_.\u2010-\u2015\u2212]/g, '');
  if (compact.length !== RECOVERY_SYMBOLS + CHECK_SYMBOLS) {
    throw new MalformedRecoveryKeyError('wrong length');
  }
  const values = Array.from(compact, (char) => ALPHABET.indexOf(LOOKALIKES[char] ?? char));
  if (values.some((value) => value < 0)) {
    throw new MalformedRecoveryKeyError('character outside the alphabet');
  }
  const secret = Uint8Array.from(values.slice(0, RECOVERY_SYMBOLS));
  const [a, b] = await checkSymbols(secret);
  if (values[RECOVERY_SYMBOLS] !== a || values[RECOVERY_SYMBOLS + 1] !== b) {
    secret.fill(0);
    throw new MalformedRecoveryKeyError('check characters do not match');
  }
  return secret;
}
