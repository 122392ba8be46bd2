import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

export interface PrintedPdf {
  /** What pdftotext reads off the pages. */
  text: string;
  /** pdfinfo's fields: Title, Creator, Producer and the rest. */
  info: Record<string, string>;
}

/**
 * Prints the page to PDF as the browser does for paper (print media; the page's
 * beforeprint and afterprint run) and reads it back with poppler's tools.
 */
export async function printToPdf(page: Page, dir: string, name: string): Promise<PrintedPdf> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4' });
  await page.emulateMedia({ media: 'screen' });
  const file = join(dir, `${name}.pdf`);
  await writeFile(file, pdf);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const info = Object.fromEntries(
    execFileSync('pdfinfo', [file], { encoding: 'utf8' })
      .split('\n')
      .flatMap((line) => {
        const at = line.indexOf(':');
        return at > 0 ? [[line.slice(0, at).trim(), line.slice(at + 1).trim()]] : [];
      }),
  );
  return { text, info };
}
