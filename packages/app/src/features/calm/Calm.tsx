import './calm.css';
import { useState } from 'preact/hooks';
import { useShell } from '../../shell/context.ts';
import { ViewTabs } from '../../ui/ViewTabs.tsx';
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
      <ViewTabs
        class="calm-views"
        label={t('calm.views')}
        tabs={[
          { id: 'breathing', label: t('calm.toBreathing') },
          { id: 'grounding', label: t('calm.toGrounding') },
        ]}
        current={view}
        onSelect={setView}
      />
      {view === 'breathing' ? <Breathing /> : <Grounding />}
      <p class="muted">{t('calm.private')}</p>
    </section>
  );
}
