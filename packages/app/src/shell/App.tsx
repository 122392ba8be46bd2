import { useEffect, useRef } from 'preact/hooks';
import { GetHelpButton } from '../features/help/GetHelpButton.tsx';
import { VaultGate } from '../features/lock/VaultGate.tsx';
import { useSession, useVaultStatus } from '../vault/sessionContext.ts';
import { useShell } from './context.ts';
import { QuickExitButton } from './QuickExitButton.tsx';
import { SCREENS } from './screens.ts';

export function App() {
  const { t, screen, go } = useShell();
  const session = useSession();
  const open = useVaultStatus(session) === 'open';
  const heading = useRef<HTMLDivElement>(null);
  const current = SCREENS.find((s) => s.id === screen) ?? SCREENS[0]!;
  const Screen = current.component;
  const first = useRef(true);
  const wasOpen = useRef(open);

  // Locking (by hand, by timer, on leaving) returns to the start: the unlock screen.
  useEffect(() => {
    if (wasOpen.current && !open) go('home');
    wasOpen.current = open;
  }, [open, go]);

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
            {t('lock.lockNow')}
          </button>
        )}
        <GetHelpButton />
        <QuickExitButton />
      </header>
      <nav class="nav" aria-label={t('nav.label')}>
        <ul>
          {SCREENS.filter((s) => open || s.public || s.id === 'home').map((s) => (
            <li key={s.id}>
              <button
                type="button"
                class="nav-item"
                aria-current={s.id === screen ? 'page' : undefined}
                onClick={() => go(s.id)}
              >
                {t(s.label)}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" class="main" tabIndex={-1}>
        <div ref={heading} tabIndex={-1} class="screen-start" />
        {current.public ? (
          <Screen />
        ) : (
          <VaultGate>
            <Screen />
          </VaultGate>
        )}
      </main>
    </div>
  );
}
