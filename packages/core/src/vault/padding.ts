import type { Bytes } from './bytes.ts';
import { CorruptError } from './errors.ts';

// Ciphertext length would otherwise give away the length of what a person wrote. Every
// record is at least MIN_PADDED bytes, and longer ones are rounded up with Padmé
// (Nikitin et al., "Reducing Metadata Leakage from Encrypted Files", PETS 2019), which
// leaks O(log log n) bits of the length for at most 12% overhead.
const MIN_PADDED = 256;
const MARKER = 0x80;

function padme(length: number): number {
  const e = Math.floor(Math.log2(length));
  const s = Math.floor(Math.log2(e)) + 1;
  const step = 2 ** (e - s);
  return Math.ceil(length / step) * step;
}

export const paddedLength = (length: number): number =>
  length + 1 <= MIN_PADDED ? MIN_PADDED : padme(length + 1);

/** ISO/IEC 7816-4 padding: a 0x80 marker, then zeros. */
export function pad(data: Uint8Array): Bytes {
  const out = new Uint8Array(paddedLength(data.length));
  out.set(data);
  out[data.length] = MARKER;
  return out;
}

export function unpad(padded: Uint8Array): Bytes {
  let end = padded.length - 1;
  while (end >= 0 && padded[end] === 0) end--;
  if (end < 0 || padded[end] !== MARKER) throw new CorruptError('bad record padding');
  return padded.slice(0, end);
}
