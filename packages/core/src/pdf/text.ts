import { HELVETICA, HELVETICA_BOLD } from './widths.ts';

/**
 * Unicode to WinAnsi (the encoding of the PDF standard fonts), for the characters
 * outside Latin-1 that WinAnsi has (PDF 1.7, annex D.2). Latin-1's printable range
 * maps to itself.
 */
const WIN_ANSI_EXTRA: ReadonlyMap<number, number> = new Map([
  [0x20ac, 0x80],
  [0x201a, 0x82],
  [0x0192, 0x83],
  [0x201e, 0x84],
  [0x2026, 0x85],
  [0x2020, 0x86],
  [0x2021, 0x87],
  [0x02c6, 0x88],
  [0x2030, 0x89],
  [0x0160, 0x8a],
  [0x2039, 0x8b],
  [0x0152, 0x8c],
  [0x017d, 0x8e],
  [0x2018, 0x91],
  [0x2019, 0x92],
  [0x201c, 0x93],
  [0x201d, 0x94],
  [0x2022, 0x95],
  [0x2013, 0x96],
  [0x2014, 0x97],
  [0x02dc, 0x98],
  [0x2122, 0x99],
  [0x0161, 0x9a],
  [0x203a, 0x9b],
  [0x0153, 0x9c],
  [0x017e, 0x9e],
  [0x0178, 0x9f],
]);

/** Spaces and dashes the locale's formats use (Intl puts U+202F before "AM"). */
const LOOK_ALIKES: ReadonlyMap<number, number> = new Map([
  [0x2009, 0x20],
  [0x200a, 0x20],
  [0x202f, 0x20],
  [0x2007, 0x20],
  [0x2002, 0x20],
  [0x2003, 0x20],
  [0x2010, 0x2d],
  [0x2011, 0x2d],
  [0x2212, 0x2d],
]);

/** What a character with no WinAnsi code is drawn as. */
export const MISSING = 0x3f;

/**
 * A text's WinAnsi codes, one per character. Line breaks and tabs become spaces; a
 * character the standard fonts cannot draw becomes "?" (the package's entries keep
 * the exact text; this is only the picture of it).
 */
export function winAnsi(text: string): number[] {
  const codes: number[] = [];
  for (const char of text.normalize('NFC')) {
    const point = char.codePointAt(0)!;
    if (point === 0x09 || point === 0x0a || point === 0x0d) codes.push(0x20);
    else if ((point >= 0x20 && point <= 0x7e) || (point >= 0xa0 && point <= 0xff)) {
      codes.push(point);
    } else if (point >= 0x300 && point <= 0x36f) {
      // A combining mark: the letter before it is already drawn.
      continue;
    } else codes.push(WIN_ANSI_EXTRA.get(point) ?? LOOK_ALIKES.get(point) ?? MISSING);
  }
  return codes;
}

/** The width of WinAnsi codes in points, at `size`, in Helvetica or Helvetica-Bold. */
export function widthOf(codes: readonly number[], size: number, bold: boolean): number {
  const table = bold ? HELVETICA_BOLD : HELVETICA;
  let units = 0;
  for (const code of codes) units += table[code - 32] ?? 0;
  return (units * size) / 1000;
}

/** WinAnsi codes as a PDF literal string, in plain ASCII (octal escapes above 126). */
export function pdfString(codes: readonly number[]): string {
  let out = '(';
  for (const code of codes) {
    if (code === 0x28 || code === 0x29 || code === 0x5c) out += `\\${String.fromCharCode(code)}`;
    else if (code < 0x20 || code > 0x7e) out += `\\${code.toString(8).padStart(3, '0')}`;
    else out += String.fromCharCode(code);
  }
  return `${out})`;
}
