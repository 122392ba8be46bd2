import { createTripleShift } from './tripleShift.ts';
import { createTwoFingerTap, type TouchPoint } from './twoFingerTap.ts';

// Quick exit, in the order the threat model sets: cover the screen at once,
// drop every key and all app state, then replace this history entry with a
// neutral site so Back cannot return to what was on screen.

type ExitHook = () => void;
const hooks = new Set<ExitHook>();
let destination: () => string = () => 'about:blank';

/** Registers work to do on exit (lock the vault, unmount the screen). Returns an unregister. */
export function onQuickExit(hook: ExitHook): () => void {
  hooks.add(hook);
  return () => hooks.delete(hook);
}

export function coverScreen(): void {
  document.documentElement.classList.add('exiting');
}

export function quickExit(): void {
  coverScreen();
  for (const hook of hooks) {
    try {
      hook();
    } catch {
      // A failing hook must never keep the person on this screen.
    }
  }
  try {
    sessionStorage.clear();
  } catch {
    // Storage may be unavailable; leaving matters more.
  }
  location.replace(destination());
}

const points = (list: TouchList): TouchPoint[] =>
  Array.from(list, (touch) => ({ id: touch.identifier, x: touch.clientX, y: touch.clientY }));

/**
 * Listens for Shift×3 everywhere, including inside text fields, before any other handler;
 * and, on a touch screen, for two fingers tapping twice quickly, anywhere. The touch
 * listeners are passive: they never hold up scrolling.
 */
export function installQuickExit(getDestination: () => string): void {
  destination = getDestination;
  const isTriple = createTripleShift(() => performance.now());
  window.addEventListener(
    'keydown',
    (event) => {
      if (isTriple(event)) {
        event.preventDefault();
        event.stopImmediatePropagation();
        quickExit();
      }
    },
    { capture: true },
  );
  const isDoubleTap = createTwoFingerTap(() => performance.now());
  const touch = (type: 'start' | 'move' | 'end') => (event: TouchEvent) => {
    if (isDoubleTap({ type, touches: points(event.touches) })) quickExit();
  };
  const options = { capture: true, passive: true } as const;
  window.addEventListener('touchstart', touch('start'), options);
  window.addEventListener('touchmove', touch('move'), options);
  window.addEventListener('touchend', touch('end'), options);
  window.addEventListener('touchcancel', () => isDoubleTap({ type: 'cancel' }), options);
  // If the browser restores this page from its back/forward cache, start afresh:
  // the person sees only what a new visit would show.
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) {
      coverScreen();
      location.reload();
    }
  });
}
