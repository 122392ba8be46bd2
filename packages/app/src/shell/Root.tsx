import { useEffect, useMemo, useState } from 'preact/hooks';
import { Calculator } from '../features/disguise/Calculator.tsx';
import { Converter } from '../features/disguise/Converter.tsx';
import { applyDisguise } from './disguise.ts';
import {
  loadCatalog,
  makeTranslate,
  type Catalog,
  type Locale,
  type MessageKey,
} from '../i18n/index.ts';
import { App } from './App.tsx';
import { ShellContext, type Shell } from './context.ts';
import type { Deployment } from './deployment.ts';
import { applyTheme, DEFAULT_EXIT_URL, writePrefs, type Disguise, type Prefs } from './prefs.ts';
import type { ScreenId } from './screens.ts';
import type { VaultSession } from '../vault/session.ts';
import { SessionContext } from '../vault/sessionContext.ts';

export interface RootProps {
  initialPrefs: Prefs;
  initialCatalog: Catalog;
  /** The deployment's neutral site, if it set one. */
  deploymentExitUrl: string | undefined;
  /** The deployment's public settings (its default country and local services). */
  deployment: Deployment;
  onExitUrl(url: string): void;
  session: VaultSession;
}

export function applyLocale(locale: Locale): void {
  document.documentElement.lang = locale;
  document.documentElement.dir = 'ltr';
}

// Under a disguise the tab and the app switcher show the cover's name throughout.
const COVER_TITLES: Record<Disguise, MessageKey> = {
  none: 'app.name',
  calculator: 'disguise.title',
  converter: 'converter.title',
};

export function Root({
  initialPrefs,
  initialCatalog,
  deploymentExitUrl,
  deployment,
  onExitUrl,
  session,
}: RootProps) {
  const [prefs, setPrefs] = useState(initialPrefs);
  const [catalog, setCatalog] = useState(initialCatalog);
  const [screen, setScreen] = useState<ScreenId>('home');
  // Under a disguise, Steady opens as the cover until its code is typed.
  const [covered, setCovered] = useState(initialPrefs.disguise !== 'none');
  const Cover = prefs.disguise === 'converter' ? Converter : Calculator;

  const exitUrl = prefs.exitUrl || deploymentExitUrl || DEFAULT_EXIT_URL;
  onExitUrl(exitUrl);

  const shell = useMemo<Shell>(
    () => ({
      t: makeTranslate(catalog),
      locale: prefs.locale,
      prefs,
      exitUrl,
      deployment,
      screen,
      go: setScreen,
      async updatePrefs(change) {
        const next = { ...prefs, ...change };
        if (change.locale && change.locale !== prefs.locale) {
          setCatalog(await loadCatalog(change.locale));
          applyLocale(change.locale);
        }
        if (change.theme) applyTheme(document.documentElement, change.theme);
        writePrefs(localStorage, next);
        setPrefs(next);
      },
    }),
    [catalog, prefs, exitUrl, deployment, screen],
  );

  useEffect(() => {
    applyDisguise(prefs.disguise, shell.t(COVER_TITLES[prefs.disguise]));
  }, [prefs.disguise, shell]);

  return (
    <SessionContext.Provider value={session}>
      <ShellContext.Provider value={shell}>
        {covered ? <Cover code={prefs.disguiseCode} onOpen={() => setCovered(false)} /> : <App />}
      </ShellContext.Provider>
    </SessionContext.Provider>
  );
}
