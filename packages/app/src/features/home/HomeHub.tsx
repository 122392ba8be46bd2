import './home.css';
import { DEFAULT_HOME, homeSettings, safetyPlan, type HomeSettings } from '@steady/core';
import { DIRECTORY, emergencyFor, FALLBACK_COUNTRY, telHref } from '@steady/core/help';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PlainKey } from '../../i18n/index.ts';
import { useShell } from '../../shell/context.ts';
import type { ScreenId } from '../../shell/routes.ts';
import { useVault, valueOf } from '../../vault/api.ts';
import { chosenCountry } from '../help/Help.tsx';
import { countryLabel } from '../help/format.ts';

/**
 * The number to call in danger, on Home, once Steady knows the country (the person's
 * choice, the deployment's, or the browser's region). Nothing until then: the start-here
 * list asks for the country instead.
 */
export function HomeEmergency() {
  const { t, locale, prefs, deployment } = useShell();
  const country = chosenCountry(prefs.country, deployment.defaultCountry, navigator.languages);
  if (country === FALLBACK_COUNTRY) return null;
  const info = emergencyFor(DIRECTORY, country);
  const voice = info.numbers.find((entry) => entry.kind !== 'text');
  const href = voice && telHref(voice.number);
  if (!voice || !href) return null;
  return (
    <p class="home-emergency">
      <span class="home-emergency-where">
        {t('help.emergencyIn', { country: countryLabel(info.country, locale, t) })}
      </span>
      <a class="help-call" href={href}>
        {t('help.call', { number: voice.number })}
      </a>
    </p>
  );
}

const SHORTCUTS: ReadonlyArray<{ screen: ScreenId; label: PlainKey }> = [
  { screen: 'journal', label: 'nav.journal' },
  { screen: 'plan', label: 'nav.plan' },
  { screen: 'calm', label: 'nav.calm' },
  { screen: 'checkin', label: 'nav.checkin' },
];

/** One tap to the parts a person comes back to most. */
export function HomeShortcuts() {
  const { t, go } = useShell();
  return (
    <section class="home-shortcuts" aria-labelledby="home-shortcuts-title">
      <h2 id="home-shortcuts-title" class="visually-hidden">
        {t('home.shortcutsTitle')}
      </h2>
      <ul>
        {SHORTCUTS.map(({ screen, label }) => (
          <li key={screen}>
            <button type="button" class="secondary home-shortcut" onClick={() => go(screen)}>
              {t(label)}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

interface Step {
  readonly id: 'country' | 'cover' | 'person' | 'key';
  readonly done: boolean;
  readonly to: ScreenId;
}

/**
 * For a new person: a short list of what makes Steady safer, each a tap away, marked
 * as done once it is. Put away with one tap; that choice stays on this device, inside
 * the vault.
 */
export function StartHere() {
  const { t, prefs, deployment } = useShell();
  const vault = useVault();
  const [home, setHome] = useState<HomeSettings | null>(null);
  const [hasPerson, setHasPerson] = useState(false);
  const [saveFailed, setSaveFailed] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let live = true;
    void Promise.all([vault.read(homeSettings, 'home'), vault.read(safetyPlan, 'main')]).then(
      ([homeRead, planRead]) => {
        if (!live) return;
        // A record that cannot be read is left as it is; the list then shows.
        setHome(valueOf(homeRead) ?? DEFAULT_HOME);
        setHasPerson((valueOf(planRead)?.people.length ?? 0) > 0);
      },
      () => live && setHome(DEFAULT_HOME),
    );
    return () => {
      live = false;
    };
  }, [vault]);

  if (!home || home.startHereHidden) return null;

  const countryChosen =
    prefs.country !== '' ||
    (deployment.defaultCountry !== undefined && deployment.defaultCountry !== FALLBACK_COUNTRY);
  const steps: readonly Step[] = [
    { id: 'country', done: countryChosen, to: 'help' },
    { id: 'cover', done: prefs.disguise !== 'none', to: 'settings' },
    { id: 'person', done: hasPerson, to: 'plan' },
    // Set-up does not finish until the key is written down and checked.
    { id: 'key', done: true, to: 'settings' },
  ];
  const left = steps.filter((step) => !step.done).length;

  const hide = () => {
    setSaveFailed(false);
    vault.put(homeSettings, 'home', { startHereHidden: true }).then(
      () => setHome({ startHereHidden: true }),
      () => setSaveFailed(true),
    );
  };

  return (
    <section class="card home-start" aria-labelledby="home-start-title">
      <h2 id="home-start-title" ref={heading}>
        {t('home.startTitle')}
      </h2>
      <p>{left === 0 ? t('home.startAllDone') : t('home.startIntro')}</p>
      <ol class="home-start-steps">
        {steps.map((step) => (
          <StartStep key={step.id} step={step} />
        ))}
      </ol>
      <button type="button" class="secondary" onClick={hide}>
        {t('home.startHide')}
      </button>
      {saveFailed && (
        <p role="alert" class="error">
          {t('home.startHideFailed')}
        </p>
      )}
    </section>
  );
}

const STEP_LABEL = {
  country: 'home.startCountry',
  cover: 'home.startCover',
  person: 'home.startPerson',
  key: 'home.startKey',
} as const;

function StartStep({ step }: { step: Step }) {
  const { t, go } = useShell();
  return (
    <li class={step.done ? 'home-start-step done' : 'home-start-step'}>
      <span class="home-start-mark" aria-hidden="true">
        {step.done ? '✓' : ''}
      </span>
      <span class="home-start-text">
        {step.done ? (
          <>
            {t(STEP_LABEL[step.id])} <span class="visually-hidden">({t('home.startDone')})</span>
          </>
        ) : (
          <button type="button" class="link" onClick={() => go(step.to)}>
            {t(STEP_LABEL[step.id])}
          </button>
        )}
      </span>
    </li>
  );
}
