import { render } from 'preact';
import './styles.css';
import { laterMessages, loadCatalog, makeTranslate, setCurrentLocale } from './i18n/index.ts';
import { applyTheme, parseExitUrl, readPrefs, DEFAULT_EXIT_URL } from './shell/prefs.ts';
import { installQuickExit, onQuickExit } from './shell/quickExit.ts';
import { applyLocale, Root } from './shell/Root.tsx';
import { installTrustedTypes } from './shell/trustedTypes.ts';
import { registerServiceWorker } from './shell/serviceWorker.ts';
import { loadDeployment } from './shell/deployment.ts';
import { VaultSession } from './vault/session.ts';
import { applyDisguise, COVER_TITLES, isInstalled } from './shell/disguise.ts';

installTrustedTypes();

// Quick exit must work from the first moment, before anything else loads.
// In an installed app under a disguise, quick exit returns to the cover instead.
let exitUrl = DEFAULT_EXIT_URL;
installQuickExit(() =>
  isInstalled() && readPrefs(localStorage, []).disguise !== 'none' ? '/' : exitUrl,
);

const root = document.getElementById('app');
if (!root) throw new Error('missing #app');
// Lock first (drop every key), then take the screen down.
const session = new VaultSession();
onQuickExit(() => session.lock());
onQuickExit(() => render(null, root));
void session.init();

const prefs = readPrefs(localStorage, navigator.languages);
applyTheme(document.documentElement, prefs.theme);
applyLocale(prefs.locale);
setCurrentLocale(prefs.locale);

const [catalog, deployment] = await Promise.all([loadCatalog(prefs.locale), loadDeployment()]);
session.relayOrigin = deployment.backupServer ?? '';
const deploymentExitUrl = deployment.quickExitUrl
  ? parseExitUrl(deployment.quickExitUrl)
  : undefined;

// The cover's title and icon before anything is drawn, so the tab never names Steady
// under a disguise (Root keeps them in step from here on).
applyDisguise(prefs.disguise, makeTranslate(catalog, prefs.locale)(COVER_TITLES[prefs.disguise]));

render(
  <Root
    initialPrefs={prefs}
    initialCatalog={catalog}
    deploymentExitUrl={deploymentExitUrl}
    deployment={deployment}
    session={session}
    onExitUrl={(url) => {
      exitUrl = url;
    }}
  />,
  root,
);

registerServiceWorker();
// The words of the screens that load later, fetched once the first screen is up (from
// the service worker's cache after the first visit). A screen that opens sooner waits.
// A failure here is not shown: each later screen asks again when it opens and says
// "could not load" if it still cannot (shell/lazyPart.tsx).
setTimeout(() => void laterMessages().catch(() => undefined), 0);
