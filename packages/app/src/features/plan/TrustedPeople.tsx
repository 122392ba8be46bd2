import { HELPER_ROLES, PLAN_LIMITS, type HelperRole, type SafetyPlan } from '@steady/core';
import { useState } from 'preact/hooks';
import { useShell } from '../../shell/context.ts';
import { CheckboxGroup } from '../../ui/CheckboxGroup.tsx';
import { newId } from '../../vault/api.ts';
import { addPerson, removePerson } from './edit.ts';
import { roleKey } from './keys.ts';

interface Props {
  plan: SafetyPlan;
  update(change: (plan: SafetyPlan) => SafetyPlan): void;
}

// Typed in by hand on purpose: reading the phone's contacts would need a
// permission prompt someone else could notice, and would pull in people the
// person never chose.
export function TrustedPeople({ plan, update }: Props) {
  const { t } = useShell();
  const [name, setName] = useState('');
  const [reach, setReach] = useState('');
  const [can, setCan] = useState<HelperRole[]>([]);
  const [error, setError] = useState(false);

  function add(event: Event) {
    event.preventDefault();
    if (!name.trim()) {
      setError(true);
      return;
    }
    update((p) => addPerson(p, { id: newId(), name: name.trim(), reach: reach.trim(), can }));
    setName('');
    setReach('');
    setCan([]);
    setError(false);
  }

  return (
    <section class="plan-people" aria-labelledby="plan-people-title">
      <h2 id="plan-people-title">{t('plan.people.title')}</h2>
      {plan.people.length === 0 ? (
        <p class="muted">{t('plan.people.none')}</p>
      ) : (
        <ul class="plan-people-list">
          {plan.people.map((person) => (
            <li key={person.id} class="card plan-person">
              <p class="plan-person-name">{person.name}</p>
              {person.reach && <p>{person.reach}</p>}
              {person.can.length > 0 && <p>{person.can.map((r) => t(roleKey(r))).join(' · ')}</p>}
              <button
                type="button"
                class="secondary"
                onClick={() => update((p) => removePerson(p, person.id))}
              >
                {t('plan.people.remove', { name: person.name })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="card plan-person-form" onSubmit={add} noValidate>
        <div class="field">
          <label for="plan-person-name">{t('plan.people.name')}</label>
          <input
            id="plan-person-name"
            type="text"
            value={name}
            maxLength={PLAN_LIMITS.name}
            autoComplete="off"
            aria-invalid={error || undefined}
            aria-describedby={error ? 'plan-person-error' : undefined}
            onInput={(e) => setName(e.currentTarget.value)}
          />
          {error && (
            <p id="plan-person-error" class="error" role="alert">
              {t('plan.people.nameNeeded')}
            </p>
          )}
        </div>
        <div class="field">
          <label for="plan-person-reach">{t('plan.people.reach')}</label>
          <input
            id="plan-person-reach"
            type="tel"
            value={reach}
            maxLength={PLAN_LIMITS.reach}
            autoComplete="off"
            onInput={(e) => setReach(e.currentTarget.value)}
          />
        </div>
        <CheckboxGroup
          legend={t('plan.people.can')}
          options={HELPER_ROLES}
          value={can}
          onChange={setCan}
          label={(role) => t(roleKey(role))}
        />
        <button type="submit">{t('plan.people.add')}</button>
      </form>
    </section>
  );
}
