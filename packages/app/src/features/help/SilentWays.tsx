import { DIRECTORY, silentWaysFor, type CountryCode, type SilentWay } from '@steady/core/help';
import type { PlainKey } from '../../i18n/index.ts';
import { useShell } from '../../shell/context.ts';
import { checkedDate, wayLink } from './format.ts';

const LINK_TEXT = {
  call: 'help.call',
  text: 'help.textEmergency',
  whatsapp: 'help.silentWhatsapp',
} as const satisfies Record<SilentWay['kind'], PlainKey>;

/** "If you cannot speak": where the directory knows of one, right below the emergency number. */
export function SilentWays({ country }: { country: CountryCode }) {
  const { t, locale } = useShell();
  const ways = silentWaysFor(DIRECTORY, country);
  if (ways.length === 0) return null;
  return (
    <section class="help-silent" aria-labelledby="help-silent-title">
      <h2 id="help-silent-title">{t('help.silentTitle')}</h2>
      <p>{t('help.silentIntro')}</p>
      <ul class="help-silent-ways">
        {ways.map((way) => {
          const link = wayLink(way);
          const text = t(LINK_TEXT[way.kind], { number: way.value });
          return (
            <li key={`${way.kind} ${way.value}`} class="help-silent-way">
              {link.href === null ? (
                <span class="help-way">{text}</span>
              ) : (
                <a class="help-way" href={link.href} rel={link.external ? 'noreferrer' : undefined}>
                  {text}
                </a>
              )}
              <p class="help-note">{t(way.how)}</p>
              <p class="help-source">
                {t('help.source', {
                  source: way.source.join(', '),
                  date: checkedDate(way.checked, locale),
                })}
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
