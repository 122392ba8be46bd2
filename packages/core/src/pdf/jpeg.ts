export interface JpegInfo {
  readonly width: number;
  readonly height: number;
  /** 1 grey, 3 colour (YCbCr or RGB), 4 CMYK. */
  readonly components: 1 | 3 | 4;
}

/**
 * The size and colour of a JPEG, read from its frame header (ITU T.81, B.2.2), so a
 * PDF can carry the bytes as they are (DCTDecode). Null for anything that is not a
 * JPEG this reads: the caller leaves that picture out and says so.
 */
export function jpegInfo(bytes: Uint8Array): JpegInfo | null {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1]!;
    // Fill bytes before a marker.
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    const length = (bytes[at + 2]! << 8) | bytes[at + 3]!;
    if (length < 2) return null;
    // Start of frame: every SOFn but DHT (C4), JPG (C8) and DAC (CC).
    const frame = marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker);
    if (frame) {
      if (at + 10 > bytes.length) return null;
      const height = (bytes[at + 5]! << 8) | bytes[at + 6]!;
      const width = (bytes[at + 7]! << 8) | bytes[at + 8]!;
      const components = bytes[at + 9]!;
      if (width === 0 || height === 0) return null;
      if (components !== 1 && components !== 3 && components !== 4) return null;
      return { width, height, components };
    }
    // Start of scan before any frame: not a JPEG this can place.
    if (marker === 0xda) return null;
    at += 2 + length;
  }
  return null;
}
