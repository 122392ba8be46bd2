import './calm.css';
import { useState } from 'preact/hooks';
import { useShell } from '../../shell/context.ts';
import { Breathing } from './Breathing.tsx';
import { Grounding } from './Grounding.tsx';

type View = 'breathing' | 'grounding';

/** Regulation exercises. Public: it stores nothing, and may be needed before unlocking. */
export function Calm() {
  const { t } = useShell();
  const [view, setView] = useState<View>('breathing');
  return (
    <section class="screen calm" aria-labelledby="calm-title">
      <h1 id="calm-title">{t('calm.title')}</h1>
      <p>{t('calm.intro')}</p>
      <nav class="calm-views" aria-label={t('calm.views')}>
        <ul>
          {(
            [
              ['breathing', 'calm.toBreathing'],
              ['grounding', 'calm.toGrounding'],
            ] as const
          ).map(([id, label]) => (
            <li key={id}>
              <button
                type="button"
                class="secondary"
                aria-current={view === id ? 'page' : undefined}
                onClick={() => setView(id)}
              >
                {t(label)}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      {view === 'breathing' ? <Breathing /> : <Grounding />}
      <p class="muted">{t('calm.private')}</p>
    </section>
  );
}
