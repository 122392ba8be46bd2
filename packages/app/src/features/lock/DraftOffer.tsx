import { useEffect, useState } from 'preact/hooks';
import { useShell } from '../../shell/context.ts';
import { useVault } from '../../vault/api.ts';
import {
  DRAFT_FORMS,
  DRAFT_KIND,
  draftId,
  draftPlace,
  readDraft,
  type Draft,
} from '../../vault/drafts.ts';
import { useSession } from '../../vault/sessionContext.ts';
import { attachmentDeletes } from '../journal/attachments.ts';

/**
 * After an unlock: what the person was writing when Steady locked, each with "carry on"
 * (to the form, which takes its draft back) or "discard". Shown once per unlock.
 */
export function DraftOffer() {
  const { t, locale, go } = useShell();
  const vault = useVault();
  const session = useSession();
  const [drafts, setDrafts] = useState<Draft[] | null>(null);
  const [note, setNote] = useState<'discarded' | 'failed' | null>(null);

  useEffect(() => {
    let live = true;
    vault.list<unknown>(DRAFT_KIND).then(
      (rows) => {
        if (!live) return;
        const found = rows.flatMap((row) => {
          const draft = readDraft(row.value);
          return draft ? [draft] : [];
        });
        found.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
        setDrafts(found);
        if (found.length === 0) session.draftOfferDone();
      },
      () => live && session.draftOfferDone(),
    );
    return () => {
      live = false;
    };
  }, [vault, session]);

  // Leaving for another screen is an answer too: the forms still carry on by themselves.
  useEffect(() => () => session.draftOfferDone(), [session]);

  if (!drafts || (drafts.length === 0 && note === null)) return null;

  const when = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const keptAt = (draft: Draft) => {
    const time = Date.parse(draft.savedAt);
    return Number.isFinite(time) ? when.format(time) : draft.savedAt;
  };

  async function discard(draft: Draft) {
    setNote(null);
    try {
      const owned = await attachmentDeletes(vault, draft.owns);
      const id = draftId(draft.form, draft.target);
      await vault.commit([...owned, { op: 'delete', kind: DRAFT_KIND, id }]);
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
              <strong>{t(DRAFT_FORMS[draft.form].label)}</strong>{' '}
              <span class="hint">{t('draft.keptAt', { when: keptAt(draft) })}</span>
            </p>
            {draft.preview && <p class="draft-preview">{draft.preview}</p>}
            <div class="row">
              <button
                type="button"
                onClick={() => {
                  const place = draftPlace(draft);
                  session.draftOfferDone();
                  go(place.screen, place.opening);
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
      <p role="status" class={note === 'failed' ? 'error' : 'ok'}>
        {note === 'failed' ? t('draft.failed') : note === 'discarded' ? t('draft.discarded') : ''}
      </p>
    </section>
  );
}
