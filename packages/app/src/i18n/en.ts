import { lockEn } from '../features/lock/i18n.en.ts';
import { disguiseEn } from '../features/disguise/i18n.en.ts';
import { calmEn } from '../features/calm/i18n.en.ts';
import { checkinEn } from '../features/checkin/i18n.en.ts';
import { progressEn } from '../features/progress/i18n.en.ts';
import { helpEn } from '../features/help/i18n.en.ts';
import { learnEn } from '../features/learn/i18n.en.ts';
import { selfcheckEn } from '../features/selfcheck/i18n.en.ts';
import { urgesEn } from '../features/urges/i18n.en.ts';
import { planEn } from '../features/plan/i18n.en.ts';
import { backupEn } from '../features/backup/i18n.en.ts';
import { journalEn } from '../features/journal/i18n.en.ts';
import { reportEn } from '../features/report/i18n.en.ts';

// The source catalog. Every visible string in the app comes from here, and its
// keys are the type every other locale must satisfy: a missing key fails the typecheck.
// A feature keeps its own strings beside it (features/NAME/i18n.en.ts) and is
// spread in at the end, so features do not edit one another's lines.
const shell = {
  'app.name': 'Steady',
  'app.tagline': 'A private place to find your footing.',
  'app.loadError':
    'This part of Steady could not open. Please check your connection and try again.',
  'app.loading': 'Opening…',
  'app.skipToContent': 'Skip to main content',

  'exit.button': 'Quick exit',
  'exit.hint': 'Leave this screen fast: tap Quick exit, or press Shift three times.',

  'nav.label': 'Main',
  'nav.home': 'Home',
  'nav.settings': 'Settings',

  'home.title': 'Welcome',
  'home.intro':
    'Steady is a private place to make sense of a relationship that hurts, to plan, and to heal, at your own pace.',
  'home.private':
    'What you write stays on this device. Nothing is sent anywhere unless you turn on a backup, and then only in a locked form no one else can read.',
  'home.notList': 'What Steady is not',
  'home.notDiagnosis': 'It is not a diagnosis.',
  'home.notTherapy': 'It is not therapy.',
  'home.notEmergency':
    'It is not an emergency service. If you are in danger now, call your local emergency number.',
  'home.exitTitle': 'Leaving fast',
  'home.exitBody':
    'If someone comes near, tap Quick exit at the top, or press Shift three times. Steady closes and opens a weather page instead.',
  'home.offline': 'After your first visit, Steady works without an internet connection.',

  'settings.title': 'Settings',
  'settings.language': 'Language',
  'settings.languageHint': 'The language Steady shows its words in.',
  'settings.theme': 'Appearance',
  'settings.themeSystem': 'Match this device',
  'settings.themeLight': 'Light',
  'settings.themeDark': 'Dark',
  'settings.exitTitle': 'Quick exit page',
  'settings.exitHint':
    'The ordinary website Steady opens when you leave fast. Choose one that would look normal on this phone.',
  'settings.exitLabel': 'Web address',
  'settings.exitSave': 'Save address',
  'settings.exitSaved': 'Saved. Quick exit now opens {url}.',
  'settings.exitInvalid': 'That does not look like a web address. It should start with https://',
  'settings.exitReset': 'Use the default (a weather page)',
  'settings.stored':
    'Only your language, appearance, quick-exit page and the country you chose for help are kept without a lock, so Steady can show them before you unlock. They say nothing about you.',

  'lang.en': 'English',
  'lang.es': 'Español',
} as const;

export const en = {
  ...shell,
  ...disguiseEn,
  ...lockEn,
  ...calmEn,
  ...checkinEn,
  ...progressEn,
  ...helpEn,
  ...learnEn,
  ...selfcheckEn,
  ...urgesEn,
  ...planEn,
  ...backupEn,
  ...journalEn,
  ...reportEn,
} as const;

export type MessageKey = keyof typeof en;
export type Catalog = { readonly [K in MessageKey]: string };
