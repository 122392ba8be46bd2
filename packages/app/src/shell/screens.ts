import type { ComponentType } from 'preact';
import type { PlainKey } from '../i18n/index.ts';
import { Home } from '../features/home/Home.tsx';
import { urgesScreen } from '../features/urges/UrgesScreen.tsx';
import { lazyScreen } from './lazyScreen.tsx';
import type { ScreenId } from './routes.ts';

export type { ScreenId };

// Home is in the first load; every other screen's code arrives when it is first opened,
// except help and settings (usable while locked), fetched as soon as the first screen is
// drawn (preloadPublicScreens), so help never waits for a tap to start loading.
const help = lazyScreen(() => import('../features/help/Help.tsx').then((m) => m.Help));
const settings = lazyScreen(() =>
  import('../features/settings/Settings.tsx').then((m) => m.Settings),
);
const journal = lazyScreen(() => import('../features/journal/Journal.tsx').then((m) => m.Journal));
const report = lazyScreen(() => import('../features/report/Report.tsx').then((m) => m.Report));
const plan = lazyScreen(() => import('../features/plan/Plan.tsx').then((m) => m.Plan));
const calm = lazyScreen(() => import('../features/calm/Calm.tsx').then((m) => m.Calm));
const checkin = lazyScreen(() => import('../features/checkin/CheckIn.tsx').then((m) => m.CheckIn));
const progress = lazyScreen(() =>
  import('../features/progress/Progress.tsx').then((m) => m.Progress),
);
const learn = lazyScreen(() => import('../features/learn/Learn.tsx').then((m) => m.Learn));
// Opens no vault: an advocate given a package checks it here, locked or not, offline.
const check = lazyScreen(() =>
  import('../features/evidence/CheckRecord.tsx').then((m) => m.CheckRecord),
);
const selfcheck = lazyScreen(() =>
  import('../features/selfcheck/SelfCheck.tsx').then((m) => m.SelfCheckScreen),
);

export interface ScreenDef {
  id: ScreenId;
  label: PlainKey;
  component: ComponentType;
  /**
   * Usable while Steady is locked: it shows nothing the person wrote (help,
   * language and appearance). Every other screen sits behind the lock.
   */
  public?: boolean;
  /** Left out of the main navigation: reached from a quieter link (help, the lock screen). */
  hidden?: boolean;
}

export const SCREENS: readonly ScreenDef[] = [
  { id: 'home', label: 'nav.home', component: Home },
  { id: 'journal', label: 'nav.journal', component: journal.Screen },
  { id: 'report', label: 'nav.report', component: report.Screen },
  { id: 'plan', label: 'nav.plan', component: plan.Screen },
  { id: 'urges', label: 'nav.urges', component: urgesScreen.Screen },
  { id: 'calm', label: 'nav.calm', component: calm.Screen, public: true },
  { id: 'checkin', label: 'nav.checkin', component: checkin.Screen },
  { id: 'progress', label: 'nav.progress', component: progress.Screen },
  { id: 'learn', label: 'nav.learn', component: learn.Screen },
  { id: 'selfcheck', label: 'nav.selfcheck', component: selfcheck.Screen },
  { id: 'help', label: 'help.nav', component: help.Screen, public: true },
  { id: 'settings', label: 'nav.settings', component: settings.Screen, public: true },
  { id: 'check', label: 'nav.check', component: check.Screen, public: true, hidden: true },
];

/** Starts fetching the screens usable while locked; a failure is tried again when opened. */
export function preloadPublicScreens(): void {
  for (const screen of [help, settings]) {
    // Not lost: opening the screen fetches it again and says so if that fails too.
    screen.load().catch(() => undefined);
  }
}
