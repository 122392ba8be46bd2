import type { Page } from 'playwright-core';

export interface BrokenWord {
  readonly word: string;
  /** The lines it was laid out on, counted from its client rects. */
  readonly lines: number;
}

/**
 * The words inside `selector` that are broken over two lines or more ("Septembe r",
 * "Check-" then "ins"), as a person reading the screen would notice them. For each
 * text node's words (runs of non-space), a Range over the word's characters gives one
 * client rect per line box it is laid out on: rects that start at different heights
 * mean the word was split. Words not shown (display: none) have no rects and count as
 * whole.
 */
export function brokenWords(page: Page, selector: string): Promise<BrokenWord[]> {
  return page.evaluate((selector) => {
    const broken: { word: string; lines: number }[] = [];
    for (const root of document.querySelectorAll(selector)) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const match of (node.textContent ?? '').matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
          if (rects.length < 2) continue;
          // Rects of one line share their top, give or take a pixel of rounding; the
          // next line starts at least half a line lower.
          const tops: number[] = [];
          for (const rect of rects) {
            if (!tops.some((top) => Math.abs(top - rect.top) < rect.height / 2))
              tops.push(rect.top);
          }
          if (tops.length > 1) broken.push({ word: match[0], lines: tops.length });
        }
      }
    }
    return broken;
  }, selector);
}

/** How far the page itself scrolls sideways, in CSS pixels: 0 when it fits the screen. */
export function pageOverflow(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}
