import type { Message } from './plural.ts';
import { lockEn } from '../features/lock/i18n.en.ts';
import { disguiseEn } from '../features/disguise/i18n.en.ts';

// The source catalog's first part: what the first screen may show (the shell, the lock,
// the covers, help and every screen's name). The rest, which only screens loaded later
// show, is in en.later.ts and arrives after the first paint (index.ts). Every visible
// string in the app comes from the two, and their keys are the type every other locale
// must satisfy (all.ts): a missing key fails the typecheck.
// A feature keeps its own strings beside it (features/NAME/i18n.en.ts) and is
// spread in at the end, so features do not edit one another's lines.
// A message that counts something is a plural, `{ one: '…', other: '…' }`, chosen by
// its `count` parameter (see plural.ts); every other message is a plain string.
const shell = {
  'app.name': 'Steady',
  'print.title': 'Notes',
  'print.showName': 'Show the app’s name on the paper',
  'print.showNameHint':
    'Left off, neither the page nor the saved file’s title says where it came from. Ticked, both say it was made with Steady.',
  'print.madeWith': 'Made with Steady, a private journal and planning app.',
  'app.tagline': 'A private place to find your footing.',
  'app.loadError':
    'This part of Steady could not open. Please check your connection and try again.',
  'app.loading': 'Opening…',
  'app.skipToContent': 'Skip to main content',

  'unreadable.journal': {
    one: '1 journal entry could not be read.',
    other: '{count} journal entries could not be read.',
  },
  'unreadable.attachment': {
    one: '1 photo could not be read.',
    other: '{count} photos could not be read.',
  },
  'unreadable.checkin': {
    one: '1 check-in could not be read.',
    other: '{count} check-ins could not be read.',
  },
  'unreadable.freedom': {
    one: '1 freedom or connection could not be read.',
    other: '{count} freedoms or connections could not be read.',
  },
  'unreadable.urge': {
    one: '1 urge could not be read.',
    other: '{count} urges could not be read.',
  },
  'unreadable.hold': {
    one: '1 24-hour hold could not be read.',
    other: '{count} 24-hour holds could not be read.',
  },
  'unreadable.coping': {
    one: '1 line of your own list could not be read.',
    other: '{count} lines of your own list could not be read.',
  },
  'unreadable.reminder': {
    one: '1 reminder could not be read.',
    other: '{count} reminders could not be read.',
  },
  'unreadable.ifthen': {
    one: '1 if-then plan could not be read.',
    other: '{count} if-then plans could not be read.',
  },
  'unreadable.unsent': {
    one: '1 unsent message could not be read.',
    other: '{count} unsent messages could not be read.',
  },
  'unreadable.selfcheck': {
    one: '1 saved self-check could not be read.',
    other: '{count} saved self-checks could not be read.',
  },
  'unreadable.draft': {
    one: '1 draft could not be read.',
    other: '{count} drafts could not be read.',
  },
  'unreadable.receipt': {
    one: '1 time-stamp receipt could not be read.',
    other: '{count} time-stamp receipts could not be read.',
  },
  'unreadable.help':
    'They are kept exactly as they were, on this device and in your backups; nothing was deleted. A newer version of Steady may read them: reload the page to update, then look again. If they still cannot be read, they may be damaged, and a backup made before may hold them whole.',

  'draft.form.journal-new': 'A new journal entry',
  'draft.form.journal-edit': 'Changes to a journal entry',
  'draft.form.journal-jot': 'A quick note for the journal',
  'draft.form.checkin': 'Today’s check-in',
  'draft.form.urge': 'A note about wanting to reach out',
  'draft.form.unsent': 'Words you chose not to send',
  'draft.offerTitle': 'You were writing something',
  'draft.offerIntro':
    'It was kept, locked, when Steady locked. You can carry on where you left off, or let it go.',
  'draft.keptAt': 'Kept {when}',
  'draft.carryOn': 'Carry on',
  'draft.discard': 'Discard',
  'draft.discarded': 'Discarded. Nothing else was changed.',
  'draft.resumed': 'Carried on from what you were writing ({when}).',
  'draft.discardHere': 'Discard what was kept',
  'draft.failed': 'That could not be done just now. Please try again.',

  'lock.soon': {
    one: 'Locking in {count} second, as nothing has been touched for a while.',
    other: 'Locking in {count} seconds, as nothing has been touched for a while.',
  },
  'lock.stay': 'Stay unlocked',

  'exit.button': 'Quick exit',
  'exit.hint': 'Leave this screen fast: tap Quick exit, or press Shift three times.',

  // Every screen's name is known before its code (and its words) arrive.
  'nav.calm': 'Calm',
  'nav.checkin': 'Check in',
  'nav.journal': 'Journal',
  'nav.learn': 'Learn',
  'nav.plan': 'My plan',
  'nav.progress': 'Progress',
  'nav.report': 'Report',
  'nav.selfcheck': 'Self-check',
  'nav.urges': 'Staying gone',
  'urges.reachOut': 'I want to reach out',
  'urges.reachOutHint': 'For when the pull to contact them is strong.',
  'urges.loadError': 'This part of Steady could not open. Please reload the page and try again.',
  // Help's name is in the first download: the top bar and the navigation show it at once.
  'help.nav': 'Help',
  'help.topbar': 'Get help',
  'nav.more': 'More',
  'nav.label': 'Main',
  'nav.home': 'Home',
  'nav.settings': 'Settings',
  'nav.check': 'Check a record',

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
  'home.exitTouch':
    'On a touch screen you can also tap twice, quickly, with two fingers together, anywhere on the screen. Typing and scrolling never set it off.',
  'home.offline': 'After your first visit, Steady works without an internet connection.',

  'settings.title': 'Settings',
  'settings.language': 'Language',
  'settings.languageHint': 'The language Steady shows its words in.',
  'settings.theme': 'Appearance',
  'settings.themeSystem': 'Match this device',
  'settings.themeLight': 'Light',
  'settings.themeDark': 'Dark',
  'settings.exitTitle': 'Quick exit page',
  'settings.exitWays':
    'Three ways to leave fast, from any screen: the Quick exit button, Shift pressed three times, or on a touch screen two quick taps with two fingers together.',
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

export const enFirst = {
  ...shell,
  ...disguiseEn,
  ...lockEn,
} as const satisfies Readonly<Record<string, Message>>;
