import type { Message } from '../../i18n/plural.ts';

// Home's hub: shortcuts and the start-here list (loaded after the first paint).
export const homeEn = {
  'home.shortcutsTitle': 'Go straight to',
  'home.startTitle': 'Start here',
  'home.startIntro':
    'A few things make Steady safer and more useful. Do them when you are ready; each one takes a minute.',
  'home.startAllDone': 'All done. You can put this list away now.',
  'home.startCountry': 'Choose your country, so Help shows the right numbers',
  'home.startCover': 'Choose a disguise, so Steady opens looking like something else',
  'home.startPerson': 'Add a person you trust to your plan',
  'home.startKey': 'Write down your recovery key and keep it somewhere safe',
  'home.startDone': 'done',
  'home.startHide': 'Put this list away',
  'home.startHideFailed': 'The list could not be put away. Please try again.',
} as const satisfies Readonly<Record<string, Message>>;
