import { ATTACHMENT_LIMITS as STORED_LIMITS, AUDIO_TYPES, type AudioType } from '@steady/core';
import { ATTACHMENT_LIMITS } from './attachments.ts';

// Recording a voice note with the browser's own MediaRecorder: nothing is added to the
// app for it. The microphone is asked for only inside start(), which runs when the person
// taps record; the stream is closed as soon as the recording stops, fails or the form
// goes (a lock, quick exit), so the browser's "microphone in use" sign goes too.

/** What the browser is asked for, best first (MDN, MediaRecorder.isTypeSupported). */
const CANDIDATES = ['audio/webm;codecs=opus', 'audio/ogg;codecs=opus', 'audio/mp4', 'audio/webm'];

/** About 4.8 MB for the longest note: well inside the size a photo may have. */
const BITS_PER_SECOND = 64_000;

/**
 * Room for the pieces still on their way when the size rule stops a recording (a second
 * each, at any bit rate a browser might use instead of ours), so what is kept stays
 * inside the rule rather than being refused for a few bytes over.
 */
const SIZE_MARGIN = 512 * 1024;

export const VOICE_LIMITS = {
  durationMs: STORED_LIMITS.voiceMs,
  /** The same size rule as a photo chosen from the device. */
  bytes: ATTACHMENT_LIMITS.inputBytes,
} as const;

export type RecorderProblem = 'unsupported' | 'denied' | 'missing' | 'failed';

export class RecorderRefused extends Error {
  constructor(readonly problem: RecorderProblem) {
    super(problem);
  }
}

/** Why a recording ended: the person stopped it, or it reached the length or size limit. */
export type StopReason = 'stopped' | 'length' | 'size';

export interface Recording {
  blob: Blob;
  type: AudioType;
  durationMs: number;
  reason: StopReason;
}

export interface RecorderHandle {
  /** Milliseconds recorded so far. */
  elapsed(): number;
  stop(): void;
  /** Stops and throws the recording away (the form went). */
  abandon(): void;
  /** Settles once the recording is whole. */
  readonly done: Promise<Recording>;
}

/** The stored type for a recorder's MIME type ('audio/webm;codecs=opus' → 'audio/webm'). */
export function storedType(mimeType: string): AudioType | undefined {
  const base = mimeType.split(';')[0]?.trim().toLowerCase();
  return AUDIO_TYPES.find((type) => type === base);
}

function chooseType(): string | undefined {
  if (typeof MediaRecorder.isTypeSupported !== 'function') return undefined;
  return CANDIDATES.find((type) => MediaRecorder.isTypeSupported(type));
}

function problemOf(error: unknown): RecorderProblem {
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'missing';
  return 'failed';
}

/** Asks for the microphone and starts recording; throws RecorderRefused with the reason. */
export async function startRecording(): Promise<RecorderHandle> {
  // Outside a secure context (plain http on a network address) there is no mediaDevices.
  if (typeof MediaRecorder === 'undefined' || !('mediaDevices' in navigator)) {
    throw new RecorderRefused('unsupported');
  }
  const mimeType = chooseType();
  if (mimeType === undefined || storedType(mimeType) === undefined) {
    throw new RecorderRefused('unsupported');
  }
  let stream: MediaStream;
  try {
    stream = await navigator.mediaDevices.getUserMedia({ audio: true });
  } catch (error) {
    throw new RecorderRefused(problemOf(error));
  }
  const release = () => stream.getTracks().forEach((track) => track.stop());
  let recorder: MediaRecorder;
  try {
    recorder = new MediaRecorder(stream, { mimeType, audioBitsPerSecond: BITS_PER_SECOND });
  } catch {
    release();
    throw new RecorderRefused('unsupported');
  }
  const parts: Blob[] = [];
  let bytes = 0;
  let reason: StopReason = 'stopped';
  let started = 0;
  let ended: number | undefined;
  const clock: { timer?: ReturnType<typeof setInterval> } = {};
  const elapsed = () => Math.min((ended ?? performance.now()) - started, VOICE_LIMITS.durationMs);
  const stop = (why: StopReason) => {
    if (recorder.state === 'inactive') return;
    reason = why;
    ended = performance.now();
    clearInterval(clock.timer);
    recorder.stop();
  };

  const done = new Promise<Recording>((resolve, reject) => {
    recorder.ondataavailable = (event) => {
      if (event.data.size === 0) return;
      parts.push(event.data);
      bytes += event.data.size;
      if (bytes >= VOICE_LIMITS.bytes - SIZE_MARGIN) stop('size');
    };
    recorder.onerror = () => {
      clearInterval(clock.timer);
      release();
      reject(new RecorderRefused('failed'));
    };
    recorder.onstop = () => {
      release();
      const type = storedType(recorder.mimeType || mimeType) ?? storedType(mimeType);
      if (type === undefined || bytes === 0 || bytes > VOICE_LIMITS.bytes) {
        reject(new RecorderRefused('failed'));
        return;
      }
      resolve({
        blob: new Blob(parts, { type }),
        type,
        durationMs: Math.round(elapsed()),
        reason,
      });
    };
  });
  // Handled here too, so abandoning a recording never leaves a rejection unheard.
  done.catch(() => undefined);

  try {
    // A piece every second, so the size limit is checked as it grows.
    recorder.start(1000);
  } catch {
    release();
    throw new RecorderRefused('failed');
  }
  started = performance.now();
  clock.timer = setInterval(() => {
    if (performance.now() - started >= VOICE_LIMITS.durationMs) stop('length');
  }, 200);

  return {
    elapsed,
    stop: () => stop('stopped'),
    abandon() {
      clearInterval(clock.timer);
      recorder.ondataavailable = null;
      recorder.onstop = null;
      recorder.onerror = null;
      if (recorder.state !== 'inactive') recorder.stop();
      release();
      parts.length = 0;
    },
    done,
  };
}
