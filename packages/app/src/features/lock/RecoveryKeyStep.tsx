import { useEffect, useRef, useState } from 'preact/hooks';
import type { PlainKey } from '../../i18n/index.ts';
import { useShell } from '../../shell/context.ts';
import type { RecoveryToConfirm } from '../../vault/lockState.ts';
import { KeyGroups } from './KeyGroups.tsx';

const INTROS: Record<RecoveryToConfirm['reason'], PlainKey> = {
  setup: 'lock.recoveryIntro',
  again: 'lock.recoveryAgainIntro',
  new: 'lock.recoveryNewIntro',
};

const normalise = (text: string) => text.replace(/[\s-]/g, '').toUpperCase();

/**
 * Shows the recovery key, then asks for two of its groups back, so a person does not
 * leave this step without having really written it down. Until they have, the key stays
 * (encrypted) in the vault and this step comes back after every unlock.
 */
export function RecoveryKeyStep({
  recovery,
  onDone,
}: {
  recovery: RecoveryToConfirm;
  onDone(): Promise<void>;
}) {
  const { t } = useShell();
  const recoveryKey = recovery.key;
  const groups = recoveryKey.split('-');
  const last = groups.length - 1;
  const [phase, setPhase] = useState<'show' | 'confirm'>('show');
  const [third, setThird] = useState('');
  const [final, setFinal] = useState('');
  const [wrong, setWrong] = useState(false);
  const [failed, setFailed] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => heading.current?.focus(), [phase]);

  function confirm(event: Event) {
    event.preventDefault();
    if (normalise(third) !== groups[2] || normalise(final) !== groups[last]) {
      setWrong(true);
      return;
    }
    setWrong(false);
    setFailed(false);
    onDone().catch(() => setFailed(true));
  }

  if (phase === 'show') {
    return (
      <section class="screen recovery" aria-labelledby="recovery-title">
        <h1 id="recovery-title" ref={heading} tabIndex={-1}>
          {t('lock.recoveryTitle')}
        </h1>
        <p>{t(INTROS[recovery.reason])}</p>
        <KeyGroups text={recoveryKey} label="lock.recoveryLabel" />
        <div class="row">
          <button type="button" class="secondary" onClick={() => window.print()}>
            {t('lock.recoveryPrint')}
          </button>
          <button type="button" onClick={() => setPhase('confirm')}>
            {t('lock.recoveryWritten')}
          </button>
        </div>
      </section>
    );
  }

  return (
    <section class="screen" aria-labelledby="recovery-confirm-title">
      <h1 id="recovery-confirm-title" ref={heading} tabIndex={-1}>
        {t('lock.recoveryConfirmTitle')}
      </h1>
      <p>{t('lock.recoveryConfirmIntro')}</p>
      <form onSubmit={confirm} noValidate>
        <div class="field">
          <label for="recovery-group-3">{t('lock.recoveryGroup', { n: 3 })}</label>
          <input
            id="recovery-group-3"
            type="text"
            autoComplete="off"
            autoCapitalize="characters"
            spellcheck={false}
            value={third}
            aria-invalid={wrong ? true : undefined}
            onInput={(event) => setThird(event.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for="recovery-group-last">{t('lock.recoveryLastGroup')}</label>
          <input
            id="recovery-group-last"
            type="text"
            autoComplete="off"
            autoCapitalize="characters"
            spellcheck={false}
            value={final}
            aria-invalid={wrong ? true : undefined}
            onInput={(event) => setFinal(event.currentTarget.value)}
          />
        </div>
        {(wrong || failed) && (
          <p class="error" role="alert">
            {t(wrong ? 'lock.recoveryWrongGroups' : 'lock.recoveryFailed')}
          </p>
        )}
        <div class="row">
          <button type="submit">{t('lock.recoveryConfirm')}</button>
          <button type="button" class="secondary" onClick={() => setPhase('show')}>
            {t('lock.recoveryBack')}
          </button>
        </div>
      </form>
    </section>
  );
}
