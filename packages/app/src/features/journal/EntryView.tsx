import {
  currentVersion,
  deleteChange,
  hasDetails,
  journalEntry,
  receiptId,
  setPinned,
  timestampReceipt,
  type EntryContent,
  type JournalRecord,
} from '@steady/core';
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useShell } from '../../shell/context.ts';
import { useVault } from '../../vault/api.ts';
import { AttachmentImage } from './AttachmentImage.tsx';
import { attachmentDeletes } from './attachments.ts';
import { formatDay, formatInstant } from './data.ts';
import { detailRows } from './form.ts';
import { imagesOf, useAttachmentMetas, VoiceNoteList, voiceNotesOf } from './VoiceNotes.tsx';

/** One version of an entry, read-only. Text is rendered as text, never as markup. */
export function EntryContentView({ content }: { content: EntryContent }) {
  const { t, locale } = useShell();
  const day = formatDay(content.occurred.date, locale);
  const date = content.occurred.approximate ? t('journal.list.approximate', { date: day }) : day;
  const texts = [
    ['journal.form.what', content.what],
    ['journal.form.felt', content.felt],
    ['journal.form.afterNote', content.afterNote],
    ['journal.form.injuries', content.injuries],
    ['journal.form.witnesses', content.witnesses],
  ] as const;
  const rows: Array<[string, ComponentChildren]> = [
    [
      t('journal.entry.when'),
      content.occurred.time ? t('journal.entry.at', { date, time: content.occurred.time }) : date,
    ],
    [
      t('journal.entry.stage'),
      content.stage === undefined ? (
        t('journal.details.notYet')
      ) : (
        <>
          <span class={`journal-stage-mark journal-stage-${content.stage}`} aria-hidden="true" />
          {t(`journal.stage.${content.stage}`)}
        </>
      ),
    ],
    [
      t('journal.entry.severity'),
      content.severity === undefined
        ? t('journal.details.notYet')
        : t(`journal.severity.${content.severity}`),
    ],
    [
      t('journal.entry.harms'),
      content.harms.length
        ? content.harms.map((harm) => t(`journal.harm.${harm}`)).join('; ')
        : t('journal.entry.none'),
    ],
    [
      t('journal.entry.after'),
      content.after.length
        ? content.after.map((item) => t(`journal.after.${item}`)).join('; ')
        : t('journal.entry.none'),
    ],
    ...texts
      .filter(([, text]) => text !== '')
      .map(([label, text]): [string, string] => [t(label), text]),
    ...detailRows(content.details).map((row): [string, string] => [
      t(row.label),
      row.text ?? (row.answer ? t(row.answer) : ''),
    ]),
  ];
  return (
    <dl class="journal-content">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

interface Props {
  record: JournalRecord;
  onEdit: () => void;
  onChanged: (record: JournalRecord) => void;
  onDeleted: (id: string) => void;
}

export function EntryView({ record, onEdit, onChanged, onDeleted }: Props) {
  const { t, locale } = useShell();
  const vault = useVault();
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const current = currentVersion(record);
  const earlier = record.versions.slice(0, -1);
  const edited = record.versions.length > 1;

  useEffect(() => {
    if (confirming) confirmHeading.current?.focus();
  }, [confirming]);

  async function pin(pinned: boolean) {
    const next = setPinned(record, pinned);
    setBusy(true);
    try {
      await vault.put(journalEntry, record.id, next);
      onChanged(next);
      setStatus({
        ok: true,
        text: t(pinned ? 'journal.entry.pinned' : 'journal.entry.unpinned'),
      });
    } catch {
      setStatus({ ok: false, text: t('journal.entry.pinFailed') });
    } finally {
      setBusy(false);
    }
  }

  async function remove() {
    setBusy(true);
    try {
      // Every image any version pointed to goes with it, in the same write.
      const ids = new Set(record.versions.flatMap((version) => version.content.attachments));
      const changes = await attachmentDeletes(vault, ids);
      // So do its versions' timestamp receipts (one that cannot be read is left as it is).
      for (let version = 0; version < record.versions.length; version++) {
        const id = receiptId(record.id, version);
        if ((await vault.read(timestampReceipt, id))?.ok === true) {
          changes.push(deleteChange(timestampReceipt, id));
        }
      }
      changes.push(deleteChange(journalEntry, record.id));
      await vault.commit(changes);
      onDeleted(record.id);
    } catch {
      setStatus({ ok: false, text: t('journal.entry.deleteFailed') });
      setBusy(false);
    }
  }

  const metas = useAttachmentMetas(current.content.attachments);
  const images = imagesOf(current.content.attachments, metas);
  const voiceNotes = voiceNotesOf(current.content.attachments, metas);
  return (
    <article class="journal-entry" aria-labelledby="journal-entry-title">
      <h2 id="journal-entry-title" tabIndex={-1}>
        {t('journal.entry.title', { date: formatDay(current.content.occurred.date, locale) })}
      </h2>
      <p class="hint">
        {t('journal.entry.writtenAt', { when: formatInstant(record.writtenAt, locale) })}
        {edited && (
          <>
            {' · '}
            {t('journal.entry.editedAt', { when: formatInstant(current.editedAt, locale) })}
          </>
        )}
      </p>

      {!hasDetails(current.content) && (
        <section class="journal-details-offer" aria-labelledby="journal-details-title">
          <h3 id="journal-details-title">{t('journal.details.later')}</h3>
          <p>{t('journal.details.laterHint')}</p>
          <div class="row">
            <button type="button" onClick={onEdit} disabled={busy}>
              {t('journal.details.add')}
            </button>
          </div>
        </section>
      )}

      <EntryContentView content={current.content} />

      {images.length > 0 && (
        <ul class="journal-images">
          {images.map((id, i) => (
            <li key={id}>
              <AttachmentImage id={id} alt={t('journal.attach.alt', { n: i + 1 })} />
            </li>
          ))}
        </ul>
      )}
      <VoiceNoteList notes={voiceNotes} />

      <div class="row">
        <button type="button" onClick={onEdit} disabled={busy}>
          {t('journal.entry.edit')}
        </button>
        <button
          type="button"
          class="secondary"
          aria-pressed={record.pinned}
          aria-describedby="journal-pin-hint"
          disabled={busy}
          onClick={() => void pin(!record.pinned)}
        >
          {t('journal.entry.pin')}
        </button>
      </div>
      <p class="hint" id="journal-pin-hint">
        {t('journal.entry.pinHint')}
      </p>
      <p role="status" class={status?.ok === false ? 'error' : 'ok'}>
        {status?.text ?? ''}
      </p>

      {earlier.length > 0 && (
        <details class="journal-versions">
          <summary>{t('journal.entry.versions', { count: earlier.length })}</summary>
          {earlier.map((version, i) => (
            <section
              key={version.editedAt + String(i)}
              class="journal-version"
              aria-labelledby={`journal-version-${i}`}
            >
              <h3 id={`journal-version-${i}`}>
                {i === 0
                  ? t('journal.entry.original', { when: formatInstant(version.editedAt, locale) })
                  : t('journal.entry.version', {
                      n: i + 1,
                      when: formatInstant(version.editedAt, locale),
                    })}
              </h3>
              <EntryContentView content={version.content} />
            </section>
          ))}
        </details>
      )}

      {confirming ? (
        <section class="journal-confirm" aria-labelledby="journal-confirm-title">
          <h3 id="journal-confirm-title" ref={confirmHeading} tabIndex={-1}>
            {t('journal.entry.confirmTitle')}
          </h3>
          <p>{t('journal.entry.confirmBody')}</p>
          <div class="row">
            <button
              type="button"
              class="journal-danger"
              disabled={busy}
              onClick={() => void remove()}
            >
              {t('journal.entry.confirmYes')}
            </button>
            <button
              type="button"
              class="secondary"
              onClick={() => {
                setConfirming(false);
                requestAnimationFrame(() => deleteButton.current?.focus());
              }}
            >
              {t('journal.entry.confirmNo')}
            </button>
          </div>
        </section>
      ) : (
        <div class="row">
          <button
            ref={deleteButton}
            type="button"
            class="secondary journal-delete"
            onClick={() => setConfirming(true)}
          >
            {t('journal.entry.delete')}
          </button>
        </div>
      )}
    </article>
  );
}
