import './urges.css';
import { useState } from 'preact/hooks';
import { useShell } from '../../shell/context.ts';
import { ViewTabs } from '../../ui/ViewTabs.tsx';
import { HoldPanel } from './HoldPanel.tsx';
import { Manage } from './Manage.tsx';
import { RemindStep } from './RemindStep.tsx';
import { UrgeLog } from './UrgeLog.tsx';
import { UrgeStep } from './UrgeStep.tsx';

type View = 'urge' | 'remind' | 'log' | 'manage';

// Arriving here from "I want to reach out" starts the flow at once: the first
// step is the one someone in the middle of an urge needs.
export function Urges() {
  const { t, opening } = useShell();
  // A draft of unsent words to carry on opens the step it was written in.
  const [view, setView] = useState<View>(opening === 'remind' ? 'remind' : 'urge');
  const [urgeId, setUrgeId] = useState<string | undefined>(undefined);

  const show = (next: View) => {
    setView(next);
    // The new view's heading, so keyboard and screen-reader users start at its top.
    requestAnimationFrame(() => document.getElementById('urges-title')?.focus());
  };

  return (
    <section class="screen urges" aria-labelledby="urges-title">
      {view === 'urge' && (
        <UrgeStep
          onNext={(id) => {
            setUrgeId(id);
            show('remind');
          }}
        />
      )}
      {view === 'remind' && <RemindStep urgeId={urgeId} onManage={() => show('manage')} />}
      {view === 'log' && <UrgeLog />}
      {view === 'manage' && <Manage />}
      {/* The reminders step has its own, with the button to start one. */}
      {view !== 'remind' && <HoldPanel allowStart={false} />}
      <ViewTabs
        class="urges-views"
        label={t('urges.views')}
        tabs={[
          { id: 'urge', label: t('urges.toStart') },
          { id: 'log', label: t('urges.toLog') },
          { id: 'manage', label: t('urges.toManage') },
        ]}
        current={view}
        onSelect={show}
      />
    </section>
  );
}
