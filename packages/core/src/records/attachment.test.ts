import { describe, expect, it } from 'vitest';
import { readStored, putChange, InvalidRecordError } from './kind.ts';
import { ATTACHMENT_LIMITS, attachmentMeta, isVoiceMeta, type VoiceMeta } from './journal.ts';

const photo = { id: 'p1', type: 'image/jpeg', size: 2000, chunks: 1, width: 640, height: 480 };
const voice: VoiceMeta = {
  id: 'v1',
  type: 'audio/webm',
  size: 40_000,
  chunks: 1,
  durationMs: 2300,
  transcript: 'He said I would never see the kids again.',
};

describe('the attachment description, version 2', () => {
  it('keeps a voice note: its type, length and typed transcript', () => {
    const read = readStored(attachmentMeta, { id: 'v1', value: voice, version: 2 });
    expect(read).toEqual({ ok: true, id: 'v1', value: voice, storedVersion: 2 });
    expect(read.ok && isVoiceMeta(read.value)).toBe(true);
    expect(putChange(attachmentMeta, 'v1', voice)).toMatchObject({ version: 2, value: voice });
  });

  it('reads a version-1 photo as it was written', () => {
    const read = readStored(attachmentMeta, { id: 'p1', value: photo, version: 1 });
    expect(read).toEqual({ ok: true, id: 'p1', value: photo, storedVersion: 1 });
    expect(read.ok && isVoiceMeta(read.value)).toBe(false);
  });

  it('counts a version-1 description with an audio type as damaged, not as a voice note', () => {
    const read = readStored(attachmentMeta, { id: 'v1', value: voice, version: 1 });
    expect(read).toMatchObject({ ok: false, code: 'migration-failed', version: 1 });
  });

  it('refuses a voice note over the length limit, a transcript too long, or an unknown type', () => {
    const bad: Array<[string, unknown]> = [
      ['durationMs', { ...voice, durationMs: ATTACHMENT_LIMITS.voiceMs + 1 }],
      ['transcript', { ...voice, transcript: 'x'.repeat(ATTACHMENT_LIMITS.transcript + 1) }],
      ['transcript', { ...voice, transcript: undefined }],
      ['type', { ...voice, type: 'audio/x-wav' }],
      ['width', { ...photo, width: undefined }],
    ];
    for (const [path, value] of bad) {
      const read = readStored(attachmentMeta, {
        id: (value as { id: string }).id,
        value,
        version: 2,
      });
      expect(read.ok, path).toBe(false);
      expect(!read.ok && read.issues?.map((i) => i.path), path).toEqual([path]);
    }
    expect(() =>
      putChange(attachmentMeta, 'v1', { ...voice, size: ATTACHMENT_LIMITS.maxBytes + 1 }),
    ).toThrow(InvalidRecordError);
  });

  it('is a newer release’s record for a release that knows only version 1', () => {
    const older = { ...attachmentMeta, version: 1, migrate: {} };
    expect(readStored(older, { id: 'v1', value: voice, version: 2 })).toMatchObject({
      ok: false,
      code: 'newer-version',
    });
  });
});
