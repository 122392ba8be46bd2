import { useState } from 'preact/hooks';
import type { PlainKey } from '../../i18n/index.ts';
import { useShell } from '../../shell/context.ts';

interface Props {
  id: string;
  label: PlainKey;
  value: string;
  onInput(value: string): void;
  describedBy?: string | undefined;
  invalid?: boolean;
  /** New passphrases get the strength hint; the field for an existing one does not. */
  isNew?: boolean;
}

/**
 * A passphrase input with a show/hide toggle. Autocomplete is off so the browser's
 * password manager (which may sync to another device) does not keep it.
 */
export function PassphraseField({ id, label, value, onInput, describedBy, invalid, isNew }: Props) {
  const { t } = useShell();
  const [visible, setVisible] = useState(false);
  return (
    <div class="field">
      <label for={id}>{t(label)}</label>
      <input
        id={id}
        type={visible ? 'text' : 'password'}
        autoComplete={isNew ? 'new-password' : 'off'}
        autoCapitalize="off"
        spellcheck={false}
        value={value}
        aria-describedby={describedBy}
        aria-invalid={invalid ? true : undefined}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
      <label class="choice">
        <input
          autoComplete="off"
          type="checkbox"
          checked={visible}
          onChange={(event) => setVisible(event.currentTarget.checked)}
        />
        {t('lock.show')}
      </label>
    </div>
  );
}
