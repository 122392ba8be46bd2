import { useState } from 'preact/hooks';
import { LOCALES, isLocale } from '../../i18n/index.ts';
import { useShell } from '../../shell/context.ts';
import { RadioGroup } from '../../ui/RadioGroup.tsx';
import { parseExitUrl, type Theme } from '../../shell/prefs.ts';
import { useVaultStatus } from '../../vault/sessionContext.ts';
import { BackupSection } from '../backup/Lazy.tsx';
import { lazyPart } from '../../shell/lazyPart.tsx';

// Shown only while the vault is open, so their code is not in the first download.
const SecuritySettings = lazyPart(() =>
  import('../lock/SecuritySettings.tsx').then((m) => m.SecuritySettings),
);
const DisguiseSettings = lazyPart(() =>
  import('../disguise/DisguiseSettings.tsx').then((m) => m.DisguiseSettings),
);
const DuressSettings = lazyPart(() =>
  import('../lock/DuressSettings.tsx').then((m) => m.DuressSettings),
);
const TimestampSettings = lazyPart(() =>
  import('../timestamps/TimestampSettings.tsx').then((m) => m.TimestampSettings),
);
const SharedLinks = lazyPart(() => import('../share/SharedLinks.tsx').then((m) => m.SharedLinks));

const THEMES: readonly Theme[] = ['system', 'light', 'dark'];
const THEME_LABELS = {
  system: 'settings.themeSystem',
  light: 'settings.themeLight',
  dark: 'settings.themeDark',
} as const satisfies Record<Theme, string>;

export function Settings() {
  const { t, locale, prefs, exitUrl, updatePrefs } = useShell();
  const [draft, setDraft] = useState(prefs.exitUrl || exitUrl);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const vaultOpen = useVaultStatus() === 'open';

  function saveExit(event: Event) {
    event.preventDefault();
    const url = parseExitUrl(draft);
    if (!url) {
      setStatus({ ok: false, text: t('settings.exitInvalid') });
      return;
    }
    void updatePrefs({ exitUrl: url });
    setDraft(url);
    setStatus({ ok: true, text: t('settings.exitSaved', { url }) });
  }

  return (
    <section class="screen" aria-labelledby="settings-title">
      <h1 id="settings-title">{t('settings.title')}</h1>

      <div class="field">
        <label for="settings-language">{t('settings.language')}</label>
        <p class="hint" id="settings-language-hint">
          {t('settings.languageHint')}
        </p>
        <select
          autoComplete="off"
          id="settings-language"
          aria-describedby="settings-language-hint"
          value={locale}
          onChange={(event) => {
            const value = event.currentTarget.value;
            if (isLocale(value)) void updatePrefs({ locale: value });
          }}
        >
          {LOCALES.map((code) => (
            <option key={code} value={code} lang={code}>
              {t(`lang.${code}`)}
            </option>
          ))}
        </select>
      </div>

      <RadioGroup
        legend={t('settings.theme')}
        name="theme"
        options={THEMES}
        value={prefs.theme}
        onChange={(theme) => void updatePrefs({ theme })}
        label={(theme) => t(THEME_LABELS[theme])}
      />

      <form class="field" onSubmit={saveExit} noValidate>
        <h2>{t('settings.exitTitle')}</h2>
        <p>{t('settings.exitWays')}</p>
        <p class="hint" id="settings-exit-hint">
          {t('settings.exitHint')}
        </p>
        <label for="settings-exit">{t('settings.exitLabel')}</label>
        <input
          id="settings-exit"
          type="url"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          aria-describedby="settings-exit-hint settings-exit-status"
          aria-invalid={status?.ok === false ? true : undefined}
          value={draft}
          placeholder={exitUrl}
          onInput={(event) => setDraft(event.currentTarget.value)}
        />
        <div class="row">
          <button type="submit">{t('settings.exitSave')}</button>
          <button
            type="button"
            class="secondary"
            onClick={() => {
              void updatePrefs({ exitUrl: '' });
              setDraft('');
              setStatus(null);
            }}
          >
            {t('settings.exitReset')}
          </button>
        </div>
        <p id="settings-exit-status" role="status" class={status?.ok === false ? 'error' : 'ok'}>
          {status?.text ?? ''}
        </p>
      </form>

      {vaultOpen && <DisguiseSettings />}

      {vaultOpen && <SecuritySettings />}
      {vaultOpen && <DuressSettings />}
      <BackupSection />
      {vaultOpen && <TimestampSettings />}
      {vaultOpen && <SharedLinks />}

      <p class="muted">{t('settings.stored')}</p>
    </section>
  );
}
