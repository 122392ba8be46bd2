import { layout, PAGE_HEIGHT, PAGE_WIDTH, type Block, type Mark } from './layout.ts';
import { pdfString, widthOf, winAnsi } from './text.ts';

export interface PdfOptions {
  /** The line at the foot of every page, told its number and the count ("3 / 12"). */
  readonly footer?: (page: number, pages: number) => string;
}

export interface Pdf {
  readonly bytes: Uint8Array<ArrayBuffer>;
  readonly pages: number;
  /** Pictures left out because their bytes were not a JPEG this reads. */
  readonly skipped: number;
}

const ascii = (text: string) => new TextEncoder().encode(text);
const n = (value: number) => (Math.round(value * 100) / 100).toString();

function drawn(marks: readonly Mark[]): string {
  const ops: string[] = [];
  for (const mark of marks) {
    if (mark.kind === 'text') {
      const font = mark.bold ? 'F2' : 'F1';
      ops.push(
        `BT /${font} ${n(mark.size)} Tf ${n(mark.x)} ${n(mark.y)} Td ${pdfString(mark.codes)} Tj ET`,
      );
    } else {
      ops.push(
        `q ${n(mark.width)} 0 0 ${n(mark.height)} ${n(mark.x)} ${n(mark.y)} cm /Im${mark.image} Do Q`,
      );
    }
  }
  return `${ops.join('\n')}\n`;
}

/**
 * A PDF of the blocks, on A4 pages, in the fonts every reader has (Helvetica and its
 * bold, WinAnsi), with the photos as the JPEG bytes they are. Nothing in it names the
 * program that made it: no document information, no producer, no title.
 */
export function writePdf(blocks: readonly Block[], options: PdfOptions = {}): Pdf {
  const laid = layout(blocks);
  const total = laid.pages.length;
  const chunks: Uint8Array[] = [];
  const offsets: number[] = [];
  let size = 0;
  const put = (bytes: Uint8Array) => {
    chunks.push(bytes);
    size += bytes.length;
  };
  // Object numbers: 1 catalog, 2 page tree, 3 and 4 the fonts, then the images, then
  // each page's content and the page itself.
  const firstImage = 5;
  const firstPage = firstImage + laid.images.length;
  const pageRef = (i: number) => firstPage + 2 * i + 1;
  const object = (number: number, body: string, stream?: Uint8Array) => {
    offsets[number] = size;
    put(ascii(`${number} 0 obj\n${body}\n`));
    if (stream) {
      put(ascii('stream\n'));
      put(stream);
      put(ascii('\nendstream\n'));
    }
    put(ascii('endobj\n'));
  };

  // A binary comment after the header says the file holds bytes above 127.
  put(Uint8Array.from([...ascii('%PDF-1.4\n%'), 0xe2, 0xe3, 0xcf, 0xd3, 0x0a]));
  object(1, '<< /Type /Catalog /Pages 2 0 R >>');
  const kids = laid.pages.map((_, i) => `${pageRef(i)} 0 R`).join(' ');
  object(2, `<< /Type /Pages /Kids [${kids}] /Count ${total} >>`);
  object(3, '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  object(
    4,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>',
  );
  laid.images.forEach(({ bytes, info }, i) => {
    const space =
      info.components === 1 ? '/DeviceGray' : info.components === 4 ? '/DeviceCMYK' : '/DeviceRGB';
    // Adobe's CMYK JPEGs store inverted values; a Decode array turns them back.
    const decode = info.components === 4 ? ' /Decode [1 0 1 0 1 0 1 0]' : '';
    object(
      firstImage + i,
      `<< /Type /XObject /Subtype /Image /Width ${info.width} /Height ${info.height} /ColorSpace ${space} /BitsPerComponent 8 /Filter /DCTDecode${decode} /Length ${bytes.length} >>`,
      bytes,
    );
  });
  const xobjects = laid.images.map((_, i) => `/Im${i} ${firstImage + i} 0 R`).join(' ');
  laid.pages.forEach((marks, i) => {
    let content = drawn(marks);
    const footer = options.footer?.(i + 1, total);
    if (footer) {
      const codes = winAnsi(footer);
      const x = (PAGE_WIDTH - widthOf(codes, 9, false)) / 2;
      content += `BT /F1 9 Tf ${n(x)} 30 Td ${pdfString(codes)} Tj ET\n`;
    }
    const stream = ascii(content);
    object(firstPage + 2 * i, `<< /Length ${stream.length} >>`, stream);
    object(
      pageRef(i),
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${n(PAGE_WIDTH)} ${n(PAGE_HEIGHT)}] /Resources << /Font << /F1 3 0 R /F2 4 0 R >>${xobjects ? ` /XObject << ${xobjects} >>` : ''} >> /Contents ${firstPage + 2 * i} 0 R >>`,
    );
  });
  const count = firstPage + 2 * total;
  const xref = size;
  let table = `xref\n0 ${count}\n0000000000 65535 f \n`;
  for (let i = 1; i < count; i++) table += `${offsets[i]!.toString().padStart(10, '0')} 00000 n \n`;
  put(ascii(`${table}trailer\n<< /Size ${count} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`));

  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return { bytes, pages: total, skipped: laid.skipped };
}
