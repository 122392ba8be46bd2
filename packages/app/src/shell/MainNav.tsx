import { useEffect, useRef, useState } from 'preact/hooks';
import { useShell } from './context.ts';
import { SCREENS, type ScreenDef, type ScreenId } from './screens.ts';

/**
 * On a phone, the parts a person goes to most, in a bar at the bottom where a thumb
 * reaches; the rest behind "More". On a wider screen, all of them in the sidebar (the
 * "More" button is not drawn there, and the rest always shows).
 */
export const BAR_SCREENS: readonly ScreenId[] = ['home', 'journal', 'plan', 'calm'];

export function MainNav({ open }: { open: boolean }) {
  const { t, screen, go } = useShell();
  const [more, setMore] = useState(false);
  const moreButton = useRef<HTMLButtonElement>(null);
  const nav = useRef<HTMLElement>(null);
  const shown = SCREENS.filter((s) => !s.hidden && (open || s.public || s.id === 'home'));
  const bar = shown.filter((s) => BAR_SCREENS.includes(s.id));
  const rest = shown.filter((s) => !BAR_SCREENS.includes(s.id));
  const inRest = rest.some((s) => s.id === screen);

  // Escape closes the list and gives focus back to its button; so does a tap anywhere
  // outside the navigation.
  useEffect(() => {
    if (!more) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setMore(false);
      moreButton.current?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      if (!nav.current?.contains(event.target as Node)) setMore(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [more]);

  const item = (s: ScreenDef) => (
    <li key={s.id}>
      <button
        type="button"
        class="nav-item"
        aria-current={s.id === screen ? 'page' : undefined}
        onClick={() => {
          setMore(false);
          go(s.id);
        }}
      >
        {t(s.label)}
      </button>
    </li>
  );

  return (
    <nav ref={nav} class="nav" aria-label={t('nav.label')}>
      <ul class="nav-bar">
        {bar.map(item)}
        {rest.length > 0 && (
          <li class="nav-more">
            <button
              ref={moreButton}
              type="button"
              class="nav-item"
              aria-expanded={more}
              aria-controls="nav-rest"
              // The part open now is behind "More": the button says so too.
              data-current={inRest ? 'true' : undefined}
              onClick={() => setMore((was) => !was)}
            >
              {t('nav.more')}
            </button>
          </li>
        )}
      </ul>
      <ul id="nav-rest" class={more ? 'nav-rest open' : 'nav-rest'}>
        {rest.map(item)}
      </ul>
    </nav>
  );
}
