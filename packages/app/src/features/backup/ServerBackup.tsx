import { useEffect, useState } from 'preact/hooks';
import type { PlainKey } from '../../i18n/index.ts';
import { useShell } from '../../shell/context.ts';
import { Loading } from '../../ui/Status.tsx';
import { useServerBackup, useSession, useSync } from '../../vault/sessionContext.ts';
import { KeyGroups } from '../lock/KeyGroups.tsx';
import { relayAvailable, relayBase } from '../../vault/relay.ts';
import { DeleteServerCopy } from './DeleteServerCopy.tsx';

/** Whether a backup relay answers for this deployment: null while asking. */
export function useRelayAvailable(): boolean | null {
  const session = useSession();
  const [available, setAvailable] = useState<boolean | null>(null);
  useEffect(() => {
    let live = true;
    void relayAvailable(relayBase(session.relayOrigin)).then((ok) => live && setAvailable(ok));
    return () => {
      live = false;
    };
  }, [session]);
  return available;
}

/**
 * Server backup, in the Backup part of Settings: once on, the encrypted backup goes to
 * the relay a little after each change, and a key (shown to the person) finds it again.
 */
export function ServerBackup({ available }: { available: boolean | null }) {
  const { t, locale } = useShell();
  const session = useSession();
  const state = useServerBackup();
  const sync = useSync();
  const [enabling, setEnabling] = useState(false);
  const [shownKey, setShownKey] = useState<string | null>(null);
  const [problem, setProblem] = useState<PlainKey | null>(null);

  async function turnOn() {
    if (enabling) return;
    setEnabling(true);
    setProblem(null);
    try {
      setShownKey(await session.serverBackup.enable());
    } catch {
      setProblem('relay.problem.failed');
    } finally {
      setEnabling(false);
    }
  }

  async function turnOff() {
    setProblem(null);
    setShownKey(null);
    try {
      await session.serverBackup.disable();
    } catch {
      setProblem('relay.problem.failed');
    }
  }

  const when = (iso: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
      new Date(iso),
    );
  // Bytes as megabytes while sending; parts (objects) while fetching.
  const amount = (phase: 'sending' | 'fetching', n: number) =>
    phase === 'sending'
      ? new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(n / 1_000_000)
      : new Intl.NumberFormat(locale).format(n);
  // A full server, or a vault's space used up, stops both the copy and sync: said once.
  const same =
    (sync.problem === 'full' || sync.problem === 'quota') && sync.problem === state.problem;
  const syncProblem = same ? null : sync.problem;
  const paused = state.deleteAt !== null;
  const failure: PlainKey | null =
    problem ??
    (state.problem === 'not-found'
      ? 'relay.problem.failed'
      : state.problem
        ? `relay.problem.${state.problem}`
        : null);

  return (
    <section aria-labelledby="relay-title">
      <h3 id="relay-title">{t('relay.title')}</h3>
      {state.unreadable && <p class="error">{t('relay.unreadable')}</p>}
      {!state.on && available === false && <p class="hint">{t('relay.unavailable')}</p>}
      {!state.on && available === null && <Loading class="hint" />}
      {!state.on && !state.unreadable && available && (
        <>
          <p>{t('relay.intro')}</p>
          <button type="button" disabled={enabling} onClick={() => void turnOn()}>
            {t('relay.turnOn')}
          </button>
        </>
      )}
      {state.on && !paused && (
        <>
          <p role="status" class="ok">
            {state.busy
              ? t('relay.uploading')
              : state.lastAt
                ? t('relay.last', { when: when(state.lastAt) })
                : t('relay.never')}
          </p>
          <p role="status" class="hint relay-sync" data-synced-at={sync.lastAt ?? ''}>
            {sync.busy && sync.progress
              ? t(`relay.sync.${sync.progress.phase}`, {
                  done: amount(sync.progress.phase, sync.progress.done),
                  total: amount(sync.progress.phase, sync.progress.total),
                })
              : sync.busy
                ? t('relay.sync.working')
                : sync.lastAt
                  ? t('relay.sync.last', { when: when(sync.lastAt) })
                  : ''}
            {sync.unsent > 0 && !sync.busy
              ? ` ${t('relay.sync.unsent', { count: sync.unsent })}`
              : ''}
          </p>
          {sync.usage && (
            <p class="hint">
              {t('relay.sync.usage', {
                used: amount('sending', sync.usage.used),
                quota: amount('sending', sync.usage.quota),
              })}
            </p>
          )}
          {syncProblem && <p class="error">{t(`relay.sync.problem.${syncProblem}`)}</p>}
          {shownKey && (
            <>
              <KeyGroups text={shownKey} label="relay.keyLabel" />
              <p class="hint">{t('relay.keyHint')}</p>
              <p class="hint">{t('relay.sync.howTo')}</p>
            </>
          )}
          <div class="row">
            <button
              type="button"
              disabled={state.busy}
              onClick={() => {
                void session.serverBackup.uploadNow();
                void session.sync.syncNow(true);
              }}
            >
              {t('relay.now')}
            </button>
            {!shownKey && (
              <button
                type="button"
                class="secondary"
                onClick={() => setShownKey(session.serverBackup.key())}
              >
                {t('relay.showKey')}
              </button>
            )}
            <button
              type="button"
              class="secondary"
              disabled={state.busy}
              onClick={() => void turnOff()}
            >
              {t('relay.turnOff')}
            </button>
          </div>
          <p class="hint">{t('relay.offNote')}</p>
        </>
      )}
      {/* In one place whether a deletion is asked or not, so it keeps what it said. */}
      {state.on && <DeleteServerCopy />}
      {failure && (
        <p class="error" role="alert">
          {t(failure)}
        </p>
      )}
    </section>
  );
}
