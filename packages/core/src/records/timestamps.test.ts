import { describe, expect, it } from 'vitest';
import { putChange, readStored } from './kind.ts';
import { kindFor } from './registry.ts';
import { timestampSettings } from './settings.ts';
import { parseReceipt, receiptId, timestampReceipt } from './timestamps.ts';

const receipt = {
  id: 'e1f2-0',
  entry: 'e1f2',
  version: 0,
  digest: 'ab'.repeat(32),
  token: 'MIIB',
  time: '2026-12-03T08:00:00.000Z',
  authority: 'Relay time-stamping service',
};

const codes = (value: unknown) => {
  const parsed = parseReceipt(value);
  return parsed.ok ? [] : parsed.issues.map((i) => `${i.path}:${i.code}`);
};

describe('a timestamp receipt', () => {
  it('reads as stored, under the id of its entry and version', () => {
    expect(receiptId('e1f2', 3)).toBe('e1f2-3');
    expect(parseReceipt(receipt)).toEqual({ ok: true, value: receipt });
    expect(readStored(timestampReceipt, { id: 'e1f2-0', value: receipt, version: 1 })).toEqual({
      ok: true,
      id: 'e1f2-0',
      value: receipt,
      storedVersion: 1,
    });
    expect(kindFor('timestamp-receipt', 'e1f2-0')).toBe(timestampReceipt);
    expect(timestampReceipt.scope).toBe('content');
  });

  it('refuses a damaged one with a stable code for each field', () => {
    expect(codes({ ...receipt, digest: 'AB'.repeat(32) })).toEqual(['digest:pattern']);
    expect(codes({ ...receipt, token: 'not base64!' })).toEqual(['token:pattern']);
    expect(codes({ ...receipt, token: '' })).toEqual(['token:empty']);
    expect(codes({ ...receipt, time: 'yesterday' })).toEqual(['time:invalid-instant']);
    expect(codes({ ...receipt, version: -1 })).toEqual(['version:out-of-range']);
    expect(codes({ ...receipt, entry: 'e/1' })).toEqual(['entry:invalid-id']);
    expect(codes({ ...receipt, id: 'e1f2-1' })).toEqual(['id:mismatch']);
    expect(codes({ ...receipt, authority: 'A\u202eB' })).toEqual(['authority:unsafe-text']);
    expect(codes({ ...receipt, words: 'what happened' })).toEqual(['words:unknown-field']);
    expect(codes({ ...receipt, token: undefined })).toEqual(['token:required']);
    expect(codes('a receipt')).toEqual([':wrong-type']);
  });

  it('is never written under another id than its own', () => {
    expect(() => putChange(timestampReceipt, 'e1f2-1', receipt)).toThrow(/mismatch|says/);
    expect(putChange(timestampReceipt, 'e1f2-0', receipt)).toMatchObject({ op: 'put', version: 1 });
  });
});

describe('the trusted timestamps setting', () => {
  it('is this device’s own, under one id, on or off', () => {
    expect(timestampSettings.scope).toBe('local');
    expect(kindFor('settings', 'timestamps')).toBe(timestampSettings);
    expect(timestampSettings.parse({ on: true })).toEqual({ ok: true, value: { on: true } });
    expect(timestampSettings.parse({ on: 'yes' })).toMatchObject({ ok: false });
    expect(() => putChange(timestampSettings, 'other', { on: true })).toThrow();
  });
});
