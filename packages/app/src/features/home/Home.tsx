import { useMemo } from 'preact/hooks';
import { useShell } from '../../shell/context.ts';
import { lazyPart } from '../../shell/lazyPart.tsx';
import { VaultContext } from '../../vault/api.ts';
import { useLockState, useSession } from '../../vault/sessionContext.ts';
import { AlertEntry } from '../alert/AlertEntry.tsx';
import { ReachOut } from '../urges/ReachOut.tsx';

// The hub's parts arrive after the first paint (the first download's budget); the
// emergency number needs the help directory, which is fetched then too.
const HomeEmergency = lazyPart(() => import('./HomeHub.tsx').then((m) => m.HomeEmergency));
const HomeShortcuts = lazyPart(() => import('./HomeHub.tsx').then((m) => m.HomeShortcuts));
const StartHere = lazyPart(() => import('./HomeHub.tsx').then((m) => m.StartHere));

/**
 * Home leads: the number to call in danger, the way through an urge to make contact
 * (and a running hold), alerting trusted people, one tap to the main tools, and for a
 * new person a short "start here" list; then what Steady is and is not.
 */
export function Home() {
  const { t } = useShell();
  const session = useSession();
  const { status } = useLockState();
  const api = useMemo(() => (status === 'open' ? session.api() : null), [session, status]);
  return (
    <section class="screen" aria-labelledby="home-title">
      <h1 id="home-title">{t('home.title')}</h1>
      <HomeEmergency />
      <ReachOut />
      <HomeShortcuts />
      <AlertEntry />
      {api && (
        <VaultContext.Provider value={api}>
          <StartHere />
        </VaultContext.Provider>
      )}
      <p class="lead">{t('home.intro')}</p>
      <p>{t('home.private')}</p>
      <div class="card">
        <h2>{t('home.exitTitle')}</h2>
        <p>{t('home.exitBody')}</p>
        <p>{t('home.exitTouch')}</p>
      </div>
      <div class="card">
        <h2>{t('home.notList')}</h2>
        <ul>
          <li>{t('home.notDiagnosis')}</li>
          <li>{t('home.notTherapy')}</li>
          <li>{t('home.notEmergency')}</li>
        </ul>
      </div>
      <p class="muted">{t('home.offline')}</p>
    </section>
  );
}
