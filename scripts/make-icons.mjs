// Draws Steady's plain app icons (a calm circle on a soft square) as PNG files,
// so the manifest has raster icons without any image tool. Run once when the
// design changes: node scripts/make-icons.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const CRC = new Int32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});
function crc32(bytes) {
  let c = -1;
  for (const b of bytes) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}
function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}
function png(size, pixel) {
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x + 0.5, y + 0.5, size);
      const at = y * (size * 4 + 1) + 1 + x * 4;
      rows[at] = r;
      rows[at + 1] = g;
      rows[at + 2] = b;
      rows[at + 3] = a;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8;
  header[9] = 6;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
const BG = [244, 241, 234];
const FG = [47, 93, 80];
function icon(x, y, size) {
  const c = size / 2;
  const d = Math.hypot(x - c, y - c);
  const ring = size * 0.28;
  // Soft edge over one pixel so the circle is not jagged.
  const t = Math.min(1, Math.max(0, ring - d + 0.5));
  return [...BG.map((bg, i) => Math.round(bg * (1 - t) + FG[i] * t)), 255];
}
// The calculator cover's icon: a grey body, a pale display and a keypad.
function calculator(x, y, size) {
  const u = x / size;
  const v = y / size;
  const body = [60, 64, 72];
  if (u > 0.2 && u < 0.8 && v > 0.16 && v < 0.34) return [214, 228, 214, 255];
  for (let row = 0; row < 3; row++) {
    for (let col = 0; col < 3; col++) {
      const left = 0.2 + col * 0.21;
      const top = 0.42 + row * 0.15;
      if (u > left && u < left + 0.16 && v > top && v < top + 0.1) {
        return col === 2 ? [240, 150, 60, 255] : [200, 204, 210, 255];
      }
    }
  }
  return [...body, 255];
}
// The converter cover's icon: two pale arrows, one each way, on a blue square.
function converter(x, y, size) {
  const u = x / size;
  const v = y / size;
  const arrow = [232, 238, 244, 255];
  // Upper arrow, pointing right: a shaft and a triangular head.
  if (v > 0.3 && v < 0.38 && u > 0.2 && u < 0.66) return arrow;
  if (u >= 0.66 && u < 0.82 && Math.abs(v - 0.34) < (0.82 - u) * 0.9) return arrow;
  // Lower arrow, pointing left.
  if (v > 0.62 && v < 0.7 && u > 0.34 && u < 0.8) return arrow;
  if (u > 0.18 && u <= 0.34 && Math.abs(v - 0.66) < (u - 0.18) * 0.9) return arrow;
  return [45, 74, 99, 255];
}
for (const size of [192, 512]) {
  writeFileSync(`packages/app/public/icon-${size}.png`, png(size, icon));
  writeFileSync(`packages/app/public/calc-${size}.png`, png(size, calculator));
  writeFileSync(`packages/app/public/conv-${size}.png`, png(size, converter));
}
writeFileSync(
  'packages/app/public/calc.svg',
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><rect width="100" height="100" fill="#3c4048"/><rect x="20" y="16" width="60" height="18" fill="#d6e4d6"/>${[
    0, 1, 2,
  ]
    .flatMap((r) =>
      [0, 1, 2].map(
        (c) =>
          `<rect x="${20 + c * 21}" y="${42 + r * 15}" width="16" height="10" fill="${c === 2 ? '#f0963c' : '#c8ccd2'}"/>`,
      ),
    )
    .join('')}</svg>\n`,
);
writeFileSync(
  'packages/app/public/icon.svg',
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><rect width="100" height="100" fill="#f4f1ea"/><circle cx="50" cy="50" r="28" fill="#2f5d50"/></svg>\n`,
);
