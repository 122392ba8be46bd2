/** Bytes backed by a plain ArrayBuffer, the only kind WebCrypto accepts. */
export type Bytes = Uint8Array<ArrayBuffer>;

const encoder = new TextEncoder();

export const utf8 = (text: string): Bytes => encoder.encode(text);

export function randomBytes(length: number): Bytes {
  const bytes = new Uint8Array(length);
  crypto.getRandomValues(bytes);
  return bytes;
}

/** An exact-size copy that owns its buffer, so wiping it cannot reach the caller's. */
export const copyOf = (bytes: Uint8Array): Bytes => new Uint8Array(bytes);

export function concat(...parts: readonly Uint8Array[]): Bytes {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/**
 * Overwrites key material once it has been handed to WebCrypto. JavaScript gives no
 * guarantee that no other copy exists (engines may move buffers), so this narrows the
 * window in which a memory dump finds the bytes; it does not close it.
 */
export function wipe(...arrays: ReadonlyArray<Uint8Array | undefined>): void {
  for (const array of arrays) array?.fill(0);
}

export function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The bytes a string of hex digit pairs stands for (the caller checks its shape). */
export const fromHex = (text: string): Bytes =>
  Uint8Array.from(text.match(/../g) ?? [], (pair) => Number.parseInt(pair, 16));

export function u32(value: number): Bytes {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, value);
  return out;
}

export function readU32(bytes: Uint8Array, offset: number): number {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(offset);
}

export const isAllZero = (bytes: Uint8Array): boolean => bytes.every((byte) => byte === 0);

/** Comparison whose time does not depend on where the inputs differ. */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}
