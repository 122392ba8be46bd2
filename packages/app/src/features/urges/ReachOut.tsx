import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { laterMessages } from '../../i18n/index.ts';
import { useShell } from '../../shell/context.ts';
import { urgesScreen } from './UrgesScreen.tsx';

type HoldPanelType = ComponentType<{ allowStart: boolean }>;

/** On the home screen: one tap into the urge tools, and a running hold's countdown. */
export function ReachOut() {
  const { t, go } = useShell();
  const [Hold, setHold] = useState<HoldPanelType | null>(null);
  const [failed, setFailed] = useState(false);

  // Both load after the first paint, to keep the first page light; the tools
  // are fetched now so the tap that needs them does not wait.
  useEffect(() => {
    let live = true;
    // Only a head start: if it fails, the urge screen loads again when opened and says so.
    urgesScreen.load().catch(() => {});
    Promise.all([import('./HoldPanel.tsx'), laterMessages()])
      .then(([module]) => live && setHold(() => module.HoldPanel))
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, []);

  return (
    <div class="urges-home">
      <button type="button" class="urges-reach-out" onClick={() => go('urges')}>
        {t('urges.reachOut')}
      </button>
      <p class="hint">{t('urges.reachOutHint')}</p>
      {Hold && <Hold allowStart={false} />}
      {failed && (
        <p role="alert" class="error">
          {t('urges.loadError')}
        </p>
      )}
    </div>
  );
}
