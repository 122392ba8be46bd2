import {
  deleteChange,
  formDraft,
  putChange,
  type CheckedChange,
  type DraftForm,
  type FormDraft,
} from '@steady/core';
import type { VaultApi } from './api.ts';

/** How long typing may pause before the draft is written. */
export const DRAFT_DELAY_MS = 2_000;

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

/**
 * What useDraft does, without Preact: one per form, told of each render's vault, draft
 * id and contents by bind(), and by the hook's effects of when the form opens, changes,
 * closes and the vault locks. Keeps the draft a few seconds behind the typing, and never
 * writes over a stored draft it could not read.
 */
export class DraftKeeper<T> {
  #vault: VaultApi | null = null;
  #id = '';
  #options: DraftOptions<T> | null = null;
  /** What is stored now: the JSON of the draft's data, or null when there is none. */
  #stored: string | null = null;
  #ready = false;
  #finished = false;
  #timer: ReturnType<typeof setTimeout> | undefined;

  /** Each render: the vault and draft the form writes to, and what it holds now. */
  bind(vault: VaultApi, id: string, options: DraftOptions<T>): void {
    this.#vault = vault;
    this.#id = id;
    this.#options = options;
  }

  /**
   * The form opened (or its vault or draft id changed): reads the draft there, carrying
   * on from it when it reads as this form's. Returns the function that ignores the read.
   */
  open(onResumed: (savedAt: string) => void): () => void {
    let live = true;
    this.#ready = false;
    this.#finished = false;
    this.#api.read(formDraft, this.#id).then(
      (read) => {
        if (!live) return;
        const latest = this.#latest;
        const draft = read?.ok ? read.value : undefined;
        const data = draft && draft.form === latest.form ? latest.read(draft.data) : null;
        if (draft && data !== null) {
          this.#stored = JSON.stringify(draft.data);
          latest.onResume(data, draft.savedAt);
          onResumed(draft.savedAt);
        } else if (read !== undefined) {
          // There, but not readable as this form's draft: never overwrite it.
          this.#finished = true;
        }
        this.#ready = true;
      },
      () => {
        // Unreadable: leave the record alone, keep no draft over it.
        this.#finished = true;
      },
    );
    return () => {
      live = false;
    };
  }

  /** The form's contents changed: the draft follows DRAFT_DELAY_MS after the last change. */
  changed(): void {
    if (!this.#ready || this.#finished) return;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.sync(), DRAFT_DELAY_MS);
  }

  /**
   * Starts the write (or removal) the form's state calls for: after the pause in typing,
   * when the vault locks (synchronously, while the keys are there) and when the form closes.
   */
  sync(): Promise<void> {
    clearTimeout(this.#timer);
    if (this.#finished) return Promise.resolve();
    const { value, dirty } = this.#latest;
    if (!this.#ready) {
      // Typed (and locked, or closed) before the form's read of its stored draft came
      // back: written only if there is none, which is never written over unread.
      if (!dirty) return Promise.resolve();
      return this.#keep(value, () => this.#api.putNew(formDraft, this.#id, this.#draft(value)));
    }
    if (!dirty) {
      if (this.#stored === null) return Promise.resolve();
      this.#stored = null;
      // A failed removal leaves a draft the next unlock offers (and the person can discard).
      return this.#api.delete(formDraft, this.#id).catch(() => undefined);
    }
    if (JSON.stringify(value) === this.#stored) return Promise.resolve();
    return this.#write(value, []);
  }

  /** The change that removes the draft: put it in the same commit as the save. */
  removal(): Change {
    return deleteChange(formDraft, this.#id);
  }

  /** After a save that carried removal(): nothing is kept; `closing` ends drafting. */
  settle(closing: boolean): void {
    clearTimeout(this.#timer);
    this.#stored = null;
    if (closing) this.#finished = true;
  }

  /** Writes `value` as the draft now, with `extra` in the same commit (a new photo). */
  writeNow(value: T, extra: readonly Change[]): Promise<void> {
    clearTimeout(this.#timer);
    if (this.#finished) return this.#api.commit([...extra]);
    return this.#write(value, extra);
  }

  /** The person threw it away: the draft goes; `closing` (a cancel) also ends drafting. */
  async discard(closing: boolean): Promise<void> {
    if (closing) this.#finished = true;
    clearTimeout(this.#timer);
    this.#stored = null;
    await this.#api.delete(formDraft, this.#id);
  }

  #write(value: T, extra: readonly Change[]): Promise<void> {
    return this.#keep(value, () => this.#api.commit([...extra, this.#put(value)]).then(() => true));
  }

  /**
   * Notes `value` as the stored draft and starts `write` (synchronously: inside beforeLock,
   * the keys are still there); if it is not written, the next change tries again.
   */
  #keep(value: T, write: () => Promise<boolean>): Promise<void> {
    const json = JSON.stringify(value);
    this.#stored = json;
    const forget = () => {
      if (this.#stored === json) this.#stored = null;
    };
    return write().then((written) => {
      if (!written) forget();
    }, forget);
  }

  #put(value: T): Change {
    return putChange(formDraft, this.#id, this.#draft(value));
  }

  #draft(value: T): FormDraft {
    const { form, target, preview, owns } = this.#latest;
    return {
      form,
      target: target ?? null,
      savedAt: new Date().toISOString(),
      preview,
      owns: [...(owns ?? [])],
      data: value,
    };
  }

  get #api(): VaultApi {
    if (!this.#vault) throw new Error('DraftKeeper used before bind()');
    return this.#vault;
  }

  get #latest(): DraftOptions<T> {
    if (!this.#options) throw new Error('DraftKeeper used before bind()');
    return this.#options;
  }
}
