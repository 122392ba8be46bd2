import { validateJournalRecord } from '../model/journal-validate.ts';
import type { JournalRecord } from '../model/journal-types.ts';
import { failed, ok, type Issues } from '../schema/issues.ts';
import { field, idAt, intAt, objectAt, oneOfAt, textAt } from '../schema/read.ts';
import { defineKind } from './kind.ts';

/**
 * A journal entry with every version of it (model/journal-types.ts).
 *
 * Version 2: a version's content may be a quick note with no stage and no severity yet
 * (createJottedEntry). A release that knows only version 1 would refuse such an entry as
 * damaged; raised, it says "written by a newer release" instead, and leaves it as it is.
 *
 * Version 3: a version's content may hold `details` for a court or advocate (the place,
 * a police report number, a protection order…; model/journal-types.ts CourtDetails).
 * Left out when none was given, so an entry without details is stored, and digested,
 * exactly as in version 2.
 */
export const journalEntry = /* @__PURE__ */ defineKind<JournalRecord>({
  name: 'journal entry',
  kind: 'journal',
  version: 3,
  scope: 'content',
  parse: validateJournalRecord,
  migrate: {
    // Every version-1 entry has its stage and severity: it is a version-2 entry as it is.
    // One without them is damaged, not a quick note: it stays unreadable (counted, kept).
    1: (value) => {
      const versions = (value as { versions?: unknown } | null)?.versions;
      const lacking = (content: unknown) =>
        typeof content !== 'object' ||
        content === null ||
        !('stage' in content) ||
        !('severity' in content);
      if (
        Array.isArray(versions) &&
        versions.some((v) => lacking((v as { content?: unknown } | null)?.content))
      ) {
        throw new Error('a version-1 entry without its stage or severity');
      }
      return value;
    },
    // A version-2 entry is a version-3 entry without details, as it is. One that holds
    // details was never written by a release that knew version 2: damaged, not cleaned
    // of them. It stays unreadable (counted, left as stored).
    2: (value) => {
      const versions = (value as { versions?: unknown } | null)?.versions;
      const claims = (version: unknown) => {
        const content = (version as { content?: unknown } | null)?.content;
        return typeof content === 'object' && content !== null && 'details' in content;
      };
      if (Array.isArray(versions) && versions.some(claims)) {
        throw new Error('a version-2 entry with details');
      }
      return value;
    },
  },
  merge: { strategy: 'grow-only', list: 'versions', conflictCopies: [] },
  idOf: (record) => record.id,
});

export const IMAGE_TYPES = ['image/jpeg', 'image/png'] as const;
export type ImageType = (typeof IMAGE_TYPES)[number];

/**
 * What a browser's MediaRecorder writes, stored without its codecs parameter (Chromium and
 * Firefox: WebM or Ogg with Opus; Safari: MP4 with AAC).
 */
export const AUDIO_TYPES = ['audio/webm', 'audio/ogg', 'audio/mp4'] as const;
export type AudioType = (typeof AUDIO_TYPES)[number];

export const ATTACHMENT_LIMITS = {
  /** The longest side an image is kept at; larger ones are scaled down first. */
  longestSide: 2560,
  chunkBytes: 256 * 1024,
  /** More than any image of the longest side, encoded, could need. */
  maxBytes: 64 * 1024 * 1024,
  idLength: 128,
  /** The longest voice note: the recorder stops itself here. */
  voiceMs: 10 * 60 * 1000,
  /** A voice note's typed transcript, as long as an entry's longest text. */
  transcript: 20_000,
} as const;

/** The stored description of one attachment; its bytes are in `chunks` chunk records. */
export interface ImageMeta {
  readonly id: string;
  readonly type: ImageType;
  readonly size: number;
  readonly chunks: number;
  readonly width: number;
  readonly height: number;
}

/** A voice note: its length as recorded, and what it says, typed, if the person wrote it. */
export interface VoiceMeta {
  readonly id: string;
  readonly type: AudioType;
  readonly size: number;
  readonly chunks: number;
  readonly durationMs: number;
  /** '' when none was typed. */
  readonly transcript: string;
}

export type AttachmentMeta = ImageMeta | VoiceMeta;

export const isVoiceMeta = (meta: AttachmentMeta): meta is VoiceMeta =>
  meta.type.startsWith('audio/');

/**
 * A photo, screenshot or voice note kept with an entry.
 *
 * Version 2: a description may be a voice note's (an audio type, its length, a typed
 * transcript). Every version-1 description is an image's, and reads as it is; a release
 * that knows only version 1 says "written by a newer release" of a voice note instead of
 * counting it as damaged.
 */
export const attachmentMeta = /* @__PURE__ */ defineKind<AttachmentMeta>({
  name: 'attachment',
  kind: 'attachment',
  version: 2,
  scope: 'content',
  parse(value) {
    const issues: Issues = [];
    const o = objectAt(value, '', issues);
    if (o === undefined) return failed(issues);
    const voice = typeof o.type === 'string' && o.type.startsWith('audio/');
    const id = idAt(field(o, 'id'), 'id', issues, ATTACHMENT_LIMITS.idLength);
    const size = intAt(field(o, 'size'), 'size', issues, 0, ATTACHMENT_LIMITS.maxBytes);
    const maxChunks = Math.ceil(ATTACHMENT_LIMITS.maxBytes / ATTACHMENT_LIMITS.chunkBytes);
    const chunks = intAt(field(o, 'chunks'), 'chunks', issues, 1, maxChunks);
    if (voice) {
      const type = oneOfAt(field(o, 'type'), 'type', issues, AUDIO_TYPES);
      const durationMs = intAt(
        field(o, 'durationMs'),
        'durationMs',
        issues,
        0,
        ATTACHMENT_LIMITS.voiceMs,
      );
      const transcript = textAt(field(o, 'transcript'), 'transcript', issues, {
        max: ATTACHMENT_LIMITS.transcript,
        wellFormed: true,
      });
      if (
        issues.length > 0 ||
        id === undefined ||
        type === undefined ||
        size === undefined ||
        chunks === undefined ||
        durationMs === undefined ||
        transcript === undefined
      ) {
        return failed(issues);
      }
      return ok({ id, type, size, chunks, durationMs, transcript });
    }
    const type = oneOfAt(field(o, 'type'), 'type', issues, IMAGE_TYPES);
    const side = ATTACHMENT_LIMITS.longestSide;
    const width = intAt(field(o, 'width'), 'width', issues, 1, side);
    const height = intAt(field(o, 'height'), 'height', issues, 1, side);
    if (
      issues.length > 0 ||
      id === undefined ||
      type === undefined ||
      size === undefined ||
      chunks === undefined ||
      width === undefined ||
      height === undefined
    ) {
      return failed(issues);
    }
    return ok({ id, type, size, chunks, width, height });
  },
  migrate: {
    // Version 1 held images only, in the same shape: read as they are. One naming an
    // audio type was never written by a release, so it is damaged, not a voice note.
    1: (value) => {
      const type = (value as { type?: unknown } | null)?.type;
      if (typeof type === 'string' && type.startsWith('audio/')) {
        throw new Error('a version-1 attachment that is not an image');
      }
      return value;
    },
  },
  merge: { strategy: 'fields', conflictCopies: [] },
  idOf: (meta) => meta.id,
});

/** Base64 of at most one chunk's bytes. */
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** One piece of an attachment's bytes, base64 (id 'ATTACHMENT:N'). */
export const attachmentChunk = /* @__PURE__ */ defineKind<string>({
  name: 'attachment chunk',
  kind: 'attachment-chunk',
  version: 1,
  scope: 'content',
  parse(value) {
    const issues: Issues = [];
    const text = textAt(value, '', issues, {
      max: Math.ceil(ATTACHMENT_LIMITS.chunkBytes / 3) * 4,
      pattern: BASE64,
      patternMessage: 'must be base64',
    });
    return text === undefined ? failed(issues) : ok(text);
  },
  migrate: {},
  merge: { strategy: 'fields', conflictCopies: [] },
});
