import { utf8, type Bytes } from './bytes.ts';

/**
 * NFC first: the same passphrase typed on two keyboards (a precomposed "é" or "e" plus a
 * combining accent) must give the same bytes, or the person is locked out on a new device.
 * Nothing else is changed; spaces and case are part of the passphrase.
 */
export function encodePassphrase(passphrase: string): Bytes {
  if (typeof passphrase !== 'string') throw new TypeError('passphrase must be a string');
  return utf8(passphrase.normalize('NFC'));
}

/** Strength rules belong to the UI; the vault only refuses what can never be right. */
export function assertSettablePassphrase(passphrase: string): void {
  if (typeof passphrase !== 'string') throw new TypeError('passphrase must be a string');
  if (passphrase.normalize('NFC').length === 0) throw new RangeError('passphrase is empty');
}
