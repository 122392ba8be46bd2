import { useEffect, useRef, useState } from 'preact/hooks';
import type { PlainKey } from '../../i18n/index.ts';
import { useShell } from '../../shell/context.ts';
import { useServerBackup, useSession } from '../../vault/sessionContext.ts';

/** How the deletion's date is said: day and time, in the person's language. */
export function deletionDate(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(
    new Date(iso),
  );
}

/**
 * Deleting the server's copy, in Backup on the server: what asking does and how long the
 * server waits, said before anything is asked; while a deletion is asked, its date and a
 * way to cancel it. The relay deletes only after its delay, so a request someone else made
 * with the key can be seen here and stopped (routes.ts, "Deleting a vault").
 */
export function DeleteServerCopy() {
  const { t, locale } = useShell();
  const session = useSession();
  const state = useServerBackup();
  const [asking, setAsking] = useState(false);
  const [delayHours, setDelayHours] = useState<number | null>(null);
  const [working, setWorking] = useState(false);
  const [problem, setProblem] = useState<PlainKey | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const explainRef = useRef<HTMLParagraphElement>(null);
  const askRef = useRef<HTMLButtonElement>(null);

  // Shown here, a deletion asked on another device (or by anyone with the key) is found.
  useEffect(() => {
    void session.serverBackup.checkDeletion().then((answer) => {
      if (answer) setDelayHours(answer.delayHours);
    });
  }, [session]);

  useEffect(() => {
    // The explanation first, not the button that asks: Enter alone must not ask.
    if (asking) explainRef.current?.focus();
  }, [asking]);

  async function run(work: () => Promise<void>, done?: () => void) {
    if (working) return;
    setWorking(true);
    setProblem(null);
    try {
      await work();
      done?.();
    } catch {
      setProblem('relay.delete.failed');
    } finally {
      setWorking(false);
    }
  }

  if (state.deleteAt !== null) {
    return (
      <div class="relay-deletion">
        <p role="status" class="error">
          {t('relay.delete.pending', { date: deletionDate(state.deleteAt, locale) })}
        </p>
        <p class="hint">{t('relay.delete.pendingNote')}</p>
        <button
          type="button"
          disabled={working}
          onClick={() =>
            void run(
              () => session.serverBackup.cancelDeletion(),
              () => setCancelled(true),
            )
          }
        >
          {t('relay.delete.cancel')}
        </button>
        {problem && (
          <p class="error" role="alert">
            {t(problem)}
          </p>
        )}
      </div>
    );
  }

  const delay =
    delayHours === null
      ? null
      : delayHours % 24 === 0
        ? t('relay.delete.days', { count: delayHours / 24 })
        : t('relay.delete.hours', { count: delayHours });
  const until =
    delayHours === null
      ? null
      : deletionDate(new Date(Date.now() + delayHours * 3_600_000).toISOString(), locale);

  return (
    <div class="relay-deletion">
      {cancelled && (
        <p role="status" class="ok">
          {t('relay.delete.cancelled')}
        </p>
      )}
      {!asking && (
        <button
          type="button"
          class="secondary"
          ref={askRef}
          onClick={() => {
            setCancelled(false);
            setAsking(true);
          }}
        >
          {t('relay.delete.ask')}
        </button>
      )}
      {asking && (
        <>
          <p id="relay-delete-explain" tabIndex={-1} ref={explainRef}>
            {delay && until
              ? t('relay.delete.explain', { delay, date: until })
              : t('relay.delete.explainUnknown')}
          </p>
          <div class="row">
            <button
              type="button"
              aria-describedby="relay-delete-explain"
              disabled={working}
              onClick={() =>
                void run(
                  () => session.serverBackup.askDeletion(),
                  () => setAsking(false),
                )
              }
            >
              {t('relay.delete.confirm')}
            </button>
            <button
              type="button"
              class="secondary"
              disabled={working}
              onClick={() => {
                setAsking(false);
                setProblem(null);
                requestAnimationFrame(() => askRef.current?.focus());
              }}
            >
              {t('relay.delete.keep')}
            </button>
          </div>
        </>
      )}
      {problem && (
        <p class="error" role="alert">
          {t(problem)}
        </p>
      )}
    </div>
  );
}
