import './alert.css';
import {
  ALERT_MESSAGE_MAX,
  alertPeople,
  alertSmsHref,
  emptyPlan,
  planCodeWord,
  safetyPlan,
  type SafetyPlan,
} from '@steady/core';
import { useEffect, useState } from 'preact/hooks';
import { useShell } from '../../shell/context.ts';
import { CheckboxGroup } from '../../ui/CheckboxGroup.tsx';
import { useVault } from '../../vault/api.ts';

const PLAN_ID = 'main';

type Loaded = { plan: SafetyPlan } | 'unreadable' | null;

function usePlanForAlert(): Loaded {
  const vault = useVault();
  const [loaded, setLoaded] = useState<Loaded>(null);
  useEffect(() => {
    let live = true;
    const load = () =>
      vault.read(safetyPlan, PLAN_ID).then(
        (read) => {
          if (!live) return;
          // No plan yet reads as a plan with nobody in it.
          if (read === undefined) setLoaded({ plan: emptyPlan() });
          else setLoaded(read.ok ? { plan: read.value } : 'unreadable');
        },
        () => live && setLoaded('unreadable'),
      );
    void load();
    // A person added on another device shows here too.
    const stop = vault.onSynced((kinds) => {
      if (kinds.has(safetyPlan.kind)) void load();
    });
    return () => {
      live = false;
      stop();
    };
  }, [vault]);
  return loaded;
}

export function AlertPeople() {
  const loaded = usePlanForAlert();
  const { t } = useShell();
  if (loaded === null) return null;
  return (
    <section class="card alert-people" aria-labelledby="alert-title">
      <h2 id="alert-title">{t('alert.title')}</h2>
      {loaded === 'unreadable' ? (
        <p class="error" role="alert">
          {t('alert.unreadable')}
        </p>
      ) : (
        <AlertForm plan={loaded.plan} />
      )}
    </section>
  );
}

function AlertForm({ plan }: { plan: SafetyPlan }) {
  const { t, go } = useShell();
  const { reachable, unreachable } = alertPeople(plan);
  const codeWord = planCodeWord(plan);
  const [chosen, setChosen] = useState<string[]>(() => reachable.map((p) => p.id));
  const [message, setMessage] = useState(codeWord.slice(0, ALERT_MESSAGE_MAX));
  const [practice, setPractice] = useState(false);
  const [practised, setPractised] = useState(false);

  if (reachable.length === 0) {
    return (
      <>
        <p>{t('alert.nobody')}</p>
        <button type="button" class="secondary alert-to-plan" onClick={() => go('plan')}>
          {t('alert.toPlan')}
        </button>
      </>
    );
  }

  const recipients = reachable.filter((p) => chosen.includes(p.id));
  const href = alertSmsHref(
    recipients.map((p) => p.number),
    message,
  );
  const names = recipients.map((p) => p.name).join(', ');
  const nameOf = (id: string) => reachable.find((p) => p.id === id)?.name ?? '';

  return (
    <>
      <p>{t('alert.intro')}</p>
      <CheckboxGroup
        legend={t('alert.to')}
        options={reachable.map((p) => p.id)}
        value={chosen}
        onChange={(ids) => {
          setChosen(ids);
          setPractised(false);
        }}
        label={nameOf}
      />
      {unreachable.length > 0 && (
        <p class="hint alert-unreachable">
          {t('alert.noNumber', { names: unreachable.map((p) => p.name).join(', ') })}
        </p>
      )}
      <div class="field">
        <label for="alert-message">{t('alert.message')}</label>
        <p id="alert-message-hint" class="hint">
          {codeWord ? t('alert.messageHint') : t('alert.noCodeWord')}
        </p>
        <textarea
          id="alert-message"
          rows={3}
          value={message}
          maxLength={ALERT_MESSAGE_MAX}
          autoComplete="off"
          aria-describedby="alert-message-hint"
          onInput={(e) => {
            setMessage(e.currentTarget.value);
            setPractised(false);
          }}
        />
      </div>
      <label class="choice alert-practice">
        <input
          type="checkbox"
          autoComplete="off"
          checked={practice}
          onChange={(e) => {
            setPractice(e.currentTarget.checked);
            setPractised(false);
          }}
        />
        {t('alert.practice')}
      </label>
      {recipients.length === 0 ? (
        <p class="alert-none-chosen">{t('alert.chooseSomeone')}</p>
      ) : practice ? (
        <button type="button" class="alert-send" onClick={() => setPractised(true)}>
          {t('alert.practiceSend')}
        </button>
      ) : (
        href && (
          // The messages app opens; Steady itself loads nothing and sends nothing.
          <a class="alert-send" href={href}>
            {t('alert.send')}
          </a>
        )
      )}
      <p class="alert-status" role="status">
        {practice && practised && recipients.length > 0 && t('alert.practised', { names })}
      </p>
      <p class="hint">{practice ? t('alert.practiceHint') : t('alert.afterHint')}</p>
    </>
  );
}
