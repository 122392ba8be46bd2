import type { Page } from 'playwright-core';

/**
 * Photos of random noise, drawn and encoded as JPEG by the browser's own canvas: noise
 * does not compress, so each one is about as large as a photo of its size can be. The
 * pixels come from a fast PRNG (xorshift32, seeded), since crypto.getRandomValues fills
 * at most 65,536 bytes a call; `seed` makes each photo different.
 */
export async function noiseJpeg(
  page: Page,
  seed: number,
  width = 2560,
  height = 1920,
  quality = 0.95,
): Promise<Buffer> {
  const dataUrl = await page.evaluate(
    async ([w, h, s, q]) => {
      const canvas = new OffscreenCanvas(w, h);
      const context = canvas.getContext('2d')!;
      const image = context.createImageData(w, h);
      const words = new Uint32Array(image.data.buffer);
      let x = (s * 2654435761) >>> 0 || 1;
      for (let i = 0; i < words.length; i++) {
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        // Opaque: the alpha byte (the top one, little-endian) is always 255.
        words[i] = (x | 0xff000000) >>> 0;
      }
      context.putImageData(image, 0, 0);
      const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: q });
      return new Promise<string>((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => resolve(reader.result as string);
        reader.onerror = () => reject(new Error('could not read the noise photo'));
        reader.readAsDataURL(blob);
      });
    },
    [width, height, seed, quality] as const,
  );
  const jpeg = Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');
  if (jpeg[0] !== 0xff || jpeg[1] !== 0xd8) throw new Error('not a JPEG');
  return jpeg;
}
