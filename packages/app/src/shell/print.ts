// What the browser takes from the page when it prints: the document's title becomes the
// PDF's Title, the suggested file name and the print header. While printing, the title
// is neutral (the cover's name under a disguise, otherwise a plain word such as "Notes"),
// unless the person ticked "show the app's name" on the page they print.

/**
 * True when the page about to print carries the "made with Steady" line, which a print
 * view shows only while its "show the app's name" box is ticked (PrintNameChoice).
 * Read off the page itself, so the title always agrees with what is on the paper.
 */
export function printNamesApp(): boolean {
  return document.querySelector('.printed-by') !== null;
}

/**
 * Swaps the title for `printTitle()` on beforeprint, back on afterprint. Covers the
 * app's own print buttons, the browser's menu and Ctrl+P alike. Returns an uninstall.
 */
export function installPrintTitle(printTitle: () => string): () => void {
  let saved: string | null = null;
  const before = () => {
    saved ??= document.title;
    document.title = printTitle();
  };
  const after = () => {
    if (saved !== null) document.title = saved;
    saved = null;
  };
  window.addEventListener('beforeprint', before);
  window.addEventListener('afterprint', after);
  return () => {
    after();
    window.removeEventListener('beforeprint', before);
    window.removeEventListener('afterprint', after);
  };
}
