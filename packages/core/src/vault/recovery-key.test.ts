import { describe, expect, it } from 'vitest';
import { MalformedRecoveryKeyError } from './errors.ts';
import { generateRecoveryKey, parseRecoveryKey, RECOVERY_SYMBOLS } from './recovery-key.ts';
import { hex, rejection } from './testing/fixtures.ts';

const SHAPE = /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){7}$/;

describe('recovery key', () => {
  it('is 8 groups of 4 Crockford base32 characters carrying 150 random bits', async () => {
    const { text, secret } = await generateRecoveryKey();
    expect(text).toMatch(SHAPE);
    expect(secret.length).toBe(RECOVERY_SYMBOLS);
    expect(secret.every((value) => value < 32)).toBe(true);
    expect(RECOVERY_SYMBOLS * 5).toBeGreaterThanOrEqual(128);
  });

  it('is different every time', async () => {
    const keys = new Set<string>();
    for (let i = 0; i < 50; i++) keys.add((await generateRecoveryKey()).text);
    expect(keys.size).toBe(50);
  });

  it('reads back however it was written down', async () => {
    const { text, secret } = await generateRecoveryKey();
    const compact = text.replaceAll('-', '');
    const variants = [
      text,
      text.toLowerCase(),
      compact,
      ` ${text.replaceAll('-', ' ')} \n`,
      text.replaceAll('-', '\u2013'),
      compact.replaceAll('0', 'O').replaceAll('1', 'l'),
      compact.replaceAll('1', 'I').toLowerCase(),
      // Full-width forms, as some phone keyboards type them.
      Array.from(compact, (c) => String.fromCodePoint(c.codePointAt(0)! + 0xfee0)).join(''),
    ];
    for (const variant of variants) expect(hex(await parseRecoveryKey(variant))).toBe(hex(secret));
  });

  it('tells a typo from a wrong key', async () => {
    const { text } = await generateRecoveryKey();
    const chars = [...text];
    const at = chars.findIndex((c) => c !== '-');
    chars[at] = chars[at] === 'A' ? 'B' : 'A';
    const error = await rejection(parseRecoveryKey(chars.join('')));
    expect(error).toBeInstanceOf(MalformedRecoveryKeyError);
  });

  it.each(['', 'ABCD', 'U'.repeat(32), '!'.repeat(32)])('refuses %j', async (input) => {
    expect(await rejection(parseRecoveryKey(input))).toBeInstanceOf(MalformedRecoveryKeyError);
  });

  it('refuses one character too many or too few', async () => {
    const { text } = await generateRecoveryKey();
    expect(await rejection(parseRecoveryKey(`${text}0`))).toBeInstanceOf(MalformedRecoveryKeyError);
    expect(await rejection(parseRecoveryKey(text.slice(1)))).toBeInstanceOf(
      MalformedRecoveryKeyError,
    );
  });
});
