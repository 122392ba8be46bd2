import type { PlainKey } from '../../i18n/index.ts';
import { useShell } from '../../shell/context.ts';
import { PassphraseField } from './PassphraseField.tsx';
import { canUse, passphraseStrength } from './strength.ts';

interface Props {
  /** Prefix of the fields' ids: `${id}-new`, `${id}-again`, `${id}-strength`. */
  id: string;
  label: PlainKey;
  againLabel?: PlainKey;
  value: string;
  again: string;
  onInput(value: string): void;
  onAgain(value: string): void;
  /** The form was submitted once: show what stops it. */
  tried: boolean;
  /** Another hint the new passphrase field is described by. */
  hintId?: string;
}

/** True when a new passphrase and its repetition can be used. */
export const newPassphraseReady = (value: string, again: string): boolean =>
  canUse(passphraseStrength(value)) && again === value;

/**
 * Choosing a passphrase: the field, a plain-words strength note, the same again and
 * what is wrong with them once the form was tried. Set-up, recovery, the passphrase
 * change and the duress passphrase all ask the same way.
 */
export function NewPassphraseFields(props: Props) {
  const { t } = useShell();
  const { id, value, again, tried } = props;
  const strength = passphraseStrength(value);
  const mismatch = tried && again !== value;
  return (
    <>
      <PassphraseField
        id={`${id}-new`}
        label={props.label}
        value={value}
        onInput={props.onInput}
        describedBy={[props.hintId, `${id}-strength`].filter(Boolean).join(' ')}
        invalid={tried && !canUse(strength)}
        isNew
      />
      <p id={`${id}-strength`} class={`strength strength-${strength}`} aria-live="polite">
        {strength === 'empty' ? '' : t(`lock.strength.${strength}`)}
      </p>
      <PassphraseField
        id={`${id}-again`}
        label={props.againLabel ?? 'lock.passphraseConfirm'}
        value={again}
        onInput={props.onAgain}
        describedBy={`${id}-mismatch`}
        invalid={mismatch || (tried && again === '')}
        isNew
      />
      <p id={`${id}-mismatch`} class="error" aria-live="polite">
        {mismatch ? t('lock.mismatch') : ''}
      </p>
    </>
  );
}
