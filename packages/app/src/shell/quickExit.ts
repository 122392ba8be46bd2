import { createTripleShift } from './tripleShift.ts';

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

/** Listens for Shift×3 everywhere, including inside text fields, before any other handler. */
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
  // If the browser restores this page from its back/forward cache, start afresh:
  // the person sees only what a new visit would show.
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) {
      coverScreen();
      location.reload();
    }
  });
}
