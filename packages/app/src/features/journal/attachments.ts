import {
  ATTACHMENT_LIMITS as STORED_LIMITS,
  attachmentChunk,
  attachmentMeta,
  deleteChange,
  putChange,
  type AttachmentMeta,
  type AudioType,
  type CheckedChange,
  type ImageType,
  type VoiceMeta,
} from '@steady/core';
import type { VaultApi } from '../../vault/api.ts';
import { fromBase64, toBase64 } from '../../lib/base64.ts';

// Photos and screenshots kept with an entry. Each is redrawn in the browser and
// encoded afresh, which keeps only the pixels: EXIF (camera, time, GPS location)
// and every other block of the original file are left behind. The new bytes are
// stored encrypted in the vault, split into chunks so no single record is huge
// (the record kinds are core's: attachmentMeta, attachmentChunk).

export const ATTACHMENT_LIMITS = {
  /** Bigger files are refused before being opened: decoding them could exhaust a cheap phone. */
  inputBytes: 15 * 1024 * 1024,
  inputLabel: '15 MB',
  /** Longer sides are scaled down to this, which still reads well when printed. */
  longestSide: STORED_LIMITS.longestSide,
  chunkBytes: STORED_LIMITS.chunkBytes,
} as const;

export type { AttachmentMeta, AudioType, ImageType, VoiceMeta };

/** A voice note recorded in the form, not yet in the vault. */
export interface PendingVoice {
  id: string;
  blob: Blob;
  type: AudioType;
  durationMs: number;
  transcript: string;
}

export interface PreparedImage {
  blob: Blob;
  type: ImageType;
  width: number;
  height: number;
}

export type ImageProblem = 'not-image' | 'too-big' | 'unreadable';

export class ImageRefused extends Error {
  constructor(readonly problem: ImageProblem) {
    super(problem);
  }
}

export function checkImageFile(file: { type: string; size: number }): ImageProblem | null {
  if (!file.type.startsWith('image/')) return 'not-image';
  if (file.size > ATTACHMENT_LIMITS.inputBytes) return 'too-big';
  return null;
}

/** Width and height scaled so the longest side is at most `max`, never up. */
export function fitWithin(width: number, height: number, max: number) {
  const scale = Math.min(1, max / Math.max(width, height));
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  };
}

/** Decodes and re-encodes an image; what comes out holds pixels and nothing else. */
export async function prepareImage(file: File): Promise<PreparedImage> {
  const problem = checkImageFile(file);
  if (problem) throw new ImageRefused(problem);
  let bitmap: ImageBitmap;
  try {
    // Turned upright from the original's orientation first, since that tag is dropped.
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    throw new ImageRefused('unreadable');
  }
  try {
    const { width, height } = fitWithin(bitmap.width, bitmap.height, ATTACHMENT_LIMITS.longestSide);
    // Screenshots stay sharp (and any transparency stays) as PNG; photos become JPEG.
    const type: ImageType = file.type === 'image/png' ? 'image/png' : 'image/jpeg';
    const blob = await encodeImage(bitmap, width, height, type);
    return { blob, type, width, height };
  } catch (error) {
    if (error instanceof ImageRefused) throw error;
    throw new ImageRefused('unreadable');
  } finally {
    bitmap.close();
  }
}

/**
 * Draws `source` at `width` × `height` and encodes it as `type` (quality 0.9): pixels and
 * nothing else. `paper`: a colour laid under it first (a transparent PNG would turn
 * black in a JPEG). The canvas's pixels are let go as soon as the file is made.
 */
export async function encodeImage(
  source: CanvasImageSource,
  width: number,
  height: number,
  type: ImageType,
  paper?: string,
): Promise<Blob> {
  const draw = (context: OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D | null) => {
    if (!context) throw new ImageRefused('unreadable');
    if (paper) {
      context.fillStyle = paper;
      context.fillRect(0, 0, width, height);
    }
    context.drawImage(source, 0, 0, width, height);
  };
  if (typeof OffscreenCanvas !== 'undefined') {
    const canvas = new OffscreenCanvas(width, height);
    draw(canvas.getContext('2d'));
    try {
      return await canvas.convertToBlob({ type, quality: 0.9 });
    } finally {
      canvas.width = 0;
      canvas.height = 0;
    }
  }
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  draw(canvas.getContext('2d'));
  try {
    return await new Promise((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new ImageRefused('unreadable'))),
        type,
        0.9,
      ),
    );
  } finally {
    canvas.width = 0;
    canvas.height = 0;
  }
}

export type VaultChange = CheckedChange;

export function chunkId(attachmentId: string, n: number): string {
  return `${attachmentId}:${n}`;
}

/** The records that store one prepared image: its description and its chunks. */
export async function attachmentWrites(id: string, image: PreparedImage): Promise<VaultChange[]> {
  const bytes = new Uint8Array(await image.blob.arrayBuffer());
  return storedWrites(bytes, imageMeta(id, image));
}

/** The description a prepared photo is stored under (its bytes are its blob's bytes). */
export function imageMeta(id: string, image: PreparedImage): AttachmentMeta {
  const size = image.blob.size;
  return {
    id,
    type: image.type,
    size,
    chunks: chunkCount(size),
    width: image.width,
    height: image.height,
  };
}

function chunkCount(bytes: number): number {
  return Math.max(1, Math.ceil(bytes / ATTACHMENT_LIMITS.chunkBytes));
}

/** The records that store one voice note, exactly as a photo is stored. */
export async function voiceWrites(note: PendingVoice): Promise<VaultChange[]> {
  const bytes = new Uint8Array(await note.blob.arrayBuffer());
  return storedWrites(bytes, voiceMeta(note));
}

/** The description a voice note is stored under. */
export function voiceMeta(note: PendingVoice): AttachmentMeta {
  const size = note.blob.size;
  return {
    id: note.id,
    type: note.type,
    size,
    chunks: chunkCount(size),
    durationMs: note.durationMs,
    transcript: note.transcript,
  };
}

function storedWrites(bytes: Uint8Array, meta: AttachmentMeta): VaultChange[] {
  const size = ATTACHMENT_LIMITS.chunkBytes;
  const chunks = meta.chunks;
  const writes: VaultChange[] = [putChange(attachmentMeta, meta.id, meta)];
  for (let n = 0; n < chunks; n++) {
    const chunk = toBase64(bytes.subarray(n * size, (n + 1) * size));
    writes.push(putChange(attachmentChunk, chunkId(meta.id, n), chunk));
  }
  return writes;
}

/** The deletes that remove attachments whole (description and every chunk). */
export async function attachmentDeletes(vault: VaultApi, ids: Iterable<string>) {
  const deletes: VaultChange[] = [];
  for (const id of ids) {
    const read = await vault.read(attachmentMeta, id);
    // A description that cannot be read does not say how many chunks it has: they stay
    // (encrypted, harmless), and the description goes with the entry that named it.
    const chunks = read?.ok ? read.value.chunks : 0;
    for (let n = 0; n < chunks; n++) deletes.push(deleteChange(attachmentChunk, chunkId(id, n)));
    deletes.push(deleteChange(attachmentMeta, id));
  }
  return deletes;
}

/** Decrypts an attachment back into a Blob of its type (an image, a voice note), or undefined when it is missing or damaged. */
export async function readAttachment(vault: VaultApi, id: string): Promise<Blob | undefined> {
  const read = await vault.read(attachmentMeta, id);
  if (!read?.ok) return undefined;
  const meta = read.value;
  const parts: Uint8Array<ArrayBuffer>[] = [];
  for (let n = 0; n < meta.chunks; n++) {
    const chunk = await vault.read(attachmentChunk, chunkId(id, n));
    if (!chunk?.ok) return undefined;
    parts.push(fromBase64(chunk.value));
  }
  return new Blob(parts, { type: meta.type });
}
