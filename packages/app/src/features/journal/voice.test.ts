import { describe, expect, it } from 'vitest';
import { formatLength } from './data.ts';
import { storedType, VOICE_LIMITS } from './recorder.ts';

describe('voice notes', () => {
  it('show their length as a clock reads it', () => {
    expect(formatLength(0)).toBe('0:00');
    expect(formatLength(2_400)).toBe('0:02');
    expect(formatLength(65_000)).toBe('1:05');
    expect(formatLength(VOICE_LIMITS.durationMs)).toBe('10:00');
    expect(formatLength(3_605_000)).toBe('1:00:05');
  });

  it('are stored under the type the recorder wrote, without its codecs', () => {
    expect(storedType('audio/webm;codecs=opus')).toBe('audio/webm');
    expect(storedType('audio/ogg; codecs=opus')).toBe('audio/ogg');
    expect(storedType('audio/mp4')).toBe('audio/mp4');
    expect(storedType('video/webm;codecs=vp8,opus')).toBeUndefined();
    expect(storedType('')).toBeUndefined();
  });

  it('share the size rule of a photo chosen from the device', () => {
    expect(VOICE_LIMITS.bytes).toBe(15 * 1024 * 1024);
    expect(VOICE_LIMITS.durationMs).toBe(10 * 60 * 1000);
  });
});
