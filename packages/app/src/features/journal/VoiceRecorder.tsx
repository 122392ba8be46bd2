import { ATTACHMENT_LIMITS as STORED_LIMITS, JOURNAL_LIMITS } from '@steady/core';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PlainKey } from '../../i18n/index.ts';
import { useShell } from '../../shell/context.ts';
import { newId } from '../../vault/api.ts';
import { ATTACHMENT_LIMITS, type PendingVoice } from './attachments.ts';
import { formatLength } from './data.ts';
import { RecorderRefused, startRecording, type RecorderHandle } from './recorder.ts';
import { PendingVoicePlayer } from './VoiceNotes.tsx';

type Step =
  | { name: 'idle' }
  | { name: 'asking' }
  | { name: 'recording'; handle: RecorderHandle }
  | { name: 'recorded'; note: PendingVoice };

const MINUTES = STORED_LIMITS.voiceMs / 60_000;

const PROBLEMS: Record<RecorderRefused['problem'], PlainKey> = {
  denied: 'journal.voice.denied',
  missing: 'journal.voice.missing',
  unsupported: 'journal.voice.unsupported',
  failed: 'journal.voice.failed',
};

/**
 * Recording a voice note in the entry form: record, stop, listen back, then keep or
 * discard. Its code arrives with the form (a lazy part), and the microphone is asked
 * for only when the person taps record. A kept note goes to the form, which stores it
 * encrypted with the draft like a photo; a discarded one was only ever in memory.
 */
export function VoiceRecorder({
  count,
  onKeep,
}: {
  /** Photos and voice notes the entry holds now, toward the limit of the whole entry. */
  count: number;
  onKeep: (note: PendingVoice) => void;
}) {
  const { t } = useShell();
  const [step, setStep] = useState<Step>({ name: 'idle' });
  const [problem, setProblem] = useState<PlainKey | null>(null);
  const [status, setStatus] = useState('');
  const [elapsed, setElapsed] = useState(0);
  const [transcript, setTranscript] = useState('');
  const handle = useRef<RecorderHandle | null>(null);
  const focusAfter = useRef<string | null>(null);
  const full = count >= JOURNAL_LIMITS.attachments;

  // The form going (a lock, quick exit, Cancel) stops the microphone and drops what was
  // being recorded: it never reached the vault.
  useEffect(
    () => () => {
      handle.current?.abandon();
      handle.current = null;
    },
    [],
  );

  useEffect(() => {
    if (step.name !== 'recording') return undefined;
    const timer = setInterval(() => setElapsed(step.handle.elapsed()), 250);
    return () => clearInterval(timer);
  }, [step]);

  useEffect(() => {
    const id = focusAfter.current;
    if (id === null) return;
    focusAfter.current = null;
    document.getElementById(id)?.focus();
  }, [step]);

  async function record() {
    setProblem(null);
    setStatus(t('journal.voice.asking'));
    setStep({ name: 'asking' });
    let started: RecorderHandle;
    try {
      started = await startRecording();
    } catch (refusal) {
      setProblem(PROBLEMS[refusal instanceof RecorderRefused ? refusal.problem : 'failed']);
      setStatus('');
      setStep({ name: 'idle' });
      return;
    }
    handle.current = started;
    setElapsed(0);
    setStatus(t('journal.voice.started'));
    focusAfter.current = 'jf-voice-stop';
    setStep({ name: 'recording', handle: started });
    try {
      const recording = await started.done;
      if (handle.current !== started) return;
      handle.current = null;
      setTranscript('');
      setStatus(
        t('journal.voice.listen', { length: formatLength(recording.durationMs) }) +
          (recording.reason === 'length'
            ? ` ${t('journal.voice.lengthReached', { limit: MINUTES })}`
            : recording.reason === 'size'
              ? ` ${t('journal.voice.sizeReached', { limit: ATTACHMENT_LIMITS.inputLabel })}`
              : ''),
      );
      focusAfter.current = 'jf-voice-keep';
      setStep({
        name: 'recorded',
        note: {
          id: newId(),
          blob: recording.blob,
          type: recording.type,
          durationMs: recording.durationMs,
          transcript: '',
        },
      });
    } catch {
      if (handle.current !== started) return;
      handle.current = null;
      setProblem('journal.voice.failed');
      setStatus('');
      setStep({ name: 'idle' });
    }
  }

  function keep(note: PendingVoice) {
    onKeep({ ...note, transcript: transcript.trim() === '' ? '' : transcript });
    setStatus(t('journal.voice.kept'));
    focusAfter.current = 'jf-voice-record';
    setStep({ name: 'idle' });
  }

  function discard() {
    setStatus(t('journal.voice.discarded'));
    focusAfter.current = 'jf-voice-record';
    setStep({ name: 'idle' });
  }

  return (
    <div class="journal-recorder">
      {(step.name === 'idle' || step.name === 'asking') && (
        <div class="row">
          <button
            id="jf-voice-record"
            type="button"
            class="secondary"
            aria-describedby="jf-voice-hint"
            disabled={step.name === 'asking' || full}
            onClick={() => void record()}
          >
            {t('journal.voice.record')}
          </button>
        </div>
      )}
      {full && step.name === 'idle' && (
        <p class="hint">{t('journal.voice.tooMany', { count: JOURNAL_LIMITS.attachments })}</p>
      )}
      {step.name === 'recording' && (
        <div class="journal-recording">
          <p role="timer" class="journal-recording-time">
            <span class="journal-recording-dot" aria-hidden="true" />
            {t('journal.voice.running', { length: formatLength(elapsed), limit: MINUTES })}
          </p>
          <div class="row">
            <button id="jf-voice-stop" type="button" onClick={() => step.handle.stop()}>
              {t('journal.voice.stop')}
            </button>
          </div>
        </div>
      )}
      {step.name === 'recorded' && (
        <div class="journal-recorded">
          <PendingVoicePlayer note={step.note} label={t('journal.voice.preview')} />
          <div class="field">
            <label for="jf-voice-transcript">{t('journal.voice.transcript')}</label>
            <p class="hint" id="jf-voice-transcript-hint">
              {t('journal.voice.transcriptHint')}
            </p>
            <textarea
              id="jf-voice-transcript"
              autoComplete="off"
              rows={3}
              maxLength={STORED_LIMITS.transcript}
              aria-describedby="jf-voice-transcript-hint"
              value={transcript}
              onInput={(e) => setTranscript(e.currentTarget.value)}
            />
          </div>
          <div class="row">
            <button id="jf-voice-keep" type="button" onClick={() => keep(step.note)}>
              {t('journal.voice.keep')}
            </button>
            <button type="button" class="secondary" onClick={discard}>
              {t('journal.voice.discard')}
            </button>
          </div>
        </div>
      )}
      <p role="status" class="hint journal-voice-status">
        {status}
      </p>
      <div role="alert" class="error journal-voice-problem">
        {problem && <p>{t(problem)}</p>}
      </div>
    </div>
  );
}
