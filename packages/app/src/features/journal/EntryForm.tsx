import {
  AFTERMATH,
  HARMS,
  JOURNAL_LIMITS,
  journalEntry,
  putChange,
  SEVERITIES,
  STAGES,
  createEntry,
  currentContent,
  editEntry,
  validateEntryInput,
  type EntryError,
  type JournalRecord,
} from '@steady/core';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { PlainKey } from '../../i18n/index.ts';
import { useShell } from '../../shell/context.ts';
import { newId, useVault } from '../../vault/api.ts';
import { previewOf, useDraft } from '../../vault/drafts.ts';
import { AttachmentPicker, type PendingImage } from './AttachmentPicker.tsx';
import { attachmentDeletes, attachmentWrites, type VaultChange } from './attachments.ts';
import { DraftResumed } from '../../shell/DraftResumed.tsx';
import { readEntryDraft, type EntryDraft } from './draft.ts';
import {
  emptyForm,
  errorsByField,
  formFromContent,
  formToInput,
  localToday,
  toggle,
  type EntryForm as FormState,
  type FieldName,
} from './form.ts';

interface Props {
  record?: JournalRecord | undefined;
  onSaved: (record: JournalRecord) => void;
  onCancel: () => void;
}

function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} class="error journal-field-error">
      {message}
    </p>
  );
}

export function EntryForm({ record, onSaved, onCancel }: Props) {
  const { t } = useShell();
  const vault = useVault();
  const [start] = useState(() => ({
    form: record ? formFromContent(currentContent(record)) : emptyForm(),
    kept: record ? [...currentContent(record).attachments] : [],
  }));
  const [form, setForm] = useState<FormState>(start.form);
  const [kept, setKept] = useState<string[]>(start.kept);
  const [added, setAdded] = useState<PendingImage[]>([]);
  // Photos written to the vault with the draft, before the entry is saved: the draft
  // owns them until then, and they go if it is discarded.
  const [fresh, setFresh] = useState<string[]>([]);
  const value: EntryDraft = useMemo(() => ({ form, kept, fresh }), [form, kept, fresh]);
  const startJson = useMemo(() => JSON.stringify(start), [start]);
  const draft = useDraft<EntryDraft>({
    form: record ? 'journal-edit' : 'journal-new',
    target: record?.id ?? null,
    value,
    dirty: added.length > 0 || JSON.stringify({ form, kept }) !== startJson,
    preview: previewOf(form.what, form.felt, form.afterNote, form.injuries, form.witnesses),
    owns: fresh,
    read: readEntryDraft,
    onResume(data) {
      setForm(data.form);
      setKept(data.kept);
      setFresh(data.fresh);
    },
  });
  const [errors, setErrors] = useState<Partial<Record<FieldName, PlainKey>>>({});
  const [errorCount, setErrorCount] = useState(0);
  const [failed, setFailed] = useState(false);
  const [saving, setSaving] = useState(false);
  const [discarded, setDiscarded] = useState(false);
  const summary = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (errorCount > 0 || failed) summary.current?.focus();
  }, [errorCount, failed]);

  const set = <K extends keyof FormState>(key: K, value: FormState[K]) =>
    setForm((previous) => ({ ...previous, [key]: value }));

  const showErrors = (list: readonly EntryError[]) => {
    setErrors(errorsByField(list));
    setErrorCount(list.length);
  };

  async function save(event: Event) {
    event.preventDefault();
    if (saving) return;
    setFailed(false);
    const now = new Date();
    const attachments = [...kept, ...added.map((image) => image.id)];
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
      const changes: VaultChange[] = [];
      for (const image of added) changes.push(...(await attachmentWrites(image.id, image.image)));
      changes.push(putChange(journalEntry, result.value.id, result.value));
      // Photos added to the draft and then taken out again belong to nothing now.
      changes.push(
        ...(await attachmentDeletes(
          vault,
          fresh.filter((id) => !kept.includes(id)),
        )),
      );
      // The entry, its images and the end of its draft go in one write: a crash leaves
      // all of it or none.
      changes.push(draft.removal());
      await vault.commit(changes);
      draft.settle(true);
      onSaved(result.value);
    } catch {
      setFailed(true);
      setSaving(false);
    }
  }

  /** New photos go into the vault at once, with the draft: a lock cannot lose them. */
  async function addImages(images: PendingImage[]) {
    setAdded(images);
    const known = new Set(added.map((image) => image.id));
    const incoming = images.filter((image) => !known.has(image.id));
    if (incoming.length === 0) return;
    const ids = incoming.map((image) => image.id);
    try {
      const writes: VaultChange[] = [];
      for (const image of incoming) writes.push(...(await attachmentWrites(image.id, image.image)));
      await draft.writeNow({ form, kept: [...kept, ...ids], fresh: [...fresh, ...ids] }, writes);
    } catch {
      return; // Still pending: they are written with the entry when it is saved.
    }
    setKept((list) => [...list, ...ids]);
    setFresh((list) => [...list, ...ids]);
    setAdded((list) => list.filter((image) => !ids.includes(image.id)));
  }

  /** Cancel: what was typed here, and the photos added here, go. */
  async function cancel() {
    try {
      await vault.commit([...(await attachmentDeletes(vault, fresh)), draft.removal()]);
      draft.settle(true);
    } catch {
      // Kept as a draft, offered again later: nothing is lost by a failed cancel.
    }
    onCancel();
  }

  /** Carried on from a draft, then thrown away: back to the form as it first opened. */
  async function discardDraft() {
    try {
      await vault.commit([...(await attachmentDeletes(vault, fresh)), draft.removal()]);
    } catch {
      setFailed(true);
      return;
    }
    draft.settle(false);
    setForm(start.form);
    setKept(start.kept);
    setFresh([]);
    setAdded([]);
    setDiscarded(true);
  }

  const describe = (field: FieldName, ...more: string[]) =>
    [...more, errors[field] ? `jf-${field}-error` : ''].filter(Boolean).join(' ') || undefined;
  const invalid = (field: FieldName) => (errors[field] ? true : undefined);
  const message = (field: FieldName) => (errors[field] ? t(errors[field]) : undefined);

  return (
    <form class="journal-form" onSubmit={(event) => void save(event)} noValidate>
      <h2 id="journal-form-title" tabIndex={-1}>
        {t(record ? 'journal.form.editTitle' : 'journal.form.newTitle')}
      </h2>
      {record && <p class="hint">{t('journal.form.editNote')}</p>}
      <p class="hint">{t('journal.form.optional')}</p>
      {draft.resumedAt && !discarded && (
        <DraftResumed at={draft.resumedAt} onDiscard={() => void discardDraft()} />
      )}

      <p
        ref={summary}
        tabIndex={-1}
        role={errorCount > 0 || failed ? 'alert' : undefined}
        class={errorCount > 0 || failed ? 'error journal-summary' : 'journal-summary'}
      >
        {failed
          ? t('journal.form.saveFailed')
          : errorCount > 0
            ? t('journal.form.fix', { count: errorCount })
            : ''}
      </p>

      <fieldset class="field">
        <legend>{t('journal.form.when')}</legend>
        <div class="journal-when">
          <div>
            <label for="jf-date">{t('journal.form.date')}</label>
            <input
              autoComplete="off"
              id="jf-date"
              type="date"
              required
              min={JOURNAL_LIMITS.earliestDate}
              max={localToday()}
              value={form.date}
              aria-invalid={invalid('date')}
              aria-describedby={describe('date')}
              onInput={(e) => set('date', e.currentTarget.value)}
            />
            <FieldError id="jf-date-error" message={message('date')} />
          </div>
          <div>
            <label for="jf-time">{t('journal.form.time')}</label>
            <input
              autoComplete="off"
              id="jf-time"
              type="time"
              value={form.time}
              aria-invalid={invalid('time')}
              aria-describedby={describe('time')}
              onInput={(e) => set('time', e.currentTarget.value)}
            />
            <FieldError id="jf-time-error" message={message('time')} />
          </div>
        </div>
        <label class="choice">
          <input
            autoComplete="off"
            type="checkbox"
            checked={form.approximate}
            onChange={(e) => set('approximate', e.currentTarget.checked)}
          />
          {t('journal.form.approximate')}
        </label>
      </fieldset>

      <fieldset class="field" aria-describedby={describe('stage')}>
        <legend>{t('journal.form.stage')}</legend>
        <FieldError id="jf-stage-error" message={message('stage')} />
        {STAGES.map((stage) => (
          <div key={stage} class="journal-option">
            <label class="choice">
              <input
                autoComplete="off"
                type="radio"
                name="jf-stage"
                value={stage}
                checked={form.stage === stage}
                aria-describedby={`jf-stage-${stage}-hint`}
                onChange={() => set('stage', stage)}
              />
              <span class={`journal-stage-mark journal-stage-${stage}`} aria-hidden="true" />
              {t(`journal.stage.${stage}`)}
            </label>
            <p class="hint" id={`jf-stage-${stage}-hint`}>
              {t(`journal.stage.${stage}.hint`)}
            </p>
          </div>
        ))}
      </fieldset>

      <fieldset class="field" aria-describedby={describe('harms')}>
        <legend>{t('journal.form.harms')}</legend>
        <FieldError id="jf-harms-error" message={message('harms')} />
        {HARMS.map((harm) => (
          <label key={harm} class="choice">
            <input
              autoComplete="off"
              type="checkbox"
              checked={form.harms.includes(harm)}
              onChange={(e) =>
                set('harms', toggle(form.harms, harm, e.currentTarget.checked, HARMS))
              }
            />
            {t(`journal.harm.${harm}`)}
          </label>
        ))}
      </fieldset>

      <fieldset class="field" aria-describedby={describe('severity')}>
        <legend>{t('journal.form.severity')}</legend>
        <FieldError id="jf-severity-error" message={message('severity')} />
        <div class="journal-severity">
          {SEVERITIES.map((value) => (
            <label key={value} class="choice">
              <input
                autoComplete="off"
                type="radio"
                name="jf-severity"
                value={value}
                checked={form.severity === value}
                onChange={() => set('severity', value)}
              />
              {t(`journal.severity.${value}`)}
            </label>
          ))}
        </div>
      </fieldset>

      <div class="field">
        <label for="jf-what">{t('journal.form.what')}</label>
        <p class="hint" id="jf-what-hint">
          {t('journal.form.whatHint')}
        </p>
        <textarea
          autoComplete="off"
          id="jf-what"
          rows={6}
          maxLength={JOURNAL_LIMITS.longText}
          value={form.what}
          aria-invalid={invalid('what')}
          aria-describedby={describe('what', 'jf-what-hint')}
          onInput={(e) => set('what', e.currentTarget.value)}
        />
        <FieldError id="jf-what-error" message={message('what')} />
      </div>

      <div class="field">
        <label for="jf-felt">{t('journal.form.felt')}</label>
        <textarea
          autoComplete="off"
          id="jf-felt"
          rows={4}
          maxLength={JOURNAL_LIMITS.longText}
          value={form.felt}
          aria-invalid={invalid('felt')}
          aria-describedby={describe('felt')}
          onInput={(e) => set('felt', e.currentTarget.value)}
        />
        <FieldError id="jf-felt-error" message={message('felt')} />
      </div>

      <fieldset class="field" aria-describedby={describe('after')}>
        <legend>{t('journal.form.after')}</legend>
        <FieldError id="jf-after-error" message={message('after')} />
        {AFTERMATH.map((item) => (
          <label key={item} class="choice">
            <input
              autoComplete="off"
              type="checkbox"
              checked={form.after.includes(item)}
              onChange={(e) =>
                set('after', toggle(form.after, item, e.currentTarget.checked, AFTERMATH))
              }
            />
            {t(`journal.after.${item}`)}
          </label>
        ))}
      </fieldset>

      {(['afterNote', 'injuries', 'witnesses'] as const).map((key) => (
        <div key={key} class="field">
          <label for={`jf-${key}`}>{t(`journal.form.${key}`)}</label>
          {key === 'witnesses' && (
            <p class="hint" id="jf-witnesses-hint">
              {t('journal.form.witnessesHint')}
            </p>
          )}
          <textarea
            autoComplete="off"
            id={`jf-${key}`}
            rows={2}
            maxLength={JOURNAL_LIMITS.shortText}
            value={form[key]}
            aria-invalid={invalid(key)}
            aria-describedby={describe(key, key === 'witnesses' ? 'jf-witnesses-hint' : '')}
            onInput={(e) => set(key, e.currentTarget.value)}
          />
          <FieldError id={`jf-${key}-error`} message={message(key)} />
        </div>
      ))}

      <AttachmentPicker
        kept={kept}
        added={added}
        onKeptChange={setKept}
        onAddedChange={(images) => void addImages(images)}
        error={message('attachments')}
      />

      <p class="hint">{t('journal.form.writtenAtNote')}</p>
      <div class="row">
        <button type="submit" disabled={saving}>
          {t(saving ? 'journal.form.saving' : 'journal.form.save')}
        </button>
        <button type="button" class="secondary" onClick={() => void cancel()}>
          {t('journal.form.cancel')}
        </button>
      </div>
    </form>
  );
}
