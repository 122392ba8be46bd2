import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writePdf, type Block } from '../../packages/core/src/pdf/index.ts';
import { TEST_PHOTO as PHOTO } from '../../packages/core/src/pdf/test-photo.ts';

// The PDF writer of packages/core/src/pdf, read back with poppler (Debian's poppler-utils, installed by scripts/system-deps.sh),
// as an advocate's PDF reader would.
const dir = mkdtempSync(join(tmpdir(), 'pdf-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function saved(bytes: Uint8Array, name: string): string {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, bytes);
  return file;
}
const run = (tool: string, ...args: string[]) => execFileSync(tool, args, { encoding: 'utf8' });

function info(file: string): Record<string, string> {
  return Object.fromEntries(
    run('pdfinfo', file)
      .split('\n')
      .flatMap((line) => {
        const at = line.indexOf(':');
        return at > 0 ? [[line.slice(0, at).trim(), line.slice(at + 1).trim()]] : [];
      }),
  );
}

const paragraph = (text: string, bold = false): Block => ({
  kind: 'text',
  runs: [{ text, bold }],
});

describe('writePdf', () => {
  it('writes text a PDF reader reads back, in English and Spanish, with page numbers', () => {
    const blocks: Block[] = [
      { kind: 'text', runs: [{ text: 'Record of events', bold: true }], size: 16, heading: true },
      paragraph('He said “you’ll regret this” — then left at 10:30 PM.'),
      paragraph('Sucedió en la cocina: me empujó contra la puerta. Año, niño, ¿por qué? ¡Basta!'),
      ...Array.from({ length: 120 }, (_, i) => paragraph(`Line ${i + 1} of a long record.`)),
    ];
    const pdf = writePdf(blocks, { footer: (page, pages) => `${page} / ${pages}` });
    const file = saved(pdf.bytes, 'text');
    const text = run('pdftotext', '-layout', file, '-');
    expect(text).toContain('Record of events');
    expect(text).toContain('He said “you’ll regret this” — then left at 10:30 PM.');
    expect(text).toContain('Año, niño, ¿por qué? ¡Basta!');
    expect(text).toContain('Line 120 of a long record.');
    expect(pdf.pages).toBeGreaterThan(1);
    expect(info(file).Pages).toBe(String(pdf.pages));
    // pdftotext reads the small footer without its spaces ("3/4").
    for (let page = 1; page <= pdf.pages; page++) {
      expect(text).toMatch(new RegExp(`\\b${page} ?/ ?${pdf.pages}\\b`));
    }
  });

  it('names no program: no title, author, creator or producer', () => {
    const pdf = writePdf([paragraph('Nothing else.')]);
    const fields = info(saved(pdf.bytes, 'plain'));
    for (const field of ['Title', 'Author', 'Creator', 'Producer', 'Subject', 'Keywords']) {
      expect(fields[field], field).toBeUndefined();
    }
    expect(new TextDecoder('latin1').decode(pdf.bytes)).not.toMatch(/steady/i);
  });

  it('carries a photo as its JPEG bytes, at its own size', () => {
    const pdf = writePdf([paragraph('Photo 1'), { kind: 'image', jpeg: PHOTO }]);
    const file = saved(pdf.bytes, 'photo');
    const listed = run('pdfimages', '-list', file).trim().split('\n').slice(2);
    expect(listed).toHaveLength(1);
    const [, , type, width, height, color] = listed[0]!.trim().split(/\s+/);
    expect([type, width, height, color]).toEqual(['image', '48', '32', 'rgb']);
    execFileSync('pdfimages', ['-j', file, join(dir, 'out')]);
    expect(new Uint8Array(readFileSync(join(dir, 'out-000.jpg')))).toEqual(PHOTO);
  });

  it('leaves out, and counts, a picture that is not a JPEG', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    const pdf = writePdf([
      { kind: 'image', jpeg: png },
      { kind: 'image', jpeg: PHOTO },
    ]);
    expect(pdf.skipped).toBe(1);
    const listed = run('pdfimages', '-list', saved(pdf.bytes, 'skipped')).trim().split('\n');
    expect(listed.slice(2)).toHaveLength(1);
  });

  it('keeps a heading with what follows it, never alone at the foot of a page', () => {
    const filler = Array.from({ length: 57 }, (_, i) => paragraph(`Filler ${i + 1}`));
    const pdf = writePdf(
      [
        ...filler,
        { kind: 'text', runs: [{ text: 'The heading', bold: true }], size: 13, heading: true },
        paragraph('Its first line'),
      ],
      { footer: (page) => `page ${page}` },
    );
    const file = saved(pdf.bytes, 'heading');
    const pages = run('pdftotext', file, '-').split('\f');
    const on = (words: string) => pages.findIndex((page) => page.includes(words));
    expect(on('The heading')).toBe(on('Its first line'));
  });
});
