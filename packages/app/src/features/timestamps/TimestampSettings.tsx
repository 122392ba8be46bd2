import { useEffect, useState } from 'preact/hooks';
import { useShell } from '../../shell/context.ts';
import { relayBase } from '../../vault/relayBase.ts';
import { useSession, useTimestamps } from '../../vault/sessionContext.ts';

/** The relay publishes its time-stamping certificate: the setting is offered. */
async function relayStamps(base: string): Promise<boolean> {
  try {
    const response = await fetch(`${base}/timestamp/certificate.pem`, {
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      cache: 'no-store',
    });
    return response.ok && (await response.text()).startsWith('-----BEGIN CERTIFICATE-----');
  } catch {
    // No relay, or one without time-stamping: the setting is simply not shown.
    return false;
  }
}

/**
 * Trusted timestamps, in Settings while the vault is open: shown only when the relay in
 * use publishes its time-stamping certificate. Off until the person turns it on here;
 * this device's choice alone.
 */
export function TimestampSettings() {
  const { t } = useShell();
  const session = useSession();
  const { on, unreadable } = useTimestamps();
  const [offered, setOffered] = useState(false);
  const [note, setNote] = useState<'saved' | 'failed' | null>(null);

  useEffect(() => {
    let live = true;
    void relayStamps(relayBase(session.relayOrigin)).then((ok) => live && setOffered(ok));
    return () => {
      live = false;
    };
  }, [session]);

  // On already (another relay answered before): still shown, so it can be turned off.
  if (!offered && !on) return null;

  async function save(next: boolean) {
    setNote(null);
    try {
      await session.timestamps.set(next);
      setNote('saved');
    } catch {
      setNote('failed');
    }
  }

  return (
    <div class="card" aria-labelledby="timestamps-title" role="group">
      <h2 id="timestamps-title">{t('timestamps.title')}</h2>
      <p>{t('timestamps.intro')}</p>
      <p id="timestamps-what">{t('timestamps.what')}</p>
      {unreadable && <p class="error">{t('timestamps.unreadable')}</p>}
      <label class="choice">
        <input
          autoComplete="off"
          id="timestamps-on"
          type="checkbox"
          aria-describedby="timestamps-what"
          checked={on}
          disabled={unreadable}
          onChange={(event) => void save(event.currentTarget.checked)}
        />
        {t('timestamps.toggle')}
      </label>
      <p role="status" class={note === 'failed' ? 'error' : 'ok'}>
        {note === 'failed'
          ? t('timestamps.saveFailed')
          : note === 'saved'
            ? t('timestamps.saved')
            : ''}
      </p>
    </div>
  );
}
