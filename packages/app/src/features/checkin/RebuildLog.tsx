import { useMemo, useState } from 'preact/hooks';
import {
  PROGRESS_LIMITS,
  REBUILD_KINDS,
  freedomOrConnection,
  validateRebuildEntry,
  type RebuildKind,
} from '@steady/core';
import { useShell } from '../../shell/context.ts';
import { RadioGroup } from '../../ui/RadioGroup.tsx';
import { UnreadableNote } from '../../ui/Unreadable.tsx';
import { LoadFailed } from '../../ui/Status.tsx';
import { newId } from '../../vault/api.ts';
import { todayOnDevice } from '../../lib/deviceTime.ts';
import { useRecords } from '../../vault/useRecords.ts';

const SHOWN = 20;

/** Freedoms practised and connections renewed, each its own encrypted record. */
export function RebuildLog() {
  const { t, locale } = useShell();
  const records = useRecords(freedomOrConnection);
  const entries = useMemo(
    () => records.items && [...records.items].sort((a, b) => (a.savedAt < b.savedAt ? 1 : -1)),
    [records.items],
  );
  const [kind, setKind] = useState<RebuildKind>('freedom');
  const [text, setText] = useState('');
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const dateFormat = useMemo(
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }),
    [locale],
  );

  async function save(event: Event) {
    event.preventDefault();
    const entry = validateRebuildEntry({
      id: newId(),
      date: todayOnDevice(),
      kind,
      text,
      savedAt: new Date().toISOString(),
    });
    if (!entry.ok) {
      setStatus({ ok: false, text: t('rebuild.emptyText') });
      return;
    }
    try {
      await records.vault.put(freedomOrConnection, entry.value.id, entry.value);
      setText('');
      setStatus({ ok: true, text: t('rebuild.saved') });
      await records.reload();
    } catch {
      setStatus({ ok: false, text: t('checkin.failed') });
    }
  }

  return (
    <section class="rebuild" aria-labelledby="rebuild-title">
      <h2 id="rebuild-title">{t('rebuild.title')}</h2>
      <p>{t('rebuild.intro')}</p>
      <form onSubmit={(e) => void save(e)} noValidate>
        <RadioGroup
          legend={t('rebuild.kind')}
          name="rebuild-kind"
          options={REBUILD_KINDS}
          value={kind}
          onChange={setKind}
          describeOption={(k) => `rebuild-${k}-hint`}
          label={(k) => (
            <span>
              {t(`rebuild.kind.${k}`)}
              <span class="hint rebuild-kind-hint" id={`rebuild-${k}-hint`}>
                {t(`rebuild.kind.${k}Hint`)}
              </span>
            </span>
          )}
        />
        <div class="field">
          <label for="rebuild-text">{t('rebuild.text')}</label>
          <p class="hint" id="rebuild-text-hint">
            {t('rebuild.textHint')}
          </p>
          <input
            id="rebuild-text"
            type="text"
            autoComplete="off"
            maxLength={PROGRESS_LIMITS.text}
            aria-describedby="rebuild-text-hint rebuild-status"
            aria-invalid={status?.ok === false ? true : undefined}
            value={text}
            onInput={(e) => setText(e.currentTarget.value)}
          />
        </div>
        <button type="submit">{t('rebuild.save')}</button>
        <p id="rebuild-status" role="status" class={status?.ok === false ? 'error' : 'ok'}>
          {status?.text ?? ''}
        </p>
      </form>
      <h3>{t('rebuild.recent')}</h3>
      <UnreadableNote what="freedom" count={records.unreadable} />
      {records.failed && <LoadFailed text={t('checkin.loadFailed')} />}
      {entries !== null && entries.length === 0 && <p class="hint">{t('rebuild.empty')}</p>}
      {entries !== null && entries.length > 0 && (
        <ul class="rebuild-list">
          {entries.slice(0, SHOWN).map((e) => (
            <li key={e.id}>
              <span class={`rebuild-tag rebuild-tag-${e.kind}`}>
                {t(e.kind === 'freedom' ? 'rebuild.freedomTag' : 'rebuild.connectionTag')}
              </span>{' '}
              <time dateTime={e.date}>{dateFormat.format(Date.parse(`${e.date}T00:00:00Z`))}</time>
              <span class="rebuild-text">{e.text}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
