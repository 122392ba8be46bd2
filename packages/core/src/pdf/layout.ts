import { jpegInfo, type JpegInfo } from './jpeg.ts';
import { widthOf, winAnsi } from './text.ts';

/** A piece of text in one weight. */
export interface Run {
  readonly text: string;
  readonly bold?: boolean;
}

/** A paragraph, a heading or a list item: wrapped to the page, split across pages. */
export interface TextBlock {
  readonly kind: 'text';
  readonly runs: readonly Run[];
  /** Points; 10 unless said. */
  readonly size?: number;
  /** Points of space above (none at the top of a page); half the size unless said. */
  readonly space?: number;
  /** Points from the left margin. */
  readonly indent?: number;
  /** A heading: never the last line of a page, it moves with what follows. */
  readonly heading?: boolean;
}

/** A photo, as the JPEG bytes it is stored in, fitted to the page's width. */
export interface ImageBlock {
  readonly kind: 'image';
  readonly jpeg: Uint8Array;
  /** Points; 330 unless said. */
  readonly maxHeight?: number;
}

export type Block = TextBlock | ImageBlock;

// A4, in points, with margins of about 2 cm.
export const PAGE_WIDTH = 595.28;
export const PAGE_HEIGHT = 841.89;
export const MARGIN = 56;
const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
/** The lowest a line's box may reach: the footer has the margin's lower part. */
const BOTTOM = MARGIN + 10;
const LEADING = 1.35;

/** Something drawn on a page. Text's y is its baseline; an image's, its lower edge. */
export type Mark =
  | { readonly kind: 'text'; x: number; y: number; size: number; bold: boolean; codes: number[] }
  | {
      readonly kind: 'image';
      x: number;
      y: number;
      width: number;
      height: number;
      image: number;
    };

export interface Laid {
  readonly pages: Mark[][];
  /** The JPEGs placed, in order; a mark's `image` is an index here. */
  readonly images: ReadonlyArray<{ bytes: Uint8Array; info: JpegInfo }>;
  /** Image blocks left out because their bytes are not a JPEG this reads. */
  readonly skipped: number;
}

interface Piece {
  codes: number[];
  bold: boolean;
}

/** Words of the runs, each a list of pieces (a word may change weight inside). */
function wordsOf(runs: readonly Run[]): Piece[][] {
  const words: Piece[][] = [];
  let word: Piece[] = [];
  for (const run of runs) {
    const bold = run.bold === true;
    for (const part of run.text.split(/(\s+)/)) {
      if (part === '') continue;
      if (/^\s+$/.test(part)) {
        if (word.length > 0) words.push(word);
        word = [];
      } else word.push({ codes: winAnsi(part), bold });
    }
  }
  if (word.length > 0) words.push(word);
  return words;
}

const pieceWidth = (pieces: readonly Piece[], size: number) =>
  pieces.reduce((sum, p) => sum + widthOf(p.codes, size, p.bold), 0);

/** A word wider than a line, cut into parts that each fit. */
function cut(word: readonly Piece[], size: number, width: number): Piece[][] {
  const parts: Piece[][] = [];
  let part: Piece[] = [];
  let used = 0;
  for (const piece of word) {
    for (const code of piece.codes) {
      const w = widthOf([code], size, piece.bold);
      if (used + w > width && used > 0) {
        parts.push(part);
        part = [];
        used = 0;
      }
      const last = part.at(-1);
      if (last && last.bold === piece.bold) last.codes.push(code);
      else part.push({ codes: [code], bold: piece.bold });
      used += w;
    }
  }
  if (part.length > 0) parts.push(part);
  return parts;
}

/** The lines of a paragraph: greedy, one space between words. */
export function wrap(runs: readonly Run[], size: number, width: number): Piece[][] {
  const lines: Piece[][] = [];
  let line: Piece[] = [];
  let used = 0;
  for (const whole of wordsOf(runs)) {
    for (const word of pieceWidth(whole, size) > width ? cut(whole, size, width) : [whole]) {
      const w = pieceWidth(word, size);
      const bold = word[0]!.bold;
      const gap = widthOf([0x20], size, bold);
      if (line.length > 0 && used + gap + w > width) {
        lines.push(line);
        line = [];
        used = 0;
      }
      if (line.length > 0) {
        line.push({ codes: [0x20], bold });
        used += gap;
      }
      line.push(...word.map((p) => ({ codes: [...p.codes], bold: p.bold })));
      used += w;
    }
  }
  if (line.length > 0) lines.push(line);
  return lines;
}

/** A photo's size on the page: pixels at 96 to the inch, never wider than the text. */
function fitted(info: JpegInfo, maxHeight = 330): { width: number; height: number } {
  let width = Math.min(CONTENT_WIDTH, info.width * 0.75);
  let height = (width * info.height) / info.width;
  const most = Math.min(maxHeight, PAGE_HEIGHT - MARGIN - BOTTOM);
  if (height > most) {
    width = (width * most) / height;
    height = most;
  }
  return { width, height };
}

/** What a heading keeps with it on its page: two lines of the text after it, or the photo. */
function followHeight(next: Block): number {
  if (next.kind === 'text') return 2 * (next.size ?? 10) * LEADING;
  const info = jpegInfo(next.jpeg);
  return info ? fitted(info, next.maxHeight).height + 6 : 0;
}

/** Places the blocks on A4 pages, top to bottom. */
export function layout(blocks: readonly Block[]): Laid {
  const pages: Mark[][] = [[]];
  const images: Array<{ bytes: Uint8Array; info: JpegInfo }> = [];
  let skipped = 0;
  let y = PAGE_HEIGHT - MARGIN;
  const top = () => y === PAGE_HEIGHT - MARGIN;
  const newPage = () => {
    pages.push([]);
    y = PAGE_HEIGHT - MARGIN;
  };
  const page = () => pages.at(-1)!;

  blocks.forEach((block, i) => {
    if (block.kind === 'image') {
      const info = jpegInfo(block.jpeg);
      if (!info) {
        skipped += 1;
        return;
      }
      const { width, height } = fitted(info, block.maxHeight);
      if (!top()) y -= 6;
      if (y - height < BOTTOM) newPage();
      images.push({ bytes: block.jpeg, info });
      page().push({
        kind: 'image',
        x: MARGIN,
        y: y - height,
        width,
        height,
        image: images.length - 1,
      });
      y -= height + 4;
      return;
    }
    const size = block.size ?? 10;
    const indent = block.indent ?? 0;
    const lineHeight = size * LEADING;
    const lines = wrap(block.runs, size, CONTENT_WIDTH - indent);
    if (lines.length === 0) return;
    const space = block.space ?? size * 0.5;
    if (!top()) y -= space;
    // A heading keeps its own lines and two of what follows on its page.
    const next = blocks[i + 1];
    const follow = !block.heading || !next ? 0 : followHeight(next);
    if (block.heading && y - lines.length * lineHeight - follow < BOTTOM && !top()) newPage();
    for (const line of lines) {
      if (y - lineHeight < BOTTOM) newPage();
      let x = MARGIN + indent;
      const baseline = y - size;
      for (const piece of line) {
        const last = page().at(-1);
        if (
          last?.kind === 'text' &&
          last.y === baseline &&
          last.bold === piece.bold &&
          last.size === size
        ) {
          last.codes.push(...piece.codes);
        } else {
          page().push({
            kind: 'text',
            x,
            y: baseline,
            size,
            bold: piece.bold,
            codes: [...piece.codes],
          });
        }
        x += widthOf(piece.codes, size, piece.bold);
      }
      y -= lineHeight;
    }
  });
  return { pages, images, skipped };
}
