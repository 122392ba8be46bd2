// A small PDF writer for printed records: text in the standard fonts, photos as JPEG.
// '@steady/core/pdf', loaded only when a package is made.
export { jpegInfo, type JpegInfo } from './jpeg.ts';
export type { Block, ImageBlock, Run, TextBlock } from './layout.ts';
export { winAnsi } from './text.ts';
export { writePdf, type Pdf, type PdfOptions } from './write.ts';
