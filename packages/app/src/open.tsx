// The page a shared link opens (open.html): a second entry that imports no vault code.
// It reads the id and key from the fragment, takes them out of the address bar at once
// (a fragment is never sent; now it is not kept in this page's history either), and
// opens the package only when asked, since the link may open once.
import { render } from 'preact';
import './styles.css';
import { parseShareFragment } from '@steady/core/share';
import { evidenceEn } from './features/evidence/i18n.en.ts';
import { evidenceEs } from './features/evidence/i18n.es.ts';
import { OpenShare } from './features/share/OpenShare.tsx';
import { shareEn } from './features/share/i18n.en.ts';
import { shareEs } from './features/share/i18n.es.ts';
import { makeTranslate, preferredLocale } from './i18n/index.ts';
import { loadDeployment } from './shell/deployment.ts';
import { installTrustedTypes } from './shell/trustedTypes.ts';
import { relayBase } from './vault/relayBase.ts';

installTrustedTypes();

const link = parseShareFragment(location.hash);
if (location.hash !== '') history.replaceState(null, '', location.pathname);

const locale = preferredLocale(navigator.languages);
document.documentElement.lang = locale;
const catalog = locale === 'es' ? { ...evidenceEs, ...shareEs } : { ...evidenceEn, ...shareEn };
const t = makeTranslate(catalog, locale);

const root = document.getElementById('app');
if (!root) throw new Error('missing #app');
const deployment = await loadDeployment();
render(
  <OpenShare link={link} base={relayBase(deployment.backupServer ?? '')} t={t} locale={locale} />,
  root,
);
