import type { PlainKey } from '../i18n/index.ts';
import type { Disguise } from './prefs.ts';

// What the browser shows of Steady outside the page: the tab title, the icon,
// and the manifest used if the person adds it to their home screen. Under a
// disguise, all three are the cover's.
const LOOKS: Record<Disguise, { manifest: string; icon: string; touchIcon: string }> = {
  none: { manifest: '/manifest.webmanifest', icon: '/icon.svg', touchIcon: '/icon-192.png' },
  calculator: {
    manifest: '/manifest-calculator.webmanifest',
    icon: '/calc.svg',
    touchIcon: '/calc-192.png',
  },
  converter: {
    manifest: '/manifest-converter.webmanifest',
    icon: '/conv.svg',
    touchIcon: '/conv-192.png',
  },
};

function setLink(rel: string, href: string): void {
  const link = document.querySelector<HTMLLinkElement>(`link[rel="${rel}"]`);
  if (link && link.getAttribute('href') !== href) link.setAttribute('href', href);
}

export function applyDisguise(disguise: Disguise, title: string): void {
  const look = LOOKS[disguise];
  setLink('manifest', look.manifest);
  setLink('icon', look.icon);
  setLink('apple-touch-icon', look.touchIcon);
  document.title = title;
}

/** True when Steady runs as an installed app rather than in a browser tab. */
export function isInstalled(): boolean {
  return matchMedia('(display-mode: standalone), (display-mode: minimal-ui)').matches;
}

// Under a disguise the tab and the app switcher show the cover's name throughout.
export const COVER_TITLES: Record<Disguise, PlainKey> = {
  none: 'app.name',
  calculator: 'disguise.title',
  converter: 'converter.title',
};
