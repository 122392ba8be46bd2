import { useState } from 'preact/hooks';
import type { PlainKey } from '../../i18n/index.ts';
import { useShell } from '../../shell/context.ts';
import { PassphraseField } from '../lock/PassphraseField.tsx';
import { isAbort } from '../lock/errors.ts';
import { Working } from '../lock/Working.tsx';

interface Props {
  /** Prefix of the ids: `${id}-passphrase`, `${id}-confirm`. */
  id: string;
  passphrase: string;
  onPassphrase(value: string): void;
  /** When a vault is here already: the person must confirm it will be replaced. */
  replaces: boolean;
  confirmed: boolean;
  onConfirmed(value: boolean): void;
  problem: PlainKey | null;
  busy: boolean;
  submit: PlainKey;
}

/**
 * The end of every restore form, from a file or from the server: the backup's
 * passphrase, the "this replaces" confirmation, what went wrong, and the button.
 */
export function RestoreParts(props: Props) {
  const { t } = useShell();
  const { id, problem } = props;
  return (
    <>
      <PassphraseField
        id={`${id}-passphrase`}
        label="backup.passphrase"
        value={props.passphrase}
        onInput={props.onPassphrase}
        invalid={problem === 'backup.needPassphrase' || problem === 'backup.error.wrong-passphrase'}
      />
      {props.replaces && (
        <label class="choice">
          <input
            id={`${id}-confirm`}
            type="checkbox"
            autoComplete="off"
            checked={props.confirmed}
            aria-invalid={problem === 'backup.needConfirm' ? true : undefined}
            onChange={(event) => props.onConfirmed(event.currentTarget.checked)}
          />
          {t('backup.confirmReplace')}
        </label>
      )}
      {problem && (
        <p class="error" role="alert">
          {t(problem)}
        </p>
      )}
      {props.busy ? (
        <Working label="backup.restoring" />
      ) : (
        <button type="submit">{t(props.submit)}</button>
      )}
    </>
  );
}

type Check = () => PlainKey | null;

/**
 * The state every restore form shares, and its submit: the form's own field is checked
 * first (`before`), then the passphrase and the confirmation, then anything that needs
 * them done (`after`); only then does `restore` run, and its refusal is shown as
 * `failure` says.
 */
export function useRestore(
  replaces: boolean,
  onRestored: (() => void) | undefined,
  failure: (error: unknown) => PlainKey,
) {
  const [passphrase, setPassphrase] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<PlainKey | null>(null);

  async function submit(
    event: Event,
    before: Check,
    restore: (passphrase: string) => Promise<void>,
    after: Check = () => null,
  ) {
    event.preventDefault();
    if (busy) return;
    const first = before();
    if (first) return setProblem(first);
    if (passphrase === '') return setProblem('backup.needPassphrase');
    if (replaces && !confirmed) return setProblem('backup.needConfirm');
    setProblem(null);
    const late = after();
    if (late) return setProblem(late);
    setBusy(true);
    try {
      await restore(passphrase);
      setPassphrase('');
      onRestored?.();
    } catch (error) {
      if (!isAbort(error)) setProblem(failure(error));
    } finally {
      setBusy(false);
    }
  }

  const parts = {
    passphrase,
    onPassphrase: setPassphrase,
    replaces,
    confirmed,
    onConfirmed: setConfirmed,
    problem,
    busy,
  };
  return { problem, parts, submit };
}
