import { smsHref, telHref, type TrustedContact } from '@steady/core';
import { useShell } from '../../shell/context.ts';
import { usePlanContacts, useUrgeSettings } from './data.ts';

function samePerson(a: TrustedContact, b: TrustedContact): boolean {
  return a.name === b.name && a.phone === b.phone;
}

/** Things to do instead of reaching out: offered, never ordered. */
export function Instead({ onManage }: { onManage: () => void }) {
  const { t, go } = useShell();
  const { settings } = useUrgeSettings();
  const fromPlan = usePlanContacts();
  const own = settings?.contacts ?? [];
  const people = [...own, ...fromPlan.filter((p) => !own.some((o) => samePerson(o, p)))];

  return (
    <section class="card urges-instead" aria-labelledby="urges-instead-title">
      <h2 id="urges-instead-title">{t('urges.insteadTitle')}</h2>
      {people.length > 0 ? (
        <ul class="urges-people">
          {people.map((person) => {
            const sms = smsHref(person.phone);
            const tel = telHref(person.phone);
            return (
              <li key={`${person.name}-${person.phone}`} class="row">
                {sms && (
                  <a class="urges-action" href={sms}>
                    {t('urges.textPerson', { name: person.name })}
                  </a>
                )}
                {tel && (
                  <a class="urges-action" href={tel}>
                    {t('urges.callPerson', { name: person.name })}
                  </a>
                )}
              </li>
            );
          })}
        </ul>
      ) : (
        settings && (
          <p>
            {t('urges.noPeople')}{' '}
            <button type="button" class="link" onClick={onManage}>
              {t('urges.personAdd')}
            </button>
          </p>
        )
      )}

      <div class="urges-option">
        <button type="button" class="secondary" onClick={() => go('calm')}>
          {t('urges.breathe')}
        </button>
        <p class="hint">{t('urges.breatheHint')}</p>
      </div>

      <details class="urges-option">
        <summary>{t('urges.groundTitle')}</summary>
        <p>{t('urges.groundIntro')}</p>
        <ol>
          <li>{t('urges.ground5')}</li>
          <li>{t('urges.ground4')}</li>
          <li>{t('urges.ground3')}</li>
          <li>{t('urges.ground2')}</li>
          <li>{t('urges.ground1')}</li>
        </ol>
      </details>

      <details class="urges-option">
        <summary>{t('urges.walkTitle')}</summary>
        <p>{t('urges.walkBody')}</p>
      </details>
    </section>
  );
}
