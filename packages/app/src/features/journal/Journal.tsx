import './journal.css';
import {
  attachmentMeta,
  journalEntry,
  updateSearchIndex,
  type JournalRecord,
  type SearchIndex,
} from '@steady/core';
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { useShell } from '../../shell/context.ts';
import { UnreadableNote } from '../../ui/Unreadable.tsx';
import { ViewTabs } from '../../ui/ViewTabs.tsx';
import { LoadFailed, Loading } from '../../ui/Status.tsx';
import { useVault } from '../../vault/api.ts';
import { useSyncedSerial } from '../../vault/useRecords.ts';

const JOURNAL_KINDS = [journalEntry, attachmentMeta];
const PROGRESS_EVERY_MS = 1000;
import { loadJournal, markStart } from './data.ts';
import { EntryForm } from './EntryForm.tsx';
import { EntryView } from './EntryView.tsx';
import { JotForm } from './JotForm.tsx';
import { JournalList, NO_FILTER, type ListFilter } from './JournalList.tsx';
import { Timeline } from './Timeline.tsx';

type View =
  | { name: 'list' }
  | { name: 'timeline' }
  | { name: 'new' }
  | { name: 'jot' }
  | { name: 'entry'; id: string }
  | { name: 'edit'; id: string };

interface Loaded {
  records: Map<string, JournalRecord>;
  /** Kept in memory while unlocked so search and filters never re-read storage. */
  index: SearchIndex;
  unreadable: number;
}

/** The view to open on arriving: a draft to carry on ('new', 'edit:ID'), else the list. */
function openingView(opening: string | undefined): View {
  if (opening === 'new') return { name: 'new' };
  if (opening === 'jot') return { name: 'jot' };
  if (opening?.startsWith('edit:')) return { name: 'edit', id: opening.slice(5) };
  return { name: 'list' };
}

// Everything decrypted lives in this component's state: locking unmounts the
// screen (VaultGate), and with it every entry, the index and every image URL.
export function Journal() {
  const { t, opening } = useShell();
  const vault = useVault();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [view, setView] = useState<View>(() => openingView(opening));
  const [filter, setFilter] = useState<ListFilter>(NO_FILTER);
  const [notice, setNotice] = useState('');
  /** How far the first reading has come, for a large journal: said while it opens. */
  const [progress, setProgress] = useState<{ read: number; total: number } | null>(null);
  // Another device added or changed entries: read them again.
  const synced = useSyncedSerial(JOURNAL_KINDS);

  useEffect(() => {
    let live = true;
    setFailed(false);
    markStart('journal:list');
    // Said at most this often, so a screen reader is not flooded with numbers.
    let said = performance.now();
    loadJournal(vault, {
      live: () => live,
      onProgress: (read, total) => {
        const now = performance.now();
        if (read < total && now - said < PROGRESS_EVERY_MS) return;
        said = now;
        setProgress({ read, total });
      },
    }).then(
      ({ records, index, unreadable }) => {
        if (!live) return;
        setLoaded({
          records: new Map(records.map((record) => [record.id, record])),
          index,
          unreadable,
        });
      },
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [vault, attempt, synced]);

  const show = useCallback((next: View) => {
    if (next.name === 'timeline') markStart('journal:timeline');
    setView(next);
    // The new view's heading, so keyboard and screen-reader users start at its top.
    requestAnimationFrame(() => {
      const target =
        next.name === 'entry'
          ? 'journal-entry-title'
          : next.name === 'new' || next.name === 'edit' || next.name === 'jot'
            ? 'journal-form-title'
            : 'journal-title';
      document.getElementById(target)?.focus();
    });
  }, []);

  const saved = (record: JournalRecord) => {
    setLoaded((previous) => {
      if (!previous) return previous;
      const records = new Map(previous.records);
      records.set(record.id, record);
      return { ...previous, records, index: updateSearchIndex(previous.index, { put: [record] }) };
    });
  };

  const deleted = (id: string) => {
    setLoaded((previous) => {
      if (!previous) return previous;
      const records = new Map(previous.records);
      records.delete(id);
      return { ...previous, records, index: updateSearchIndex(previous.index, { remove: [id] }) };
    });
    setNotice(t('journal.entry.deleted'));
    show({ name: 'list' });
  };

  const records = loaded?.records;
  const all = useMemo(() => (records ? [...records.values()] : []), [records]);

  let body;
  if (failed) {
    body = (
      <LoadFailed
        text={t('journal.loadFailed')}
        retryLabel={t('journal.tryAgain')}
        onRetry={() => setAttempt((n) => n + 1)}
      />
    );
  } else if (!loaded) {
    body = (
      <Loading
        text={
          progress && progress.read < progress.total
            ? t('journal.loadingCount', { read: progress.read, count: progress.total })
            : t('journal.loading')
        }
      />
    );
  } else if (view.name === 'edit' && !loaded.records.has(view.id)) {
    body = <p>{t('journal.entry.notFound')}</p>;
  } else if (view.name === 'jot') {
    body = (
      <JotForm
        onSaved={(next) => {
          saved(next);
          setNotice(t('journal.jot.saved'));
          show({ name: 'list' });
        }}
        onCancel={() => show({ name: 'list' })}
      />
    );
  } else if (view.name === 'new' || view.name === 'edit') {
    const record = view.name === 'edit' ? loaded.records.get(view.id) : undefined;
    body = (
      <EntryForm
        key={view.name === 'edit' ? `edit-${view.id}` : 'new'}
        record={record}
        onSaved={(next) => {
          saved(next);
          setNotice('');
          show({ name: 'entry', id: next.id });
        }}
        onCancel={() => show(record ? { name: 'entry', id: record.id } : { name: 'list' })}
      />
    );
  } else if (view.name === 'entry') {
    const record = loaded.records.get(view.id);
    body = record ? (
      <EntryView
        record={record}
        onEdit={() => show({ name: 'edit', id: record.id })}
        onChanged={saved}
        onDeleted={deleted}
      />
    ) : (
      <p>{t('journal.entry.notFound')}</p>
    );
  } else if (view.name === 'timeline') {
    body = (
      <Timeline
        records={all}
        onOpen={(id) => {
          setNotice('');
          show({ name: 'entry', id });
        }}
      />
    );
  } else {
    body = (
      <JournalList
        index={loaded.index}
        total={loaded.records.size}
        filter={filter}
        onFilter={setFilter}
        onOpen={(id) => {
          setNotice('');
          show({ name: 'entry', id });
        }}
      />
    );
  }

  const listLike = view.name === 'list' || view.name === 'timeline';
  return (
    <section class="screen journal" aria-labelledby="journal-title">
      <h1 id="journal-title" tabIndex={-1}>
        {t('journal.title')}
      </h1>
      <p class="journal-note">{t('journal.note')}</p>
      {loaded && <UnreadableNote what="journal" count={loaded.unreadable} />}
      <ViewTabs
        class="journal-views"
        label={t('journal.views')}
        tabs={[
          { id: 'list', label: listLike ? t('journal.toList') : t('journal.back') },
          { id: 'timeline', label: t('journal.toTimeline') },
          { id: 'jot', label: t('journal.jot'), primary: true },
          { id: 'new', label: t('journal.new'), primary: true },
        ]}
        current={view.name}
        onSelect={(name) => {
          if (name === 'new' || name === 'jot') setNotice('');
          show({ name });
        }}
      />
      <p role="status" class="ok journal-notice">
        {notice}
      </p>
      {view.name === 'list' && loaded && <p class="hint">{t('journal.intro')}</p>}
      {body}
    </section>
  );
}
