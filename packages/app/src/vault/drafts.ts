import {
  deleteChange,
  draftId,
  formDraft,
  putChange,
  type CheckedChange,
  type DraftForm,
  type FormDraft,
} from '@steady/core';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PlainKey } from '../i18n/index.ts';
import type { Place, ScreenId } from '../shell/routes.ts';
import { useVault } from './api.ts';

/*
 * Drafts: what a person has typed into a form and not yet saved, kept encrypted in the
 * vault (never in localStorage, never in the browser's form memory) a few seconds behind
 * the typing, and at once when the vault locks. After the next unlock they are offered
 * back; opening the same form carries on from its draft by itself.
 */

/** How long typing may pause before the draft is written. */
export const DRAFT_DELAY_MS = 2_000;
const PREVIEW_CHARS = 120;

/** Where each form that keeps drafts is, and how the offer names it. */
export const DRAFT_PLACES = {
  'journal-new': { screen: 'journal', opening: 'new', label: 'draft.form.journal-new' },
  'journal-edit': { screen: 'journal', opening: 'edit', label: 'draft.form.journal-edit' },
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

export interface DraftOptions<T> {
  form: DraftForm;
  target?: string | null;
  /** What the form holds now. */
  value: T;
  /** False when the form holds nothing unsaved (as opened, or just saved). */
  dirty: boolean;
  preview: string;
  /** Records that belong to the draft alone (a photo added, not yet saved): gone with it. */
  owns?: readonly string[];
  /** Checks a stored draft's data; null refuses it (it is then left as it is). */
  read(data: unknown): T | null;
  /** Called once, when the form opens and a draft of it is there. */
  onResume(data: T, savedAt: string): void;
}

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
  const latest = useRef(options);
  latest.current = options;
  const [resumedAt, setResumedAt] = useState<string | null>(null);
  /** What is stored now: the JSON of the draft's data, or null when there is none. */
  const stored = useRef<string | null>(null);
  const ready = useRef(false);
  const finished = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    let live = true;
    ready.current = false;
    finished.current = false;
    vault.read(formDraft, id).then(
      (read) => {
        if (!live) return;
        const draft = read?.ok ? read.value : undefined;
        const data =
          draft && draft.form === latest.current.form ? latest.current.read(draft.data) : null;
        if (draft && data !== null) {
          stored.current = JSON.stringify(draft.data);
          latest.current.onResume(data, draft.savedAt);
          setResumedAt(draft.savedAt);
        } else if (read !== undefined) {
          // There, but not readable as this form's draft: never overwrite it.
          finished.current = true;
        }
        ready.current = true;
      },
      () => {
        // Unreadable: leave the record alone, keep no draft over it.
        finished.current = true;
      },
    );
    return () => {
      live = false;
    };
  }, [vault, id]);

  const draftPut = (value: T): Change => {
    const { form, target, preview, owns } = latest.current;
    const draft: FormDraft = {
      form,
      target: target ?? null,
      savedAt: new Date().toISOString(),
      preview,
      owns: [...(owns ?? [])],
      data: value,
    };
    return putChange(formDraft, id, draft);
  };

  const write = (value: T, extra: readonly Change[]): Promise<void> => {
    const json = JSON.stringify(value);
    stored.current = json;
    // Started synchronously: inside beforeLock, the keys are still there.
    return vault.commit([...extra, draftPut(value)]).catch(() => {
      // Not written: the next change tries again.
      if (stored.current === json) stored.current = null;
    });
  };

  /** Starts the write (or removal) the form's state calls for. */
  const sync = (): Promise<void> => {
    clearTimeout(timer.current);
    if (!ready.current || finished.current) return Promise.resolve();
    const { value, dirty } = latest.current;
    if (!dirty) {
      if (stored.current === null) return Promise.resolve();
      stored.current = null;
      // A failed removal leaves a draft the next unlock offers (and the person can discard).
      return vault.delete(formDraft, id).catch(() => undefined);
    }
    if (JSON.stringify(value) === stored.current) return Promise.resolve();
    return write(value, []);
  };
  const syncRef = useRef(sync);
  syncRef.current = sync;

  // A few seconds behind the typing.
  useEffect(() => {
    if (!ready.current || finished.current) return;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void syncRef.current(), DRAFT_DELAY_MS);
  }, [options.value, options.dirty]);

  // At once when the vault locks, and when the form closes without a save.
  useEffect(() => vault.beforeLock(() => void syncRef.current()), [vault]);
  useEffect(() => () => void syncRef.current(), []);

  return {
    resumedAt,
    removal: () => deleteChange(formDraft, id),
    settle(closing) {
      clearTimeout(timer.current);
      stored.current = null;
      if (closing) finished.current = true;
    },
    writeNow(value, extra) {
      clearTimeout(timer.current);
      if (finished.current) return vault.commit([...extra]);
      return write(value, extra);
    },
    async discard(closing) {
      if (closing) finished.current = true;
      clearTimeout(timer.current);
      stored.current = null;
      await vault.delete(formDraft, id);
    },
  };
}
