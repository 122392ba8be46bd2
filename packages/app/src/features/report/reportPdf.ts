import { writePdf, type Block, type Run, type TextBlock } from '@steady/core/pdf';
import { encodeImage, fitWithin } from '../journal/attachments.ts';

// The report as a PDF for the evidence package: made from the report the person sees on
// screen (the same choices, the same words, the photos they chose), so what the package
// carries is what they checked. Loaded only when a package is made.

const HEADINGS: Readonly<Record<string, { size: number; space: number }>> = {
  H1: { size: 18, space: 14 },
  H2: { size: 16, space: 12 },
  H3: { size: 13, space: 12 },
  H4: { size: 11.5, space: 10 },
  H5: { size: 10.5, space: 8 },
  H6: { size: 10, space: 6 },
};
/** The longest side of a photo in the PDF, in pixels: enough for A4 at about 190 dpi. */
const PHOTO_SIDE = 1600;

/** The elements that hold blocks of their own, rather than words. */
const BLOCKS = new Set([
  ...Object.keys(HEADINGS),
  ...['P', 'DIV', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'FIGURE', 'FIGCAPTION'],
  ...['UL', 'OL', 'DL', 'TABLE', 'IMG'],
]);

/** A block, or a photo still to draw (drawn one after another, not all at once). */
type Item = Block | (() => Promise<Block | null>);

const plain = (text: string) => text.replace(/\s+/g, ' ').trim();

function shown(el: Element): boolean {
  if (el instanceof HTMLElement && el.hidden) return false;
  // The digest line on screen: the PDF gives the package's own (digestLine).
  if (el.classList.contains('report-entry-digest')) return false;
  if (el.getAttribute('aria-hidden') === 'true') return false;
  return getComputedStyle(el).display !== 'none';
}

/** Its text in lines as shown (a written entry keeps its line breaks). */
function linesOf(el: HTMLElement): string[] {
  return el.innerText
    .split('\n')
    .map(plain)
    .filter((line) => line !== '');
}

/** The runs of an element's text, bold where the page shows it bold. */
function runsOf(el: Element, bold = false): Run[] {
  const runs: Run[] = [];
  for (const node of el.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) runs.push({ text: node.textContent ?? '', bold });
    else if (node instanceof Element && shown(node)) {
      runs.push(...runsOf(node, bold || ['STRONG', 'B', 'TH', 'DT'].includes(node.tagName)));
    }
  }
  return runs;
}

const text = (runs: Run[], more: Omit<TextBlock, 'kind' | 'runs'> = {}): TextBlock => ({
  kind: 'text',
  runs,
  ...more,
});

/** A photo as JPEG bytes, drawn from the picture already on screen, on white paper. */
async function photo(img: HTMLImageElement): Promise<Block | null> {
  try {
    await img.decode();
    const { width, height } = fitWithin(img.naturalWidth, img.naturalHeight, PHOTO_SIDE);
    const blob = await encodeImage(img, width, height, 'image/jpeg', '#fff');
    return { kind: 'image', jpeg: new Uint8Array(await blob.arrayBuffer()) };
  } catch {
    // Counted by the caller: the package says the PDF lacks a photo.
    return null;
  }
}

interface Walk {
  /** The line under an entry's head that gives its digest, by entry id (null: none). */
  readonly digestLine: (entry: string) => string | null;
}

function walk(el: Element, out: Item[], how: Walk): void {
  if (!shown(el)) return;
  // An entry's head, then its digest, as the package lists it.
  if (el.classList.contains('report-entry-head')) {
    for (const child of el.children) walk(child, out, how);
    const entry = el.closest<HTMLElement>('[data-entry]')?.dataset.entry;
    const line = entry === undefined ? null : how.digestLine(entry);
    if (line) out.push(text([{ text: line }], { size: 9 }));
    return;
  }
  const tag = el.tagName;
  const heading = HEADINGS[tag];
  if (heading) {
    out.push(text(runsOf(el, true), { ...heading, heading: true }));
    return;
  }
  if (tag === 'P') {
    for (const line of linesOf(el as HTMLElement)) {
      out.push(text([{ text: line }], el.classList.contains('hint') ? { size: 9 } : {}));
    }
    return;
  }
  if (tag === 'DL') {
    for (const row of el.querySelectorAll(':scope > div')) {
      const term = row.querySelector('dt');
      const value = row.querySelector('dd');
      if (!term || !value) continue;
      const [first = '', ...rest] = linesOf(value as HTMLElement);
      out.push(text([{ text: `${plain(term.textContent)}: `, bold: true }, { text: first }]));
      for (const line of rest) out.push(text([{ text: line }], { space: 2 }));
    }
    return;
  }
  if (tag === 'UL' || tag === 'OL') {
    for (const item of el.querySelectorAll(':scope > li')) {
      if (shown(item)) out.push(text([{ text: '• ' }, ...runsOf(item)], { indent: 10, space: 3 }));
    }
    return;
  }
  if (tag === 'TABLE') {
    const caption = el.querySelector('caption');
    if (caption) out.push(text([{ text: plain(caption.textContent), bold: true }]));
    for (const row of el.querySelectorAll('tr')) {
      const cells = [...row.children].map((cell) => ({
        text: plain(cell.textContent),
        bold: row.parentElement?.tagName === 'THEAD',
      }));
      const runs = cells.flatMap((cell, i) => (i === 0 ? [cell] : [{ text: ' · ' }, cell]));
      out.push(text(runs, { size: 9, space: 2 }));
    }
    return;
  }
  if (tag === 'IMG') {
    out.push(() => photo(el as HTMLImageElement));
    return;
  }
  // A box of blocks is walked into; a box of words only (a caption, a span) is a line.
  if ([...el.children].some((child) => BLOCKS.has(child.tagName))) {
    for (const child of el.children) walk(child, out, how);
  } else if (plain(el.textContent) !== '') {
    out.push(text(runsOf(el), { size: el.tagName === 'FIGCAPTION' ? 9 : 10 }));
  }
}

export interface ReportPdf {
  readonly bytes: Uint8Array<ArrayBuffer>;
  /** Photos on screen that could not be put in the PDF. */
  readonly photosLeftOut: number;
}

export interface ReportPdfOptions extends Walk {
  /** The line at the foot of each page ("Page 2 of 5"). */
  readonly footer: (page: number, pages: number) => string;
}

/** The report on screen (its `.report-doc` element) as a PDF with numbered pages. */
export async function reportPdf(
  report: HTMLElement,
  options: ReportPdfOptions,
): Promise<ReportPdf> {
  const items: Item[] = [];
  walk(report, items, options);
  const blocks: Array<Block | null> = [];
  for (const item of items) blocks.push(typeof item === 'function' ? await item() : item);
  const kept = blocks.filter((block): block is Block => block !== null);
  const pdf = writePdf(kept, { footer: options.footer });
  return { bytes: pdf.bytes, photosLeftOut: blocks.length - kept.length + pdf.skipped };
}
