import { describe, expect, it } from 'vitest';
import { jpegInfo, winAnsi } from './index.ts';
import { wrap } from './layout.ts';
import { TEST_PHOTO as PHOTO } from './test-photo.ts';
import { widthOf } from './text.ts';

// What a PDF reader makes of the files: scripts/pdf/readback.test.ts (poppler).

describe('wrap', () => {
  it('never makes a line wider than asked, and keeps every word in order', () => {
    const text =
      'Cuando la amenaza pasa y esa persona vuelve a ser amable, el alivio te inunda. ' +
      'A_very_long_word_without_any_space_that_cannot_fit_on_one_line_at_all_anywhere';
    for (const width of [80, 150, 300]) {
      const lines = wrap([{ text }], 10, width);
      for (const line of lines) {
        const w = line.reduce((sum, p) => sum + widthOf(p.codes, 10, p.bold), 0);
        expect(w).toBeLessThanOrEqual(width + 0.001);
      }
      const back = lines
        .map((line) => line.map((p) => String.fromCharCode(...p.codes)).join(''))
        .join(' ');
      expect(back.replace(/\s+/g, '')).toBe(
        String.fromCharCode(...winAnsi(text)).replace(/\s+/g, ''),
      );
    }
  });
});

describe('winAnsi', () => {
  it('maps curly quotes, dashes and the euro, and Intl’s narrow space, and marks the rest', () => {
    expect(winAnsi('‘’“”–—€')).toEqual([0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0x80]);
    expect(winAnsi('10:30\u202fPM')).toEqual(winAnsi('10:30 PM'));
    // A decomposed accent is drawn as the composed letter.
    expect(winAnsi('ne\u0301')).toEqual(winAnsi('né'));
    expect(winAnsi('日本 🙂')).toEqual([0x3f, 0x3f, 0x20, 0x3f]);
  });
});

describe('jpegInfo', () => {
  it('reads the size and colour of a JPEG, and refuses what is not one', () => {
    expect(jpegInfo(PHOTO)).toEqual({ width: 48, height: 32, components: 3 });
    expect(jpegInfo(new Uint8Array([0xff, 0xd8, 0xff]))).toBeNull();
    expect(jpegInfo(PHOTO.slice(0, 40))).toBeNull();
    expect(jpegInfo(new Uint8Array(64))).toBeNull();
  });
});
