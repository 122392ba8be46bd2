import { attachmentMeta, isVoiceMeta, type AttachmentMeta, type VoiceMeta } from '@steady/core';
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useShell } from '../../shell/context.ts';
import { Loading } from '../../ui/Status.tsx';
import { useVault } from '../../vault/api.ts';
import { useObjectUrl } from './AttachmentImage.tsx';
import { readAttachment, type PendingVoice } from './attachments.ts';
import { formatLength } from './data.ts';

/**
 * The descriptions of these attachments, read from the vault (`known` adds ones the
 * screen already holds, such as a note just kept), so a screen can tell a voice note
 * from a photo: null until they are read; an unreadable one is missing from the map.
 */
export function useAttachmentMetas(
  ids: readonly string[],
  known?: ReadonlyMap<string, AttachmentMeta>,
): ReadonlyMap<string, AttachmentMeta> | null {
  const vault = useVault();
  const [read, setRead] = useState<{
    tried: ReadonlySet<string>;
    metas: ReadonlyMap<string, AttachmentMeta>;
  } | null>(null);
  const key = ids.join(',');
  useEffect(() => {
    let live = true;
    const readAll = async () => {
      const found = new Map<string, AttachmentMeta>();
      for (const id of ids) {
        // One that cannot be read stays out of this map: imagesOf then keeps its id, and
        // the entry shows it as an attachment that could not be opened.
        const read = await vault.read(attachmentMeta, id).catch(() => undefined);
        if (read?.ok) found.set(id, read.value);
      }
      return found;
    };
    const tried = new Set(ids);
    void readAll().then((found) => live && setRead({ tried, metas: found }));
    return () => {
      live = false;
    };
    // `key` stands for the ids: a new array with the same ids reads nothing again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [vault, key]);
  // While the ids are read again the last read stands, so nothing on screen blinks out;
  // an id added since (a photo, a note just kept) waits for its description, unless known.
  const settled = ids.every((id) => read?.tried.has(id) || known?.has(id));
  if (!settled) return null;
  if (!known || known.size === 0) return read?.metas ?? new Map();
  const merged = new Map(read?.metas ?? []);
  for (const [id, meta] of known) if (ids.includes(id)) merged.set(id, meta);
  return merged;
}

/** The voice notes among these ids, in their order, each with its description. */
export function voiceNotesOf(
  ids: readonly string[],
  metas: ReadonlyMap<string, AttachmentMeta> | null,
): VoiceMeta[] {
  const notes: VoiceMeta[] = [];
  if (metas === null) return notes;
  for (const id of ids) {
    const meta = metas.get(id);
    if (meta && isVoiceMeta(meta)) notes.push(meta);
  }
  return notes;
}

/** One voice note's player: the decrypted bytes behind a blob: URL, revoked when it goes. */
function Player({ blob, label }: { blob: Blob; label: string }) {
  const url = useObjectUrl(blob);
  if (!url) return null;
  /* A recording the person made has no caption file; its typed transcript, when there is
     one, is its text alternative, shown beside it. */
  /* eslint-disable jsx-a11y/media-has-caption */
  return <audio class="journal-audio" controls preload="metadata" src={url} aria-label={label} />;
  /* eslint-enable jsx-a11y/media-has-caption */
}

/** A stored voice note, decrypted into memory only while it is on screen. */
export function StoredVoice({ meta, label }: { meta: VoiceMeta; label: string }) {
  const { t } = useShell();
  const vault = useVault();
  const [state, setState] = useState<{ blob?: Blob; missing?: boolean }>({});
  useEffect(() => {
    let live = true;
    readAttachment(vault, meta.id).then(
      (blob) => live && setState(blob ? { blob } : { missing: true }),
      () => live && setState({ missing: true }),
    );
    return () => {
      live = false;
    };
  }, [vault, meta.id]);
  if (state.missing) return <p class="muted">{t('journal.voice.unopened')}</p>;
  if (!state.blob) return <Loading class="muted" live={false} text={t('journal.voice.loading')} />;
  return <Player blob={state.blob} label={label} />;
}

/** A voice note recorded here and not saved yet: played from the recording itself. */
export function PendingVoicePlayer({ note, label }: { note: PendingVoice; label: string }) {
  return <Player blob={note.blob} label={label} />;
}

/** What one voice note shows: its name and length, its player, its typed words. */
export function VoiceNoteItem({
  n,
  durationMs,
  transcript,
  children,
}: {
  n: number;
  durationMs: number;
  transcript: string;
  children: ComponentChildren;
}) {
  const { t } = useShell();
  return (
    <>
      <p class="journal-voice-name">
        {t('journal.voice.item', { n, length: formatLength(durationMs) })}
      </p>
      {children}
      {transcript !== '' && (
        <p class="journal-voice-typed">{t('journal.voice.typed', { text: transcript })}</p>
      )}
    </>
  );
}

/** The ids that are not voice notes (photos, and any whose description cannot be read). */
export function imagesOf(
  ids: readonly string[],
  metas: ReadonlyMap<string, AttachmentMeta> | null,
): string[] {
  if (metas === null) return [];
  return ids.filter((id) => {
    const meta = metas.get(id);
    return !(meta && isVoiceMeta(meta));
  });
}

/** The voice notes of an entry, read-only, each playable. */
export function VoiceNoteList({ notes }: { notes: readonly VoiceMeta[] }) {
  const { t } = useShell();
  if (notes.length === 0) return null;
  return (
    <section class="journal-voice-list" aria-labelledby="journal-voice-list-title">
      <h3 id="journal-voice-list-title">{t('journal.voice.listTitle')}</h3>
      <ul class="journal-voice-notes">
        {notes.map((meta, i) => (
          <li key={meta.id}>
            <VoiceNoteItem n={i + 1} durationMs={meta.durationMs} transcript={meta.transcript}>
              <StoredVoice meta={meta} label={t('journal.voice.play', { n: i + 1 })} />
            </VoiceNoteItem>
          </li>
        ))}
      </ul>
    </section>
  );
}
