import { useEffect, useRef } from 'preact/hooks';

/**
 * Moves focus to an element (a heading with tabIndex -1) whenever `key` changes,
 * so keyboard and screen-reader users land on what just opened. It waits one
 * task: the shell focuses the top of the screen in an effect of its own when a
 * screen opens, and this has to come after it.
 */
export function useFocusOn<T extends HTMLElement>(key: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => {
    const timer = setTimeout(() => ref.current?.focus());
    return () => clearTimeout(timer);
  }, [key]);
  return ref;
}
