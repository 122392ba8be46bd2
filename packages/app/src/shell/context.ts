import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Locale, Translate } from '../i18n/index.ts';
import type { Deployment } from './deployment.ts';
import type { Prefs } from './prefs.ts';
import type { Opening, Place, ScreenId } from './routes.ts';

export interface Shell {
  t: Translate;
  locale: Locale;
  prefs: Prefs;
  /** The neutral site quick exit leaves to, after the person's and the deployment's choices. */
  exitUrl: string;
  /** The deployment's public settings, as checked on this device. */
  deployment: Deployment;
  updatePrefs(change: Partial<Prefs>): Promise<void>;
  screen: ScreenId;
  /**
   * What to open on arriving, when it is not the screen's start (routes.ts: a draft to
   * carry on, a chapter asked for). In memory only, like the screen.
   */
  opening: string | undefined;
  go<S extends ScreenId>(screen: S, opening?: Opening<S>): void;
  /** The same, for a place worked out elsewhere (a draft's). */
  goTo(place: Place): void;
}

export const ShellContext = createContext<Shell | null>(null);

export function useShell(): Shell {
  const shell = useContext(ShellContext);
  if (!shell) throw new Error('useShell outside the shell');
  return shell;
}
