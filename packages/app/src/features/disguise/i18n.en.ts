export const disguiseEn = {
  'disguise.title': 'Calculator',
  'disguise.display': 'Result',
  'disguise.keys': 'Keys',
  'disguise.plus': 'plus',
  'disguise.minus': 'minus',
  'disguise.times': 'times',
  'disguise.divide': 'divided by',
  'disguise.equals': 'equals',
  'disguise.clear': 'clear',
  'disguise.point': 'decimal point',
  'disguise.error': 'Error',

  'disguise.settingsTitle': 'Disguise',
  'disguise.settingsIntro':
    'Steady can open as an ordinary calculator. It works as one. To get into Steady, type your code on it and press =. If you add Steady to your home screen while the disguise is on, its icon and name are the calculator’s.',
  'disguise.none': 'No disguise',
  'disguise.calculator': 'Open as a calculator',
  'disguise.code': 'Your code (4 to 8 digits)',
  'disguise.codeHint':
    'Pick digits you will remember but that are not a birthday or a phone number. The code only opens the lock screen; your passphrase still protects everything.',
  'disguise.save': 'Save disguise',
  'disguise.saved': 'Saved. Next time, Steady opens as a calculator. Your code is {code}.',
  'disguise.savedNone': 'Saved. Steady opens as itself.',
  'disguise.badCode': 'The code must be 4 to 8 digits, with nothing else.',
  'disguise.honest':
    'A disguise helps against a quick look. Someone who studies the phone can still find that Steady is there.',
} as const;
