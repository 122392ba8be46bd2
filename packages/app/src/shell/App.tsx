import { useEffect, useRef } from 'preact/hooks';
import { useShell } from './context.ts';
import { QuickExitButton } from './QuickExitButton.tsx';
import { SCREENS } from './screens.ts';

export function App() {
  const { t, screen, go } = useShell();
  const heading = useRef<HTMLDivElement>(null);
  const current = SCREENS.find((s) => s.id === screen) ?? SCREENS[0]!;
  const Screen = current.component;
  const first = useRef(true);

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
        <QuickExitButton />
      </header>
      <nav class="nav" aria-label={t('nav.label')}>
        <ul>
          {SCREENS.map((s) => (
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
        <Screen />
      </main>
    </div>
  );
}
