import {
  CALL_LOCAL_EMERGENCY,
  DIRECTORY,
  emergencyFor,
  silentWaysFor,
  smsHref,
  telHref,
  type CountryCode,
} from '@steady/core/help';
import { useShell } from '../../shell/context.ts';
import { countryLabel } from './format.ts';

/** The first thing on the Help screen: the number to call in danger, one tap away. */
export function EmergencyNumbers({ country }: { country: CountryCode }) {
  const { t, locale } = useShell();
  const info = emergencyFor(DIRECTORY, country);
  // A number whose silent way is told just below ("If you cannot speak", the UK's 999
  // then 55) is not told twice: its short note is left out here.
  const toldBelow = new Set(
    silentWaysFor(DIRECTORY, country)
      .filter((way) => way.kind === 'call')
      .map((way) => way.value),
  );
  return (
    <section class="help-emergency" aria-labelledby="help-emergency-title">
      <h2 id="help-emergency-title">{t('help.emergencyTitle')}</h2>
      {info.numbers.length > 0 ? (
        <>
          <p class="help-where">
            {t('help.emergencyIn', { country: countryLabel(info.country, locale, t) })}
          </p>
          <ul class="help-emergency-numbers">
            {info.numbers.map((entry) => {
              // France's 114 takes text messages only: it opens the messages app.
              const text = entry.kind === 'text';
              const href = text ? smsHref(entry.number) : telHref(entry.number);
              return (
                <li key={entry.number}>
                  {href ? (
                    <a class="help-call" href={href}>
                      {t(text ? 'help.textEmergency' : 'help.call', { number: entry.number })}
                    </a>
                  ) : (
                    <span class="help-call">{entry.number}</span>
                  )}
                  {entry.note && !toldBelow.has(entry.number) && (
                    <p class="help-note">{t(entry.note)}</p>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      ) : (
        <>
          <p class="help-no-number">{t(info.note ?? CALL_LOCAL_EMERGENCY)}</p>
          <p>{t('help.chooseFirst')}</p>
        </>
      )}
    </section>
  );
}
