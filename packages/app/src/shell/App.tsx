import { useEffect, useRef } from 'preact/hooks';
import { GetHelpButton } from '../features/help/GetHelpButton.tsx';
import { VaultGate } from '../features/lock/VaultGate.tsx';
import { useLockState, useSecurity, useSession } from '../vault/sessionContext.ts';
import { useShell } from './context.ts';
import { AUTO_LOCK_WARNING_MS } from '../vault/autoLock.ts';
import { lazyPart } from './lazyPart.tsx';
import { MainNav } from './MainNav.tsx';
import { QuickExitButton } from './QuickExitButton.tsx';
import { preloadPublicScreens, SCREENS } from './screens.ts';

const RecoveryKeyStep = lazyPart(
  () => import('../features/lock/RecoveryKeyStep.tsx').then((m) => m.RecoveryKeyStep),
  { busy: true },
);

export function App() {
  const { t, screen, opening } = useShell();
  const session = useSession();
  const { status, recoveryToConfirm } = useLockState();
  const { lockSoon } = useSecurity();
  const open = status === 'open';
  // A recovery key not yet confirmed comes before everything but help, calm and a check.
  const recovery =
    open && screen !== 'help' && screen !== 'calm' && screen !== 'check' ? recoveryToConfirm : null;
  const heading = useRef<HTMLDivElement>(null);
  const current = SCREENS.find((s) => s.id === screen) ?? SCREENS[0]!;
  const Screen = current.component;
  const first = useRef(true);

  // Help and settings are usable while locked: their code is fetched once this is drawn.
  useEffect(preloadPublicScreens, []);

  // After moving to another screen, put focus at its start so keyboard and
  // screen-reader users land where sighted users look.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    heading.current?.focus();
  }, [screen]);

  return (
    <div class="shell">
      <a class="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header class="topbar">
        <span class="brand">{t('app.name')}</span>
        {open && (
          <button type="button" class="secondary lock-now" onClick={() => session.lock()}>
            {/* On a narrow phone the padlock stands for the word, which screen readers
                still read (the word is hidden from sight only). */}
            <svg class="lock-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              <rect x="5" y="10.5" width="14" height="10" rx="2" />
              <path d="M8 10.5V7.5a4 4 0 0 1 8 0v3" fill="none" />
            </svg>
            <span class="lock-word">{t('lock.lockNow')}</span>
          </button>
        )}
        <GetHelpButton />
        <QuickExitButton />
      </header>
      {/* Present from the start, so its words are announced when they appear (quietly). */}
      <div class="lock-soon" role="status">
        {open && lockSoon && (
          <>
            <p>{t('lock.soon', { count: AUTO_LOCK_WARNING_MS / 1000 })}</p>
            <button type="button" onClick={() => session.security.stayUnlocked()}>
              {t('lock.stay')}
            </button>
          </>
        )}
      </div>
      <MainNav open={open} />
      <main id="main" class="main" tabIndex={-1}>
        <div ref={heading} tabIndex={-1} class="screen-start" />
        {recovery ? (
          <RecoveryKeyStep
            key={recovery.key}
            recovery={recovery}
            onDone={() => session.confirmRecoveryKey()}
          />
        ) : current.public ? (
          <Screen />
        ) : (
          <VaultGate>
            {/* A new opening (a draft to carry on) starts the screen afresh. */}
            <Screen key={opening ?? ''} />
          </VaultGate>
        )}
      </main>
    </div>
  );
}
