import { useState } from 'preact/hooks';
import { useShell } from '../../shell/context.ts';
import { VaultContext } from '../../vault/api.ts';
import { useOpenVault } from '../../vault/sessionContext.ts';
import { exerciseOf, FOR_MOMENT, MOMENTS, type Moment } from './exercises.ts';
import { OwnList } from './OwnList.tsx';
import { ExerciseCard, Steps, useChosenExercise } from './Steps.tsx';

/**
 * "What is happening now?": a few things to try for each moment (can't sleep, panicking,
 * numb, can't stop thinking about them, angry), and the person's own list beneath.
 */
export function RightNow({ onBreathing }: { onBreathing: () => void }) {
  const { t } = useShell();
  // Calm opens without the vault; the person's own list shows while it is open.
  const vault = useOpenVault();
  const [moment, setMoment] = useState<Moment | null>(null);
  const { exercise, setExercise, listHeading } = useChosenExercise();
  if (exercise) return <Steps exercise={exercise} onClose={() => setExercise(null)} />;

  return (
    <>
      <section class="calm-panel" aria-labelledby="calm-now-title">
        <h2 id="calm-now-title" ref={listHeading} tabIndex={-1}>
          {t('calm.nowTitle')}
        </h2>
        <p>{t('calm.nowIntro')}</p>
        <div class="calm-moments" role="group" aria-label={t('calm.moments')}>
          {MOMENTS.map((id) => (
            <button
              key={id}
              type="button"
              class="secondary"
              aria-pressed={moment === id}
              onClick={() => setMoment(id)}
            >
              {t(`calm.moment.${id}`)}
            </button>
          ))}
        </div>
        {moment && (
          <section aria-labelledby="calm-try-title">
            <h3 id="calm-try-title">{t('calm.tryTitle')}</h3>
            <ul class="calm-exercises">
              {FOR_MOMENT[moment].map((id) => {
                const chosen = exerciseOf(id);
                return chosen ? (
                  <ExerciseCard
                    key={id}
                    name={t(chosen.name)}
                    about={t(chosen.about)}
                    onBegin={() => setExercise(chosen)}
                  />
                ) : (
                  <ExerciseCard
                    key={id}
                    name={t('calm.tryBreathing')}
                    about={t('calm.tryBreathingAbout')}
                    onBegin={onBreathing}
                  />
                );
              })}
            </ul>
            <p class="hint">{t('calm.tryOwn')}</p>
          </section>
        )}
      </section>
      {vault ? (
        <VaultContext.Provider value={vault}>
          <OwnList />
        </VaultContext.Provider>
      ) : (
        <section class="calm-panel" aria-labelledby="calm-own-title">
          <h2 id="calm-own-title">{t('calm.ownTitle')}</h2>
          <p class="muted">{t('calm.ownLocked')}</p>
        </section>
      )}
    </>
  );
}
