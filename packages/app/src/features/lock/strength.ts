// An honest, simple judge of a new passphrase. It does not pretend to precision:
// it rewards length and several words, and refuses what is plainly too short.
export type Strength = 'empty' | 'tooShort' | 'weak' | 'fair' | 'strong';

export const MIN_PASSPHRASE_LENGTH = 8;

const COMMON = /^(password|passphrase|contraseña|123456|qwerty|steady|iloveyou|teamo)/i;

export function passphraseStrength(passphrase: string): Strength {
  const text = passphrase.normalize('NFC');
  if (text.length === 0) return 'empty';
  if ([...text].length < MIN_PASSPHRASE_LENGTH) return 'tooShort';
  const words = text
    .trim()
    .split(/\s+/)
    .filter((word) => word.length >= 2);
  const distinct = new Set(text.toLowerCase()).size;
  if (COMMON.test(text) || distinct < 5) return 'weak';
  if (words.length >= 4 && text.length >= 16) return 'strong';
  if (text.length >= 20 && distinct >= 10) return 'strong';
  if (text.length >= 12) return 'fair';
  return 'weak';
}

export const canUse = (strength: Strength): boolean =>
  strength === 'weak' || strength === 'fair' || strength === 'strong';
