import { ATTACHMENT_LIMITS, type VoiceMeta } from '@steady/core';
import { lazyPart } from '../../shell/lazyPart.tsx';
import { useShell } from '../../shell/context.ts';
import type { PendingVoice } from './attachments.ts';
import { PendingVoicePlayer, StoredVoice, VoiceNoteItem } from './VoiceNotes.tsx';

// The recorder's code (MediaRecorder, the microphone) arrives with the form, not in the
// journal's first download; the microphone itself is asked for only on Record.
const VoiceRecorder = lazyPart(() => import('./VoiceRecorder.tsx').then((m) => m.VoiceRecorder));

/** The form's voice notes: those kept (stored with the draft or the entry), then any not yet stored. */
export function VoiceField({
  kept,
  added,
  count,
  onKeep,
  onRemoveKept,
  onRemoveAdded,
}: {
  kept: readonly VoiceMeta[];
  added: readonly PendingVoice[];
  count: number;
  onKeep: (note: PendingVoice) => void;
  onRemoveKept: (id: string) => void;
  onRemoveAdded: (id: string) => void;
}) {
  const { t } = useShell();
  const items: Array<{ meta: VoiceMeta; pending?: PendingVoice }> = [
    ...kept.map((meta) => ({ meta })),
    ...added.map((note) => ({
      meta: { ...note, size: note.blob.size, chunks: 1 } satisfies VoiceMeta,
      pending: note,
    })),
  ];
  return (
    <fieldset class="field journal-voice">
      <legend>{t('journal.voice.title')}</legend>
      <p class="hint" id="jf-voice-hint">
        {t('journal.voice.hint', { limit: ATTACHMENT_LIMITS.voiceMs / 60_000 })}
      </p>
      {items.length > 0 && (
        <ul class="journal-voice-notes">
          {items.map(({ meta, pending }, i) => {
            const n = i + 1;
            const label = t('journal.voice.play', { n });
            return (
              <li key={meta.id}>
                <VoiceNoteItem n={n} durationMs={meta.durationMs} transcript={meta.transcript}>
                  {pending ? (
                    <PendingVoicePlayer note={pending} label={label} />
                  ) : (
                    <StoredVoice meta={meta} label={label} />
                  )}
                </VoiceNoteItem>
                <button
                  type="button"
                  class="secondary"
                  onClick={() => (pending ? onRemoveAdded(meta.id) : onRemoveKept(meta.id))}
                >
                  {t('journal.voice.remove', { n })}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <VoiceRecorder count={count} onKeep={onKeep} />
    </fieldset>
  );
}
