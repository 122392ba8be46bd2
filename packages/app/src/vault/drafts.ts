import { draftId, type CheckedChange, type DraftForm, type FormDraft } from '@steady/core';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PlainKey } from '../i18n/index.ts';
import type { Place, ScreenId } from '../shell/routes.ts';
import { useVault } from './api.ts';
import { DraftKeeper, type DraftOptions } from './draftKeeper.ts';

export { DRAFT_DELAY_MS, type DraftOptions } from './draftKeeper.ts';

/*
 * Drafts: what a person has typed into a form and not yet saved, kept encrypted in the
 * vault (never in localStorage, never in the browser's form memory) a few seconds behind
 * the typing, and at once when the vault locks. After the next unlock they are offered
 * back; opening the same form carries on from its draft by itself.
 */

const PREVIEW_CHARS = 120;

/** Where each form that keeps drafts is, and how the offer names it. */
export const DRAFT_PLACES = {
  'journal-new': { screen: 'journal', opening: 'new', label: 'draft.form.journal-new' },
  'journal-edit': { screen: 'journal', opening: 'edit', label: 'draft.form.journal-edit' },
  'journal-jot': { screen: 'journal', opening: 'jot', label: 'draft.form.journal-jot' },
  checkin: { screen: 'checkin', opening: undefined, label: 'draft.form.checkin' },
  urge: { screen: 'urges', opening: undefined, label: 'draft.form.urge' },
  unsent: { screen: 'urges', opening: 'remind', label: 'draft.form.unsent' },
} as const satisfies Record<
  DraftForm,
  { screen: ScreenId; opening: string | undefined; label: PlainKey }
>;

/** Where "carry on" goes for a draft: a screen and what to open there. */
export function draftPlace(draft: FormDraft): Place {
  const place = DRAFT_PLACES[draft.form];
  const opening = place.opening === 'edit' && draft.target ? `edit:${draft.target}` : place.opening;
  return { screen: place.screen, opening };
}

export function previewOf(...texts: string[]): string {
  const text = texts.join(' ').replace(/\s+/g, ' ').trim();
  return text.length > PREVIEW_CHARS ? `${text.slice(0, PREVIEW_CHARS - 1)}…` : text;
}

type Change = CheckedChange;

export interface DraftHandle<T> {
  /** When the draft this form carried on from was written, or null. */
  resumedAt: string | null;
  /** The change that removes the draft: put it in the same commit as the save. */
  removal(): Change;
  /** After a save that carried removal(): nothing is kept; `closing` ends drafting. */
  settle(closing: boolean): void;
  /** Writes `value` as the draft now, with `extra` in the same commit (a new photo). */
  writeNow(value: T, extra: readonly Change[]): Promise<void>;
  /** The person threw it away: the draft goes; `closing` (a cancel) also ends drafting. */
  discard(closing: boolean): Promise<void>;
}

/**
 * Keeps a form's unsaved contents as an encrypted draft: written DRAFT_DELAY_MS after
 * the last change, when the form closes unsaved, and when the vault locks (while the
 * keys are still there). Removed when the form comes back to clean.
 */
export function useDraft<T>(options: DraftOptions<T>): DraftHandle<T> {
  const vault = useVault();
  const id = draftId(options.form, options.target ?? null);
  const keeperRef = useRef<DraftKeeper<T> | null>(null);
  keeperRef.current ??= new DraftKeeper<T>();
  const keeper = keeperRef.current;
  keeper.bind(vault, id, options);
  const [resumedAt, setResumedAt] = useState<string | null>(null);

  useEffect(() => keeper.open(setResumedAt), [keeper, vault, id]);
  // A few seconds behind the typing.
  useEffect(() => keeper.changed(), [keeper, options.value, options.dirty]);
  // At once when the vault locks, and when the form closes without a save.
  useEffect(() => vault.beforeLock(() => void keeper.sync()), [keeper, vault]);
  useEffect(() => () => void keeper.sync(), [keeper]);

  return {
    resumedAt,
    removal: () => keeper.removal(),
    settle: (closing) => keeper.settle(closing),
    writeNow: (value, extra) => keeper.writeNow(value, extra),
    discard: (closing) => keeper.discard(closing),
  };
}
