import { currentContent, hasDetails, type JournalRecord } from '@steady/core';
import { useShell } from '../../shell/context.ts';
import { DraftResumed } from '../../shell/DraftResumed.tsx';
import { AttachmentPicker } from './AttachmentPicker.tsx';
import { CourtDetailsFields } from './CourtDetailsFields.tsx';
import { ErrorSummary } from './ErrorSummary.tsx';
import { AfterFields, StoryFields, WhatKindFields, WhenFields } from './EntryFields.tsx';
import { useEntryForm } from './useEntryForm.ts';
import { VoiceField } from './VoiceField.tsx';
import { imagesOf, useAttachmentMetas, voiceNotesOf } from './VoiceNotes.tsx';

interface Props {
  record?: JournalRecord | undefined;
  onSaved: (record: JournalRecord) => void;
  onCancel: () => void;
}

/** A new journal entry, or a correction to one (the earlier wording is kept). */
export function EntryForm(props: Props) {
  const { t } = useShell();
  const entry = useEntryForm(props);
  const { record } = props;
  const { form, set, errors, failed, saving } = entry;
  const fields = { form, set, errors };
  const attachmentError = errors.attachments ? t(errors.attachments) : undefined;
  // Photos and voice notes share the entry's list of attachments; each part shows its own.
  const metas = useAttachmentMetas(entry.kept, entry.known);
  const keptImages = imagesOf(entry.kept, metas);
  const keptVoice = voiceNotesOf(entry.kept, metas);
  const count = entry.kept.length + entry.added.length + entry.addedVoice.length;

  return (
    <form
      class="journal-form"
      onSubmit={(event) => {
        event.preventDefault();
        void entry.save();
      }}
      noValidate
    >
      <h2 id="journal-form-title" tabIndex={-1}>
        {t(
          !record
            ? 'journal.form.newTitle'
            : hasDetails(currentContent(record))
              ? 'journal.form.editTitle'
              : 'journal.details.formTitle',
        )}
      </h2>
      {record && <p class="hint">{t('journal.form.editNote')}</p>}
      <p class="hint">{t('journal.form.optional')}</p>
      {entry.resumedAt && (
        <DraftResumed at={entry.resumedAt} onDiscard={() => void entry.discardDraft()} />
      )}

      <ErrorSummary errors={errors} failed={failed} summary={entry.summary} />

      <WhenFields {...fields} />
      <WhatKindFields {...fields} />
      <StoryFields {...fields} />
      <AfterFields {...fields} />
      <CourtDetailsFields
        details={form.details}
        setDetail={entry.setDetail}
        open={entry.detailsOpen}
        onToggle={entry.setDetailsOpen}
        errors={errors}
      />

      <AttachmentPicker
        kept={keptImages}
        added={entry.added}
        onRemoveKept={entry.removeKept}
        onAdd={(images) => void entry.addImages(images)}
        onRemoveAdded={entry.removeAdded}
        error={attachmentError}
        others={keptVoice.length + entry.addedVoice.length}
        shown={entry.shown}
      />
      <VoiceField
        kept={keptVoice}
        added={entry.addedVoice}
        count={count}
        onKeep={(note) => void entry.addVoice(note)}
        onRemoveKept={entry.removeKept}
        onRemoveAdded={entry.removeAddedVoice}
      />

      <p class="hint">{t('journal.form.writtenAtNote')}</p>
      <div class="row">
        <button type="submit" disabled={saving}>
          {t(saving ? 'journal.form.saving' : 'journal.form.save')}
        </button>
        <button type="button" class="secondary" onClick={() => void entry.cancel()}>
          {t('journal.form.cancel')}
        </button>
      </div>
    </form>
  );
}
