import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RecorderRefused, startRecording, VOICE_LIMITS } from './recorder.ts';

// The recorder against stand-ins for the browser's MediaRecorder and microphone (the
// real ones are driven in e2e/voice.e2e.ts): the limits stop it, the microphone is let
// go every time, and each refusal has its reason.

class FakeRecorder {
  static supported = ['audio/webm;codecs=opus'];
  static isTypeSupported = (type: string) => FakeRecorder.supported.includes(type);
  static last: FakeRecorder | undefined;
  state: 'inactive' | 'recording' = 'inactive';
  readonly mimeType: string;
  ondataavailable: ((event: { data: Blob }) => void) | null = null;
  onstop: (() => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(_stream: unknown, options: { mimeType: string }) {
    this.mimeType = options.mimeType;
    FakeRecorder.last = this;
  }
  start() {
    this.state = 'recording';
  }
  emit(bytes: number) {
    this.ondataavailable?.({ data: new Blob([new Uint8Array(bytes)]) });
  }
  stop() {
    this.state = 'inactive';
    this.emit(100);
    queueMicrotask(() => this.onstop?.());
  }
}

let track: { stop: ReturnType<typeof vi.fn> };
let getUserMedia: ReturnType<typeof vi.fn>;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'performance'] });
  track = { stop: vi.fn() };
  getUserMedia = vi.fn(() => Promise.resolve({ getTracks: () => [track] }));
  FakeRecorder.supported = ['audio/webm;codecs=opus'];
  vi.stubGlobal('MediaRecorder', FakeRecorder);
  vi.stubGlobal('navigator', { mediaDevices: { getUserMedia } });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => 'started',
    (error: unknown) => (error instanceof RecorderRefused ? error.problem : 'other'),
  );

describe('recording a voice note', () => {
  it('stops itself at the length limit, keeps what it has, and lets the microphone go', async () => {
    const handle = await startRecording();
    expect(getUserMedia).toHaveBeenCalledWith({ audio: true });
    FakeRecorder.last?.emit(4000);
    vi.advanceTimersByTime(VOICE_LIMITS.durationMs - 1000);
    expect(FakeRecorder.last?.state).toBe('recording');
    vi.advanceTimersByTime(1500);
    const recording = await handle.done;
    expect(recording).toMatchObject({
      reason: 'length',
      type: 'audio/webm',
      durationMs: VOICE_LIMITS.durationMs,
    });
    expect(recording.blob.size).toBe(4100);
    expect(track.stop).toHaveBeenCalled();
  });

  it('stops itself before the size limit, and what it kept is inside it', async () => {
    const handle = await startRecording();
    vi.advanceTimersByTime(3000);
    FakeRecorder.last?.emit(VOICE_LIMITS.bytes - 100_000);
    const recording = await handle.done;
    expect(recording.reason).toBe('size');
    expect(recording.blob.size).toBeLessThanOrEqual(VOICE_LIMITS.bytes);
    expect(recording.durationMs).toBe(3000);
    expect(track.stop).toHaveBeenCalled();
  });

  it('stopped by the person, says how long it was', async () => {
    const handle = await startRecording();
    FakeRecorder.last?.emit(800);
    vi.advanceTimersByTime(2300);
    expect(handle.elapsed()).toBe(2300);
    handle.stop();
    await expect(handle.done).resolves.toMatchObject({ reason: 'stopped', durationMs: 2300 });
  });

  it('abandoned (the form went), lets the microphone go and keeps nothing', async () => {
    const handle = await startRecording();
    handle.abandon();
    expect(track.stop).toHaveBeenCalled();
    expect(FakeRecorder.last?.state).toBe('inactive');
  });

  it('names why it could not start, and never holds the microphone then', async () => {
    getUserMedia.mockRejectedValueOnce(new DOMException('no', 'NotAllowedError'));
    await expect(refusal(startRecording())).resolves.toBe('denied');
    getUserMedia.mockRejectedValueOnce(new DOMException('none', 'NotFoundError'));
    await expect(refusal(startRecording())).resolves.toBe('missing');
    getUserMedia.mockRejectedValueOnce(new DOMException('busy', 'NotReadableError'));
    await expect(refusal(startRecording())).resolves.toBe('failed');
    FakeRecorder.supported = [];
    await expect(refusal(startRecording())).resolves.toBe('unsupported');
    vi.stubGlobal('navigator', {});
    await expect(refusal(startRecording())).resolves.toBe('unsupported');
    vi.stubGlobal('MediaRecorder', undefined);
    await expect(refusal(startRecording())).resolves.toBe('unsupported');
    // Only the first three asked for the microphone; none of them was left open.
    expect(getUserMedia).toHaveBeenCalledTimes(3);
    expect(track.stop).not.toHaveBeenCalled();
  });
});
