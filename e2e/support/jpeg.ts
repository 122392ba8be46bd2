import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';

// A small JPEG carrying an EXIF block with a GPS position, built by hand so the
// test knows exactly which bytes would betray the location if they survived.

/** GPSLatitude 51° 30' 12.34" and GPSLongitude 0° 7' 39.87", as EXIF rationals. */
const LATITUDE = [
  [51, 1],
  [30, 1],
  [1234, 100],
] as const;
const LONGITUDE = [
  [0, 1],
  [7, 1],
  [3987, 100],
] as const;

function rationals(values: ReadonlyArray<readonly [number, number]>): Buffer {
  const out = Buffer.alloc(values.length * 8);
  values.forEach(([num, den], i) => {
    out.writeUInt32BE(num, i * 8);
    out.writeUInt32BE(den, i * 8 + 4);
  });
  return out;
}

/** The bytes of the GPS latitude and longitude as they sit in the EXIF block. */
export const GPS_BYTES = Buffer.concat([rationals(LATITUDE), rationals(LONGITUDE)]);

/** An APP1 segment: 'Exif\0\0', a big-endian TIFF header, IFD0 pointing at a GPS IFD. */
export function exifApp1(): Buffer {
  const tiff = Buffer.alloc(8 + 2 + 12 + 4 + 2 + 4 * 12 + 4 + GPS_BYTES.length);
  let o = 0;
  tiff.write('MM', o);
  tiff.writeUInt16BE(42, 2);
  tiff.writeUInt32BE(8, 4);
  o = 8;
  // IFD0: one entry, GPSInfo (0x8825), LONG, pointing at the GPS IFD.
  const gpsIfd = 8 + 2 + 12 + 4;
  tiff.writeUInt16BE(1, o);
  tiff.writeUInt16BE(0x8825, o + 2);
  tiff.writeUInt16BE(4, o + 4);
  tiff.writeUInt32BE(1, o + 6);
  tiff.writeUInt32BE(gpsIfd, o + 10);
  tiff.writeUInt32BE(0, o + 14);
  o = gpsIfd;
  const data = gpsIfd + 2 + 4 * 12 + 4;
  const entries: Array<[number, number, number, (at: number) => void]> = [
    [1, 2, 2, (at) => tiff.write('N\0', at, 'latin1')],
    [2, 5, 3, (at) => tiff.writeUInt32BE(data, at)],
    [3, 2, 2, (at) => tiff.write('W\0', at, 'latin1')],
    [4, 5, 3, (at) => tiff.writeUInt32BE(data + 24, at)],
  ];
  tiff.writeUInt16BE(entries.length, o);
  entries.forEach(([tag, type, count, value], i) => {
    const at = o + 2 + i * 12;
    tiff.writeUInt16BE(tag, at);
    tiff.writeUInt16BE(type, at + 2);
    tiff.writeUInt32BE(count, at + 4);
    value(at + 8);
  });
  tiff.writeUInt32BE(0, o + 2 + entries.length * 12);
  GPS_BYTES.copy(tiff, data);
  const body = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
  const header = Buffer.alloc(4);
  header.writeUInt16BE(0xffe1, 0);
  header.writeUInt16BE(body.length + 2, 2);
  return Buffer.concat([header, body]);
}

/** A noisy JPEG drawn by the browser's canvas, with the EXIF GPS block spliced after SOI. */
export async function jpegWithGps(page: Page, width = 96, height = 64): Promise<Buffer> {
  const bytes = await page.evaluate(
    async ([w, h]) => {
      const canvas = new OffscreenCanvas(w, h);
      const context = canvas.getContext('2d')!;
      const image = context.createImageData(w, h);
      crypto.getRandomValues(image.data);
      for (let i = 3; i < image.data.length; i += 4) image.data[i] = 255;
      context.putImageData(image, 0, 0);
      const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.95 });
      return Array.from(new Uint8Array(await blob.arrayBuffer()));
    },
    [width, height] as const,
  );
  const jpeg = Buffer.from(bytes);
  if (jpeg[0] !== 0xff || jpeg[1] !== 0xd8) throw new Error('not a JPEG');
  return Buffer.concat([jpeg.subarray(0, 2), exifApp1(), jpeg.subarray(2)]);
}

/** Markers of the JPEG's segments before the scan, e.g. ['e0', 'db', 'c0', ...]. */
export function jpegSegments(jpeg: Buffer): string[] {
  const markers: string[] = [];
  let o = 2;
  while (o + 4 <= jpeg.length && jpeg[o] === 0xff) {
    const marker = jpeg[o + 1]!;
    markers.push(marker.toString(16));
    if (marker === 0xda) break;
    o += 2 + jpeg.readUInt16BE(o + 2);
  }
  return markers;
}

/** Where the entropy-coded image data starts (just after the SOS header). */
export function scanStart(jpeg: Buffer): number {
  let o = 2;
  while (o + 4 <= jpeg.length && jpeg[o] === 0xff) {
    const length = jpeg.readUInt16BE(o + 2);
    if (jpeg[o + 1] === 0xda) return o + 2 + length;
    o += 2 + length;
  }
  throw new Error('no scan in this JPEG');
}

/**
 * The bytes behind an <img src="blob:...">. The app's CSP keeps fetch to its own
 * origin, so the test saves the blob as a download and reads the file.
 */
export async function imageBytes(page: Page, selector: string): Promise<Buffer> {
  const src = await page.locator(selector).first().getAttribute('src');
  if (!src?.startsWith('blob:')) throw new Error(`not a blob URL: ${src}`);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.evaluate((href) => {
      const link = document.createElement('a');
      link.href = href;
      link.download = 'attachment';
      document.body.append(link);
      link.click();
      link.remove();
    }, src),
  ]);
  const path = await download.path();
  const bytes = await readFile(path);
  await download.delete();
  return bytes;
}
