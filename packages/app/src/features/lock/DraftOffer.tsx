import './drafts.css';
import { useEffect, useState } from 'preact/hooks';
import { useShell } from '../../shell/context.ts';
import { useVault } from '../../vault/api.ts';
import { deleteChange, draftId, formDraft, type FormDraft } from '@steady/core';
import { UnreadableNote } from '../../ui/Unreadable.tsx';
import { DRAFT_PLACES, draftPlace } from '../../vault/drafts.ts';
import { useSession } from '../../vault/sessionContext.ts';
import { attachmentDeletes } from '../journal/attachments.ts';

/**
 * After an unlock: what the person was writing when Steady locked, each with "carry on"
 * (to the form, which takes its draft back) or "discard". Shown once per unlock.
 */
export function DraftOffer() {
  const { t, locale, goTo } = useShell();
  const vault = useVault();
  const session = useSession();
  const [drafts, setDrafts] = useState<FormDraft[] | null>(null);
  const [unreadable, setUnreadable] = useState(0);
  const [note, setNote] = useState<'discarded' | 'failed' | null>(null);

  useEffect(() => {
    let live = true;
    vault.readAll(formDraft).then(
      (all) => {
        if (!live) return;
        const found = all.items.map((item) => item.value);
        found.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
        setDrafts(found);
        setUnreadable(all.unreadable.length);
        if (found.length === 0 && all.unreadable.length === 0) session.draftOfferDone();
      },
      // Nothing to offer when the drafts cannot be read now; the forms still carry on.
      () => live && session.draftOfferDone(),
    );
    return () => {
      live = false;
    };
  }, [vault, session]);

  // Leaving for another screen is an answer too: the forms still carry on by themselves.
  useEffect(() => () => session.draftOfferDone(), [session]);

  if (!drafts || (drafts.length === 0 && unreadable === 0 && note === null)) return null;

  const when = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const keptAt = (draft: FormDraft) => {
    const time = Date.parse(draft.savedAt);
    return Number.isFinite(time) ? when.format(time) : draft.savedAt;
  };

  async function discard(draft: FormDraft) {
    setNote(null);
    try {
      const owned = await attachmentDeletes(vault, draft.owns);
      const id = draftId(draft.form, draft.target);
      await vault.commit([...owned, deleteChange(formDraft, id)]);
    } catch {
      setNote('failed');
      return;
    }
    setDrafts((list) => list?.filter((d) => d !== draft) ?? null);
    setNote('discarded');
  }

  return (
    <section class="card draft-offer" aria-labelledby="draft-offer-title">
      <h2 id="draft-offer-title">{t('draft.offerTitle')}</h2>
      {drafts.length > 0 && <p>{t('draft.offerIntro')}</p>}
      <ul class="draft-list">
        {drafts.map((draft) => (
          <li key={draftId(draft.form, draft.target)}>
            <p class="draft-what">
              <strong>{t(DRAFT_PLACES[draft.form].label)}</strong>{' '}
              <span class="hint">{t('draft.keptAt', { when: keptAt(draft) })}</span>
            </p>
            {draft.preview && <p class="draft-preview">{draft.preview}</p>}
            <div class="row">
              <button
                type="button"
                onClick={() => {
                  const place = draftPlace(draft);
                  session.draftOfferDone();
                  goTo(place);
                }}
              >
                {t('draft.carryOn')}
              </button>
              <button type="button" class="secondary" onClick={() => void discard(draft)}>
                {t('draft.discard')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      <UnreadableNote what="draft" count={unreadable} />
      <p role="status" class={note === 'failed' ? 'error' : 'ok'}>
        {note === 'failed' ? t('draft.failed') : note === 'discarded' ? t('draft.discarded') : ''}
      </p>
    </section>
  );
}
