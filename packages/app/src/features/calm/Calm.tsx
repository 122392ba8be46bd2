import './calm.css';
import { useState } from 'preact/hooks';
import { useShell } from '../../shell/context.ts';
import { ViewTabs } from '../../ui/ViewTabs.tsx';
import { Breathing } from './Breathing.tsx';
import { Grounding } from './Grounding.tsx';
import { RightNow } from './RightNow.tsx';

type View = 'now' | 'breathing' | 'grounding';

/**
 * Ways to steady oneself. Public: the exercises store nothing, and may be needed before
 * unlocking; the person's own list shows once the vault is open.
 */
export function Calm() {
  const { t } = useShell();
  const [view, setView] = useState<View>('now');
  return (
    <section class="screen calm" aria-labelledby="calm-title">
      <h1 id="calm-title">{t('calm.title')}</h1>
      <p>{t('calm.intro')}</p>
      <ViewTabs
        class="calm-views"
        label={t('calm.views')}
        tabs={[
          { id: 'now', label: t('calm.toNow') },
          { id: 'breathing', label: t('calm.toBreathing') },
          { id: 'grounding', label: t('calm.toGrounding') },
        ]}
        current={view}
        onSelect={setView}
      />
      {view === 'now' ? (
        <RightNow onBreathing={() => setView('breathing')} />
      ) : view === 'breathing' ? (
        <Breathing />
      ) : (
        <Grounding />
      )}
      <p class="muted">{t('calm.private')}</p>
    </section>
  );
}
