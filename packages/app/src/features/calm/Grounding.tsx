import { useShell } from '../../shell/context.ts';
import { GROUNDING } from './exercises.ts';
import { ExerciseCard, Steps, useChosenExercise } from './Steps.tsx';

/** Grounding, one step at a time, at the person's own pace: no timers. */
export function Grounding() {
  const { t } = useShell();
  const { exercise, setExercise, listHeading } = useChosenExercise();
  if (exercise) return <Steps exercise={exercise} onClose={() => setExercise(null)} />;
  return (
    <section class="calm-panel" aria-labelledby="calm-ground-title">
      <h2 id="calm-ground-title" ref={listHeading} tabIndex={-1}>
        {t('calm.groundTitle')}
      </h2>
      <p>{t('calm.groundIntro')}</p>
      <ul class="calm-exercises">
        {GROUNDING.map((e) => (
          <ExerciseCard
            key={e.id}
            name={t(e.name)}
            about={t(e.about)}
            onBegin={() => setExercise(e)}
          />
        ))}
      </ul>
    </section>
  );
}
