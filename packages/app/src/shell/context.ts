import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Locale, Translate } from '../i18n/index.ts';
import type { Deployment } from './deployment.ts';
import type { Prefs } from './prefs.ts';
import type { ScreenId } from './screens.ts';

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
   * What to open on arriving, when it is not the screen's start (a draft to carry on:
   * 'new' or 'edit:ID' in the journal, 'remind' in urges). In memory only, like the screen.
   */
  opening: string | undefined;
  go(screen: ScreenId, opening?: string): void;
}

export const ShellContext = createContext<Shell | null>(null);

export function useShell(): Shell {
  const shell = useContext(ShellContext);
  if (!shell) throw new Error('useShell outside the shell');
  return shell;
}
