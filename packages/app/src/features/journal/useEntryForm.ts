import {
  createEntry,
  currentContent,
  editEntry,
  validateEntryInput,
  type AttachmentMeta,
  type EntryError,
  type JournalRecord,
} from '@steady/core';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { PlainKey } from '../../i18n/index.ts';
import { newId, useVault } from '../../vault/api.ts';
import { previewOf, useDraft } from '../../vault/drafts.ts';
import type { PendingImage } from './AttachmentPicker.tsx';
import {
  attachmentDeletes,
  attachmentWrites,
  imageMeta,
  voiceMeta,
  voiceWrites,
  type PendingVoice,
  type VaultChange,
} from './attachments.ts';
import { readEntryDraft, type EntryDraft } from './draft.ts';
import { entryWrites } from './entryWrites.ts';
import { withAll, withEntries } from '../../lib/collections.ts';
import {
  anyDetail,
  emptyForm,
  errorsByField,
  formFromContent,
  formToInput,
  type DetailsForm,
  type EntryForm,
  type FieldName,
} from './form.ts';

export interface EntryFormOptions {
  record?: JournalRecord | undefined;
  onSaved: (record: JournalRecord) => void;
  onCancel: () => void;
}

/**
 * Everything the journal form does apart from drawing itself: what is typed, the draft
 * kept under the lock, the photos, checking and saving, cancelling and discarding.
 */
export function useEntryForm({ record, onSaved, onCancel }: EntryFormOptions) {
  const vault = useVault();
  const [start] = useState(() => ({
    form: record ? formFromContent(currentContent(record)) : emptyForm(),
    kept: record ? [...currentContent(record).attachments] : [],
  }));
  const [form, setForm] = useState<EntryForm>(start.form);
  // The details for a court or advocate open by themselves when there are some.
  const [detailsOpen, setDetailsOpen] = useState(() => anyDetail(start.form.details));
  const [kept, setKept] = useState<string[]>(start.kept);
  const [added, setAdded] = useState<PendingImage[]>([]);
  const [addedVoice, setAddedVoice] = useState<PendingVoice[]>([]);
  // Descriptions of voice notes kept here, so they show before the vault is read again.
  const [known, setKnown] = useState<ReadonlyMap<string, AttachmentMeta>>(new Map());
  // Photos chosen here and since written: shown from the bytes already in memory, so they
  // stay on screen instead of flickering out while the vault is read back.
  const [shown, setShown] = useState<ReadonlyMap<string, Blob>>(new Map());
  // Photos written to the vault with the draft, before the entry is saved: the draft
  // owns them until then, and they go if it is discarded.
  const [fresh, setFresh] = useState<string[]>([]);
  const value: EntryDraft = useMemo(() => ({ form, kept, fresh }), [form, kept, fresh]);
  const startJson = useMemo(() => JSON.stringify(start), [start]);
  const draft = useDraft<EntryDraft>({
    form: record ? 'journal-edit' : 'journal-new',
    target: record?.id ?? null,
    value,
    dirty:
      added.length > 0 || addedVoice.length > 0 || JSON.stringify({ form, kept }) !== startJson,
    preview: previewOf(form.what, form.felt, form.afterNote, form.injuries, form.witnesses),
    owns: fresh,
    read: readEntryDraft,
    onResume(data) {
      setForm(data.form);
      if (anyDetail(data.form.details)) setDetailsOpen(true);
      setKept(data.kept);
      setFresh(data.fresh);
    },
  });
  const [errors, setErrors] = useState<Partial<Record<FieldName, PlainKey>>>({});
  const [errorCount, setErrorCount] = useState(0);
  const [failed, setFailed] = useState(false);
  const [saving, setSaving] = useState(false);
  const [discarded, setDiscarded] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const latest = useRef({ form, kept, fresh });
  latest.current = { form, kept, fresh };
  const dropped = useRef(new Set<string>());

  useEffect(() => {
    if (errorCount > 0 || failed) summary.current?.focus();
  }, [errorCount, failed]);

  const set = <K extends keyof EntryForm>(key: K, value: EntryForm[K]) =>
    setForm((previous) => ({ ...previous, [key]: value }));

  const setDetail = <K extends keyof DetailsForm>(key: K, value: DetailsForm[K]) =>
    setForm((previous) => ({ ...previous, details: { ...previous.details, [key]: value } }));

  const showErrors = (list: readonly EntryError[]) => {
    const byField = errorsByField(list);
    if (byField.details) setDetailsOpen(true);
    setErrors(byField);
    setErrorCount(list.length);
  };

  async function save() {
    if (saving) return;
    setFailed(false);
    const now = new Date();
    const attachments = [
      ...kept,
      ...added.map((image) => image.id),
      ...addedVoice.map((note) => note.id),
    ];
    const checked = validateEntryInput(formToInput(form, attachments), now);
    if (!checked.ok) {
      showErrors(checked.issues);
      return;
    }
    const result = record
      ? editEntry(record, checked.value, now)
      : createEntry(checked.value, now, newId());
    if (!result.ok) {
      showErrors(result.issues);
      return;
    }
    showErrors([]);
    if (record && 'changed' in result && !result.changed) {
      onSaved(record);
      return;
    }
    setSaving(true);
    try {
      // The entry, its images and the end of its draft go in one write: a crash leaves
      // all of it or none. Photos added to the draft and then taken out again belong to
      // nothing now, and go with it.
      const orphans = fresh.filter((id) => !kept.includes(id));
      await vault.commit([
        ...(await entryWrites(vault, result.value, added, addedVoice, orphans)),
        draft.removal(),
      ]);
      draft.settle(true);
      onSaved(result.value);
    } catch {
      // Shown in the form's summary ("could not be saved"); what was typed stays.
      setFailed(true);
      setSaving(false);
    }
  }

  /**
   * New photos go into the vault at once, with the draft: a lock cannot lose them. Told
   * only the photos chosen now; another choice may still be on its way to the vault.
   */
  async function addImages(incoming: PendingImage[]) {
    if (incoming.length === 0) return;
    setAdded((list) => [...list, ...incoming]);
    const ids = incoming.map((image) => image.id);
    try {
      const writes: VaultChange[] = [];
      for (const image of incoming) writes.push(...(await attachmentWrites(image.id, image.image)));
      // The form as it is when the write starts, not as it was when the photos were chosen.
      const now = latest.current;
      await draft.writeNow(
        { form: now.form, kept: [...now.kept, ...ids], fresh: [...now.fresh, ...ids] },
        writes,
      );
    } catch {
      return; // Still pending: they are written with the entry when it is saved.
    }
    // Written now, so the draft owns every one (a save deletes those not kept); one taken
    // out while it was being written stays out.
    const stay = ids.filter((id) => !dropped.current.has(id));
    setKnown((map) => withEntries(map, incoming, (image) => imageMeta(image.id, image.image)));
    setShown((map) => withEntries(map, incoming, (image) => image.image.blob));
    setKept((list) => withAll(list, stay));
    setFresh((list) => withAll(list, ids));
    setAdded((list) => list.filter((image) => !ids.includes(image.id)));
  }

  /**
   * A voice note kept from the recorder goes into the vault at once with the draft, as a
   * photo does (a lock cannot lose it); if that write fails it is written with the entry.
   */
  async function addVoice(note: PendingVoice) {
    setAddedVoice((list) => [...list, note]);
    try {
      const writes = await voiceWrites(note);
      const now = latest.current;
      await draft.writeNow(
        { form: now.form, kept: [...now.kept, note.id], fresh: [...now.fresh, note.id] },
        writes,
      );
    } catch {
      return; // Still pending: it is written with the entry when it is saved.
    }
    setKnown((map) => new Map(map).set(note.id, voiceMeta(note)));
    if (!dropped.current.has(note.id)) setKept((list) => withAll(list, [note.id]));
    setFresh((list) => withAll(list, [note.id]));
    setAddedVoice((list) => list.filter((other) => other.id !== note.id));
  }

  /** A voice note kept but not yet in the vault is taken out again. */
  function removeAddedVoice(id: string) {
    dropped.current.add(id);
    setAddedVoice((list) => list.filter((note) => note.id !== id));
  }

  /**
   * A photo or voice note already in the vault is taken out of the entry; a photo's bytes
   * leave memory at once, not when the form closes. Both lists as they are now: another
   * photo may have just joined them.
   */
  function removeKept(id: string) {
    setKept((list) => list.filter((other) => other !== id));
    setShown((map) => {
      if (!map.has(id)) return map;
      const next = new Map(map);
      next.delete(id);
      return next;
    });
  }

  /** A photo chosen but not yet in the vault is taken out again. */
  function removeAdded(id: string) {
    dropped.current.add(id);
    setAdded((list) => list.filter((image) => image.id !== id));
  }

  /** Cancel: what was typed here, and the photos added here, go. */
  /** The draft and the photos added with it, gone in one write. */
  const dropDraft = async () =>
    vault.commit([...(await attachmentDeletes(vault, fresh)), draft.removal()]);

  async function cancel() {
    try {
      await dropDraft();
      draft.settle(true);
    } catch {
      // Kept as a draft, offered again later: nothing is lost by a failed cancel.
    }
    onCancel();
  }

  /** Carried on from a draft, then thrown away: back to the form as it first opened. */
  async function discardDraft() {
    try {
      await dropDraft();
    } catch {
      // Shown in the form's summary; the draft stays, so nothing is lost.
      setFailed(true);
      return;
    }
    draft.settle(false);
    setForm(start.form);
    setKept(start.kept);
    setFresh([]);
    setAdded([]);
    setAddedVoice([]);
    setShown(new Map());
    setDiscarded(true);
  }

  return {
    form,
    set,
    setDetail,
    detailsOpen,
    setDetailsOpen,
    kept,
    removeKept,
    added,
    addedVoice,
    known,
    shown,
    errors,
    errorCount,
    failed,
    saving,
    summary,
    resumedAt: discarded ? null : draft.resumedAt,
    save,
    addImages,
    removeAdded,
    addVoice,
    removeAddedVoice,
    cancel,
    discardDraft,
  };
}

export type EntryFormState = ReturnType<typeof useEntryForm>;
