import { useEffect, useRef, useState } from 'preact/hooks';
import { useShell } from '../../shell/context.ts';
import type { Exercise } from './exercises.ts';

/**
 * One exercise, a step at a time, at the person's own pace: no timers. Focus follows each
 * step, so keyboard and screen-reader users are taken along; `onClose` goes back to the
 * list the exercise was chosen from.
 */
export function Steps({ exercise, onClose }: { exercise: Exercise; onClose: () => void }) {
  const { t } = useShell();
  // The step shown; steps.length means finished.
  const [step, setStep] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [exercise, step]);

  const total = exercise.steps.length;
  const finished = step >= total;
  return (
    <section class="calm-panel calm-grounding" aria-labelledby="calm-ground-step">
      <h2 id="calm-ground-step" ref={heading} tabIndex={-1}>
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
        <button type="button" class="secondary" onClick={onClose}>
          {t('calm.ground.choose')}
        </button>
      </div>
    </section>
  );
}

/** A card that names an exercise and begins it. */
export function ExerciseCard({
  name,
  about,
  onBegin,
}: {
  name: string;
  about: string;
  onBegin: () => void;
}) {
  const { t } = useShell();
  return (
    <li class="card">
      <h3>{name}</h3>
      <p class="hint">{about}</p>
      <button type="button" aria-label={`${t('calm.ground.begin')}: ${name}`} onClick={onBegin}>
        {t('calm.ground.begin')}
      </button>
    </li>
  );
}

/**
 * The exercise open now in a list, and the list's heading, which takes focus back when
 * the person returns from an exercise (not on first showing).
 */
export function useChosenExercise() {
  const [exercise, setExercise] = useState<Exercise | null>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);
  const returned = useRef(false);
  useEffect(() => {
    if (exercise) returned.current = true;
    else if (returned.current) listHeading.current?.focus();
  }, [exercise]);
  return { exercise, setExercise, listHeading };
}
