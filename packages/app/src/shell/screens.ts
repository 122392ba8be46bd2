import type { ComponentType } from 'preact';
import type { MessageKey } from '../i18n/index.ts';
import { Home } from '../features/home/Home.tsx';
import { Settings } from '../features/settings/Settings.tsx';
import { Help } from '../features/help/Help.tsx';

// Screens live in memory, never in the address bar: the URL and the browser's
// history must not say which part of Steady someone was looking at.
export type ScreenId = 'home' | 'settings' | 'help';

export interface ScreenDef {
  id: ScreenId;
  label: MessageKey;
  component: ComponentType;
  /**
   * Usable while Steady is locked: it shows nothing the person wrote (help,
   * language and appearance). Every other screen sits behind the lock.
   */
  public?: boolean;
}

export const SCREENS: readonly ScreenDef[] = [
  { id: 'home', label: 'nav.home', component: Home },
  { id: 'settings', label: 'nav.settings', component: Settings, public: true },
  { id: 'help', label: 'help.nav', component: Help, public: true },
];
