import { useEffect, useRef, useState } from 'preact/hooks';
import type { PlainKey } from '../../i18n/index.ts';
import { useShell } from '../../shell/context.ts';

interface Exercise {
  id: string;
  name: PlainKey;
  about: PlainKey;
  steps: readonly PlainKey[];
}

const EXERCISES: readonly Exercise[] = [
  {
    id: 'senses',
    name: 'calm.ground.senses',
    about: 'calm.ground.sensesAbout',
    steps: ['calm.senses.1', 'calm.senses.2', 'calm.senses.3', 'calm.senses.4', 'calm.senses.5'],
  },
  {
    id: 'feet',
    name: 'calm.ground.feet',
    about: 'calm.ground.feetAbout',
    steps: ['calm.feet.1', 'calm.feet.2', 'calm.feet.3'],
  },
  {
    id: 'categories',
    name: 'calm.ground.categories',
    about: 'calm.ground.categoriesAbout',
    steps: ['calm.categories.1', 'calm.categories.2', 'calm.categories.3'],
  },
  {
    id: 'counting',
    name: 'calm.ground.counting',
    about: 'calm.ground.countingAbout',
    steps: ['calm.counting.1', 'calm.counting.2', 'calm.counting.3'],
  },
];

/** Grounding, one step at a time, at the person's own pace: no timers. */
export function Grounding() {
  const { t } = useShell();
  const [exercise, setExercise] = useState<Exercise | null>(null);
  // The step shown; steps.length means finished.
  const [step, setStep] = useState(0);
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);
  const started = useRef(false);

  // Keyboard and screen-reader users follow each step; back at the list, they
  // land on its heading rather than at the top of the page.
  useEffect(() => {
    if (exercise) {
      started.current = true;
      stepHeading.current?.focus();
    } else if (started.current) listHeading.current?.focus();
  }, [exercise, step]);

  if (!exercise) {
    return (
      <section class="calm-panel" aria-labelledby="calm-ground-title">
        <h2 id="calm-ground-title" ref={listHeading} tabIndex={-1}>
          {t('calm.groundTitle')}
        </h2>
        <p>{t('calm.groundIntro')}</p>
        <ul class="calm-exercises">
          {EXERCISES.map((e) => (
            <li key={e.id} class="card">
              <h3>{t(e.name)}</h3>
              <p class="hint">{t(e.about)}</p>
              <button
                type="button"
                aria-label={`${t('calm.ground.begin')}: ${t(e.name)}`}
                onClick={() => {
                  setStep(0);
                  setExercise(e);
                }}
              >
                {t('calm.ground.begin')}
              </button>
            </li>
          ))}
        </ul>
      </section>
    );
  }

  const total = exercise.steps.length;
  const finished = step >= total;
  return (
    <section class="calm-panel calm-grounding" aria-labelledby="calm-ground-step">
      <h2 id="calm-ground-step" ref={stepHeading} tabIndex={-1}>
        {t(exercise.name)}
      </h2>
      {finished ? (
        <p class="calm-step-text">{t('calm.ground.done')}</p>
      ) : (
        <>
          <p class="hint">{t('calm.ground.step', { step: step + 1, total })}</p>
          <p class="calm-step-text">{t(exercise.steps[step]!)}</p>
        </>
      )}
      <div class="row">
        {!finished && step > 0 && (
          <button type="button" class="secondary" onClick={() => setStep(step - 1)}>
            {t('calm.ground.back')}
          </button>
        )}
        {!finished && (
          <button type="button" onClick={() => setStep(step + 1)}>
            {step === total - 1 ? t('calm.ground.finish') : t('calm.ground.next')}
          </button>
        )}
        <button
          type="button"
          class="secondary"
          onClick={() => {
            setExercise(null);
            setStep(0);
          }}
        >
          {t('calm.ground.choose')}
        </button>
      </div>
    </section>
  );
}
