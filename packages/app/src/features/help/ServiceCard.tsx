import { WAY_KIND_KEYS, type Service } from '@steady/core';
import { useShell } from '../../shell/context.ts';
import { checkedDate, languageList, wayLink } from './format.ts';

export interface ServiceCardProps {
  service: Service;
  /** Offered by the organisation running this copy of Steady. */
  local: boolean;
}

export function ServiceCard({ service, local }: ServiceCardProps) {
  const { t, locale } = useShell();
  const titleId = `help-service-${service.id}`;
  return (
    <li class={local ? 'card help-service help-service-local' : 'card help-service'}>
      <article aria-labelledby={titleId}>
        {local && <p class="help-badge">{t('help.local')}</p>}
        <h3 id={titleId}>{service.name}</h3>
        <ul class="help-ways" aria-label={t('help.waysLabel', { name: service.name })}>
          {service.ways.map((way) => {
            const link = wayLink(way);
            const content = (
              <>
                <span class="help-way-kind">{t(WAY_KIND_KEYS[way.kind])}</span>{' '}
                <span class="help-way-value">{link.shown}</span>
              </>
            );
            return (
              <li key={`${way.kind} ${way.value}`}>
                {link.href === null ? (
                  <span class="help-way">{content}</span>
                ) : (
                  <a
                    class="help-way"
                    href={link.href}
                    rel={link.external ? 'noreferrer' : undefined}
                  >
                    {content}
                  </a>
                )}
                {way.note && <p class="help-note">{t(way.note)}</p>}
                {way.traceNote && <p class="help-trace">{t(way.traceNote)}</p>}
              </li>
            );
          })}
        </ul>
        <ul class="help-facts">
          {service.serves && <li>{t(service.serves)}</li>}
          <li>{service.hours === '24/7' ? t('help.hours.always') : t(service.hours)}</li>
          {service.languages && service.languages.length > 0 && (
            <li>{t('help.languages', { languages: languageList(service.languages, locale) })}</li>
          )}
          {service.free && <li>{t('help.free')}</li>}
          {service.notes?.map((note) => (
            <li key={note}>{t(note)}</li>
          ))}
        </ul>
        {service.traceNote && <p class="help-trace">{t(service.traceNote)}</p>}
        <p class="help-source">
          {t('help.source', {
            source: service.source.join(', '),
            date: checkedDate(service.checked, locale),
          })}
        </p>
      </article>
    </li>
  );
}
