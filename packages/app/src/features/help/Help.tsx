import {
  CALL_LOCAL_EMERGENCY,
  DIRECTORY,
  FALLBACK_COUNTRY,
  regionFromLanguages,
  servicesFor,
  type CountryCode,
} from '@steady/core/help';
import { useShell } from '../../shell/context.ts';
import { AlertEntry } from '../alert/AlertEntry.tsx';
import { CountryPicker } from './CountryPicker.tsx';
import { EmergencyNumbers } from './EmergencyNumbers.tsx';
import { SafetyNotes } from './SafetyNotes.tsx';
import { ServiceCard } from './ServiceCard.tsx';
import { SilentWays } from './SilentWays.tsx';

/**
 * The person's own choice; else the deployment's default; else the region in
 * the browser's languages ('es-MX' -> Mexico) when the directory lists it; else
 * "another country", which asks. A server with no default of its own sends
 * 'international', which is "no default" here, so the browser's region can
 * still show the right emergency number on the first visit. Nothing is saved
 * until the person chooses.
 */
export function chosenCountry(
  saved: string,
  deploymentDefault: string | undefined,
  languages: readonly string[] = [],
): CountryCode {
  // Kept only when this release's directory lists it (prefs.ts checks only its shape).
  if (saved && DIRECTORY.countries.some((c) => c.code === saved)) return saved;
  if (deploymentDefault && deploymentDefault !== FALLBACK_COUNTRY) return deploymentDefault;
  return regionFromLanguages(languages, DIRECTORY) ?? FALLBACK_COUNTRY;
}

function browserLanguages(): readonly string[] {
  return typeof navigator === 'undefined' ? [] : navigator.languages;
}

// Works before unlock and offline: the directory ships in the app, and the
// deployment's local services come with its settings.
export function Help() {
  const { t, prefs, deployment, updatePrefs, go } = useShell();
  const country = chosenCountry(prefs.country, deployment.defaultCountry, browserLanguages());
  const local = new Set(deployment.localServices.map((s) => s.id));
  const services = servicesFor(DIRECTORY, country, deployment.localServices);
  const entry = DIRECTORY.countries.find((c) => c.code === country);
  // The international entry's note is already the emergency section's message.
  const countryNotes = (entry?.notes ?? []).filter((n) => n !== CALL_LOCAL_EMERGENCY);

  return (
    <section class="screen help" aria-labelledby="help-title">
      <h1 id="help-title">{t('help.title')}</h1>

      <EmergencyNumbers country={country} />

      <SilentWays country={country} />

      <AlertEntry />

      <CountryPicker country={country} onChoose={(code) => void updatePrefs({ country: code })} />

      <section class="help-services" aria-labelledby="help-services-title">
        <h2 id="help-services-title">{t('help.servicesTitle')}</h2>
        <p>{t('help.servicesIntro')}</p>
        {countryNotes.map((note) => (
          <p key={note} class="help-country-note">
            {t(note)}
          </p>
        ))}
        {services.length > 0 ? (
          <ul class="help-service-list">
            {services.map((service) => (
              <ServiceCard key={service.id} service={service} local={local.has(service.id)} />
            ))}
          </ul>
        ) : (
          <p>{t('help.servicesNone')}</p>
        )}
      </section>

      <SafetyNotes />

      <p class="help-check">
        {t('help.checkHint')}{' '}
        <button type="button" class="link" onClick={() => go('check')}>
          {t('nav.check')}
        </button>
      </p>
    </section>
  );
}
