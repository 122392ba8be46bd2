import type { ComponentType } from 'preact';
import { lazyPart } from './lazyPart.tsx';

export interface LazyScreen {
  /** Renders the screen once its code has arrived, a status line until then. */
  Screen: ComponentType;
  /** Starts fetching the code early (e.g. when a button that leads there appears). */
  load(): Promise<ComponentType>;
}

/**
 * A screen whose code loads when it is first opened, so the first page load stays
 * small on a cheap phone. The service worker precaches every chunk, so this works
 * offline after the first visit.
 */
export function lazyScreen(importer: () => Promise<ComponentType>): LazyScreen {
  const Screen = lazyPart<object>(importer, { busy: true });
  return { Screen, load: Screen.load };
}
