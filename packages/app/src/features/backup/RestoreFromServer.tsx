import { isVaultError } from '@steady/core';
import { useState } from 'preact/hooks';
import type { PlainKey } from '../../i18n/index.ts';
import { useShell } from '../../shell/context.ts';
import { useSession } from '../../vault/sessionContext.ts';
import { restoreErrorMessage } from './errors.ts';
import { RelayError } from '../../vault/relay.ts';
import { RestoreParts, useRestore } from './RestoreParts.tsx';

function failure(error: unknown): PlainKey {
  if (error instanceof RelayError) return `relay.problem.${error.problem}`;
  if (isVaultError(error, 'malformed-recovery-key')) return 'relay.badKey';
  return restoreErrorMessage(error);
}

/** Type the server backup key and the passphrase: the newest backup replaces what is here. */
export function RestoreFromServer({
  replaces,
  onRestored,
  level = 2,
}: {
  replaces: boolean;
  onRestored?(): void;
  /** Its heading's level: 2 on its own screen, 3 inside Settings' Backup section. */
  level?: 2 | 3;
}) {
  const { t } = useShell();
  const session = useSession();
  const Heading = level === 2 ? 'h2' : 'h3';
  const [key, setKey] = useState('');
  const { problem, parts, submit } = useRestore(replaces, onRestored, failure);

  function onSubmit(event: Event) {
    void submit(
      event,
      () => (key.trim() === '' ? 'relay.needKey' : null),
      (passphrase) => session.restoreFromServer(key, passphrase),
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="relay-restore-title">
      <Heading id="relay-restore-title">{t('relay.restoreTitle')}</Heading>
      <p class="hint">{t('relay.restoreIntro')}</p>
      <div class="field">
        <label for="relay-key">{t('relay.key')}</label>
        <input
          id="relay-key"
          type="text"
          autoComplete="off"
          autoCapitalize="characters"
          spellcheck={false}
          value={key}
          aria-invalid={
            problem === 'relay.needKey' || problem === 'relay.badKey' ? true : undefined
          }
          onInput={(event) => setKey(event.currentTarget.value)}
        />
      </div>
      <RestoreParts id="relay" submit="relay.restore" {...parts} />
    </form>
  );
}
