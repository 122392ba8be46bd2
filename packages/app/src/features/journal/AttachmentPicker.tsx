import { JOURNAL_LIMITS } from '@steady/core';
import { useState } from 'preact/hooks';
import { useShell } from '../../shell/context.ts';
import { newId } from '../../vault/api.ts';
import { AttachmentImage, useObjectUrl } from './AttachmentImage.tsx';
import {
  ATTACHMENT_LIMITS,
  ImageRefused,
  prepareImage,
  type PreparedImage,
} from './attachments.ts';

export interface PendingImage {
  id: string;
  image: PreparedImage;
}

function PendingPreview({ image, alt }: { image: PreparedImage; alt: string }) {
  const url = useObjectUrl(image.blob);
  return url ? <img class="journal-image" src={url} alt={alt} /> : null;
}

/** Choosing images: each is re-encoded at once, so a refusal shows before anything is saved. */
export function AttachmentPicker({
  kept,
  added,
  onRemoveKept,
  onAdd,
  onRemoveAdded,
  error,
  others = 0,
  shown,
}: {
  kept: string[];
  added: PendingImage[];
  /** Kept photos whose bytes are still in memory from being chosen here. */
  shown?: ReadonlyMap<string, Blob>;
  /** A photo already in the vault is taken out of the entry. */
  onRemoveKept: (id: string) => void;
  /** Only the images chosen now: the list they join may have moved on meanwhile. */
  onAdd: (images: PendingImage[]) => void;
  onRemoveAdded: (id: string) => void;
  error: string | undefined;
  /** Voice notes of the same entry: they count toward its limit too. */
  others?: number;
}) {
  const { t } = useShell();
  const [problems, setProblems] = useState<string[]>([]);
  // Choices still being prepared: a second may start before the first is done.
  const [working, setWorking] = useState(0);
  const limit = ATTACHMENT_LIMITS.inputLabel;

  async function choose(input: HTMLInputElement) {
    const files = [...(input.files ?? [])];
    // Cleared so the same file can be chosen again after removing it.
    input.value = '';
    if (files.length === 0) return;
    setWorking((n) => n + 1);
    const found: string[] = [];
    const next: PendingImage[] = [];
    for (const file of files) {
      if (others + kept.length + added.length + next.length >= JOURNAL_LIMITS.attachments) {
        found.push(t('journal.attach.tooMany', { count: JOURNAL_LIMITS.attachments }));
        break;
      }
      try {
        next.push({ id: newId(), image: await prepareImage(file) });
      } catch (refusal) {
        const problem = refusal instanceof ImageRefused ? refusal.problem : 'unreadable';
        const name = file.name;
        found.push(
          problem === 'not-image'
            ? t('journal.attach.notImage', { name })
            : problem === 'too-big'
              ? t('journal.attach.tooBig', { name, limit })
              : t('journal.attach.unreadable', { name }),
        );
      }
    }
    setProblems(found);
    if (next.length > 0) onAdd(next);
    setWorking((n) => n - 1);
  }

  const describedBy = ['jf-attach-hint', problems.length || error ? 'jf-attach-error' : '']
    .filter(Boolean)
    .join(' ');
  let n = 0;
  return (
    <div class="field journal-attach">
      <label for="jf-attach">{t('journal.attach.label')}</label>
      <p class="hint" id="jf-attach-hint">
        {t('journal.attach.hint', { limit })}
      </p>
      <input
        autoComplete="off"
        id="jf-attach"
        type="file"
        accept="image/*"
        multiple
        aria-describedby={describedBy}
        onChange={(e) => void choose(e.currentTarget)}
      />
      <p role="status" class="hint">
        {working > 0 ? t('journal.attach.working') : ''}
      </p>
      <div id="jf-attach-error" role="alert" class="error">
        {error && <p>{error}</p>}
        {problems.map((problem) => (
          <p key={problem}>{problem}</p>
        ))}
      </div>
      <ul class="journal-images">
        {kept.map((id) => {
          n += 1;
          const index = n;
          return (
            <li key={id}>
              <AttachmentImage
                id={id}
                alt={t('journal.attach.alt', { n: index })}
                blob={shown?.get(id)}
              />
              <button type="button" class="secondary" onClick={() => onRemoveKept(id)}>
                {t('journal.attach.remove', { n: index })}
              </button>
            </li>
          );
        })}
        {added.map((pending) => {
          n += 1;
          const index = n;
          return (
            <li key={pending.id}>
              <PendingPreview image={pending.image} alt={t('journal.attach.alt', { n: index })} />
              <button type="button" class="secondary" onClick={() => onRemoveAdded(pending.id)}>
                {t('journal.attach.remove', { n: index })}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
