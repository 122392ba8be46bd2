import { useEffect, useState } from 'preact/hooks';
import type { SelfCheck } from '../../content/index.ts';
import { useShell } from '../../shell/context.ts';
import type { VaultApi } from '../../vault/api.ts';
import { useFocusOn } from '../learn/useFocus.ts';
import { takenAtLabels } from './format.ts';
import { inOrder, newestFirst, selfCheckResult, type SelfCheckResult } from '@steady/core';
import { UnreadableNote } from '../../ui/Unreadable.tsx';
import { LoadFailed, Loading } from '../../ui/Status.tsx';
import { Summary } from './Summary.tsx';
import { hasWritten, WrittenAnswersList } from './written.tsx';
import { useSyncedSerial } from '../../vault/useRecords.ts';

const HISTORY_KINDS = [selfCheckResult];

interface Item {
  id: string;
  checkIn: SelfCheckResult;
}

/** Saved check-ins by date, newest first, and a choice of two to compare. */
export function History({
  content,
  vault,
  onCompare,
  onBack,
}: {
  content: SelfCheck;
  vault: VaultApi;
  onCompare(earlier: SelfCheckResult, later: SelfCheckResult): void;
  onBack(): void;
}) {
  const { t, locale } = useShell();
  const heading = useFocusOn<HTMLHeadingElement>('history');
  const [items, setItems] = useState<Item[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [unreadable, setUnreadable] = useState(0);
  const [attempt, setAttempt] = useState(0);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [deleteError, setDeleteError] = useState('');
  const [picked, setPicked] = useState<{ first?: string; second?: string }>({});
  const [sameError, setSameError] = useState('');

  const synced = useSyncedSerial(HISTORY_KINDS);
  useEffect(() => {
    let live = true;
    setFailed(false);
    vault.readAll(selfCheckResult).then(
      (all) => {
        if (!live) return;
        setItems(newestFirst(all.items.map(({ id, value }) => ({ id, checkIn: value }))));
        setUnreadable(all.unreadable.length);
      },
      () => {
        if (live) setFailed(true);
      },
    );
    return () => {
      live = false;
    };
  }, [vault, attempt, synced]);

  async function remove(id: string) {
    setDeleteError('');
    try {
      await vault.delete(selfCheckResult, id);
      setItems((list) => list?.filter((item) => item.id !== id) ?? null);
      setConfirming(null);
      setPicked({});
    } catch {
      setDeleteError(t('selfcheck.deleteError'));
    }
  }

  const labels = new Map(
    items
      ? takenAtLabels(
          locale,
          items.map((item) => item.checkIn.takenAt),
        ).map((label, i) => [items[i]!.id, label])
      : [],
  );
  const date = (item: Item) => labels.get(item.id) ?? '';
  const firstId = picked.first ?? items?.[1]?.id ?? '';
  const secondId = picked.second ?? items?.[0]?.id ?? '';

  function compare(event: Event) {
    event.preventDefault();
    const a = items?.find((item) => item.id === firstId);
    const b = items?.find((item) => item.id === secondId);
    if (!a || !b || a.id === b.id) {
      setSameError(t('selfcheck.compareSame'));
      return;
    }
    setSameError('');
    onCompare(...inOrder(a.checkIn, b.checkIn));
  }

  const select = (key: 'first' | 'second', id: string, label: string, value: string) => (
    <div class="field">
      <label for={id}>{label}</label>
      <select
        autoComplete="off"
        id={id}
        value={value}
        onChange={(event) => setPicked({ ...picked, [key]: event.currentTarget.value })}
      >
        {items?.map((item) => (
          <option key={item.id} value={item.id}>
            {date(item)}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <section class="screen selfcheck" aria-labelledby="selfcheck-history">
      <h1 id="selfcheck-history" ref={heading} tabIndex={-1}>
        {t('selfcheck.historyTitle')}
      </h1>
      <UnreadableNote what="selfcheck" count={unreadable} />
      {failed ? (
        <LoadFailed
          text={t('selfcheck.historyError')}
          retryLabel={t('selfcheck.retry')}
          onRetry={() => setAttempt((n) => n + 1)}
        />
      ) : items === null ? (
        <Loading text={t('selfcheck.historyLoading')} />
      ) : items.length === 0 ? (
        <p>{t('selfcheck.historyEmpty')}</p>
      ) : (
        <>
          <p>{t('selfcheck.historyIntro')}</p>
          <p class="card selfcheck-not">{t('selfcheck.historyNote')}</p>
          <ul class="selfcheck-history">
            {items.map((item) => (
              <li key={item.id} class="card selfcheck-checkin">
                <h2>{date(item)}</h2>
                <Summary content={content} checkIn={item.checkIn} />
                {hasWritten(item.checkIn) && (
                  <details class="selfcheck-written-more">
                    <summary>{t('selfcheck.writtenTitle')}</summary>
                    <WrittenAnswersList content={content} written={item.checkIn.written} />
                  </details>
                )}
                {confirming === item.id ? (
                  <div class="selfcheck-confirm">
                    <p>{t('selfcheck.deleteConfirm')}</p>
                    <div class="row">
                      <button type="button" class="danger" onClick={() => void remove(item.id)}>
                        {t('selfcheck.deleteYes')}
                      </button>
                      <button type="button" class="secondary" onClick={() => setConfirming(null)}>
                        {t('selfcheck.deleteNo')}
                      </button>
                    </div>
                  </div>
                ) : (
                  <button
                    type="button"
                    class="secondary"
                    aria-label={t('selfcheck.deleteLabel', { date: date(item) })}
                    onClick={() => {
                      setDeleteError('');
                      setConfirming(item.id);
                    }}
                  >
                    {t('selfcheck.delete')}
                  </button>
                )}
              </li>
            ))}
          </ul>
          <p role="alert" class="error">
            {deleteError}
          </p>

          <section class="card" aria-labelledby="selfcheck-compare">
            <h2 id="selfcheck-compare">{t('selfcheck.compareTitle')}</h2>
            {items.length < 2 ? (
              <p>{t('selfcheck.compareNeedsTwo')}</p>
            ) : (
              <form onSubmit={compare}>
                <p>{t('selfcheck.compareIntro')}</p>
                {select('first', 'selfcheck-first', t('selfcheck.compareFirst'), firstId)}
                {select('second', 'selfcheck-second', t('selfcheck.compareSecond'), secondId)}
                <button type="submit">{t('selfcheck.compare')}</button>
                <p role="alert" class="error">
                  {sameError}
                </p>
              </form>
            )}
          </section>
        </>
      )}
      <div class="row">
        <button type="button" class="secondary" onClick={onBack}>
          {t('selfcheck.toStart')}
        </button>
      </div>
    </section>
  );
}
