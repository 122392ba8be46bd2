import type { Bytes } from '../vault/bytes.ts';
import type { StoredObject } from './relay.ts';

/*
 * Many objects in one body, for the relay's batch routes (POST /v2/:id/objects and
 * POST /v2/:id/objects/get). Each object is one frame:
 *
 *   name    16 bytes, the object's 128-bit name (its 32 hex digits, as bytes)
 *   length   4 bytes, big-endian: how many bytes follow
 *   bytes   `length` bytes, the sealed object
 *
 * A batch is frames one after another, nothing between or after them. An answer to a
 * get starts with 4 more bytes, big-endian: how many of the names asked (from the first)
 * it answers; the objects among those that the relay holds follow as frames. When that
 * count is less than the names asked, there is more: ask again for the rest.
 */

/** Bytes a frame adds to its object. */
export const FRAME_OVERHEAD = 20;
const NAME_BYTES = 16;
const HEX = /^[0-9a-f]{32}$/;

export class FrameError extends Error {
  override readonly name = 'FrameError';
}

/** The frames' length for objects of these sizes. */
export function framedLength(objects: readonly { readonly bytes: Uint8Array }[]): number {
  let total = 0;
  for (const { bytes } of objects) total += FRAME_OVERHEAD + bytes.byteLength;
  return total;
}

/** Frames the objects, after `prefix` bytes left at the start (zero) for the caller. */
export function encodeFrames(
  objects: readonly { readonly name: string; readonly bytes: Uint8Array }[],
  prefix = 0,
): Bytes {
  const out = new Uint8Array(prefix + framedLength(objects));
  const view = new DataView(out.buffer);
  let at = prefix;
  for (const { name, bytes } of objects) {
    if (!HEX.test(name)) throw new FrameError('An object name is 32 lowercase hex digits.');
    for (let i = 0; i < NAME_BYTES; i++) out[at + i] = parseInt(name.slice(2 * i, 2 * i + 2), 16);
    view.setUint32(at + NAME_BYTES, bytes.byteLength);
    out.set(bytes, at + FRAME_OVERHEAD);
    at += FRAME_OVERHEAD + bytes.byteLength;
  }
  return out;
}

/** Reads frames from `from` to the end; throws FrameError on anything but whole frames. */
export function decodeFrames(body: Bytes, from = 0): StoredObject[] {
  const view = new DataView(body.buffer, body.byteOffset, body.byteLength);
  const objects: StoredObject[] = [];
  let at = from;
  while (at < body.byteLength) {
    if (body.byteLength - at < FRAME_OVERHEAD) {
      throw new FrameError(`Frame ${objects.length + 1} is cut short in its header.`);
    }
    let name = '';
    for (let i = at; i < at + NAME_BYTES; i++) name += body[i]!.toString(16).padStart(2, '0');
    const length = view.getUint32(at + NAME_BYTES);
    const start = at + FRAME_OVERHEAD;
    if (length > body.byteLength - start) {
      throw new FrameError(`Frame ${objects.length + 1} says ${length} bytes; fewer follow.`);
    }
    objects.push({ name, bytes: body.subarray(start, start + length) });
    at = start + length;
  }
  return objects;
}
