import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { Calculator } from '../features/disguise/Calculator.tsx';
import { applyDisguise, COVER_TITLES } from './disguise.ts';
import {
  loadCatalog,
  loadLater,
  setCurrentLocale,
  makeTranslate,
  type Messages,
  type Locale,
} from '../i18n/index.ts';
import { App } from './App.tsx';
import { ShellContext, type Shell } from './context.ts';
import type { Deployment } from './deployment.ts';
import { installPrintTitle, printNamesApp } from './print.ts';
import { lazyPart } from './lazyPart.tsx';
import { applyTheme, DEFAULT_EXIT_URL, writePrefs, type Prefs } from './prefs.ts';
import type { Place } from './routes.ts';
import type { VaultSession } from '../vault/session.ts';
import { SessionContext } from '../vault/sessionContext.ts';

export interface RootProps {
  initialPrefs: Prefs;
  initialCatalog: Messages;
  /** The deployment's neutral site, if it set one. */
  deploymentExitUrl: string | undefined;
  /** The deployment's public settings (its default country and local services). */
  deployment: Deployment;
  onExitUrl(url: string): void;
  session: VaultSession;
}

// The second cover arrives when it is chosen (from the service worker's cache, in
// moments); until then the page shows nothing, which names nothing either.
const Converter = lazyPart(() =>
  import('../features/disguise/Converter.tsx').then((m) => m.Converter),
);

export function applyLocale(locale: Locale): void {
  document.documentElement.lang = locale;
  document.documentElement.dir = 'ltr';
}

export function Root({
  initialPrefs,
  initialCatalog,
  deploymentExitUrl,
  deployment,
  onExitUrl,
  session,
}: RootProps) {
  const [prefs, setPrefs] = useState(initialPrefs);
  // The catalog and the locale it is written in change together.
  const [words, setWords] = useState({ catalog: initialCatalog, locale: initialPrefs.locale });
  const [place, setPlace] = useState<Place>({ screen: 'home' });
  const { screen, opening } = place;
  // Under a disguise, Steady opens as the cover until its code is typed.
  const [covered, setCovered] = useState(initialPrefs.disguise !== 'none');
  const Cover = prefs.disguise === 'converter' ? Converter : Calculator;
  const disguise = useRef(prefs.disguise);
  disguise.current = prefs.disguise;

  // Every lock ends where a fresh start does: on the cover when one is chosen, at Home
  // otherwise. Under a cover, the lock screen also goes back behind it when the page is
  // hidden, so a phone put down on the lock screen shows only the cover when picked up.
  useEffect(() => {
    const backToStart = () => {
      if (disguise.current !== 'none') setCovered(true);
      setPlace({ screen: 'home' });
    };
    const onHidden = () => {
      if (document.visibilityState === 'hidden' && session.status !== 'open') {
        if (disguise.current !== 'none') setCovered(true);
      }
    };
    document.addEventListener('visibilitychange', onHidden);
    const stop = session.onLock(backToStart);
    return () => {
      stop();
      document.removeEventListener('visibilitychange', onHidden);
    };
  }, [session]);

  const exitUrl = prefs.exitUrl || deploymentExitUrl || DEFAULT_EXIT_URL;
  onExitUrl(exitUrl);

  const shell = useMemo<Shell>(
    () => ({
      t: makeTranslate(words.catalog, words.locale),
      locale: prefs.locale,
      prefs,
      exitUrl,
      deployment,
      screen,
      opening,
      go: (next, nextOpening) => setPlace({ screen: next, opening: nextOpening }),
      goTo: setPlace,
      async updatePrefs(change) {
        const next = { ...prefs, ...change };
        if (change.locale && change.locale !== prefs.locale) {
          // The whole of the new language first, so no screen is ever left half in one.
          await loadLater(change.locale);
          setCurrentLocale(change.locale);
          setWords({ catalog: await loadCatalog(change.locale), locale: change.locale });
          applyLocale(change.locale);
        }
        if (change.theme) applyTheme(document.documentElement, change.theme);
        writePrefs(localStorage, next);
        setPrefs(next);
      },
    }),
    [words, prefs, exitUrl, deployment, screen, opening],
  );

  useEffect(() => {
    applyDisguise(prefs.disguise, shell.t(COVER_TITLES[prefs.disguise]));
  }, [prefs.disguise, shell]);

  // A print is titled by the cover under a disguise, by a plain word otherwise, and by
  // the app's name only when the person asked for it.
  useEffect(
    () =>
      installPrintTitle(() =>
        printNamesApp()
          ? shell.t('app.name')
          : prefs.disguise !== 'none'
            ? shell.t(COVER_TITLES[prefs.disguise])
            : shell.t('print.title'),
      ),
    [prefs.disguise, shell],
  );

  return (
    <SessionContext.Provider value={session}>
      <ShellContext.Provider value={shell}>
        {covered ? <Cover code={prefs.disguiseCode} onOpen={() => setCovered(false)} /> : <App />}
      </ShellContext.Provider>
    </SessionContext.Provider>
  );
}
