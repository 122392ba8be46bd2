export const lockEn = {
  'lock.setupTitle': 'Set up your lock',
  'lock.setupIntro':
    'Everything you keep in Steady is locked with a passphrase that only you know. Without it, no one can read what you write, not even us.',
  'lock.passphrase': 'Passphrase',
  'lock.passphraseHint':
    'Four or more ordinary words that do not go together are strong and easy to remember, for example: lamp river orange Tuesday. Avoid names, birthdays and anything someone close to you could guess.',
  'lock.passphraseConfirm': 'Type the passphrase again',
  'lock.show': 'Show passphrase',
  'lock.strength.tooShort': 'Too short: use at least 8 characters.',
  'lock.strength.weak':
    'Weak: someone who knows you, or a computer, could guess it. Longer is better.',
  'lock.strength.fair': 'Fair. A few more words would make it much stronger.',
  'lock.strength.strong': 'Strong.',
  'lock.mismatch': 'The two passphrases are not the same.',
  'backup.setupRestore': 'Restore from a backup instead',
  'lock.create': 'Set up the lock',
  'lock.working': 'Working on it. This can take a few seconds on a phone.',
  'lock.honest':
    'No passphrase protects against someone who watches you type it, or who makes you tell them. Steady can help with that later, with a disguise and a second passphrase.',

  'lock.recoveryTitle': 'Your recovery key',
  'lock.recoveryIntro':
    'If you ever forget your passphrase, this key is the only way back in. Write it on paper and keep it somewhere the other person will not look, or give it to someone you trust. Until you have checked it below, it is shown again each time you unlock.',
  'lock.recoveryAgainIntro':
    'You have not yet checked that you wrote down your recovery key, so here it is again. If you ever forget your passphrase, it is the only way back in.',
  'lock.recoveryNewIntro':
    'This is your new recovery key. The old one no longer opens anything. Write this one down, keep it somewhere safe, and destroy the old paper.',
  'lock.recoveryLabel': 'Recovery key',
  'lock.recoveryPrint': 'Print it',
  'lock.recoveryWritten': 'I have written it down',
  'lock.recoveryConfirmTitle': 'Check that you have it',
  'lock.recoveryConfirmIntro': 'Type two parts of your recovery key from your paper.',
  'lock.recoveryGroup': 'Group {n} (four letters or numbers)',
  'lock.recoveryLastGroup': 'The last group',
  'lock.recoveryConfirm': 'Check and finish',
  'lock.recoveryWrongGroups':
    'Those parts do not match. Look at your paper again, or go back to see the key.',
  'lock.recoveryBack': 'Show the key again',
  'lock.recoveryFailed':
    'That matches, but it could not be noted just now. Please press the button again.',

  'lock.unlockTitle': 'Unlock Steady',
  'lock.unlockIntro': 'Type your passphrase to open what you keep here.',
  'lock.unlock': 'Unlock',
  'lock.unlocking': 'Unlocking. This can take a few seconds.',
  'lock.wrong': 'That passphrase does not open Steady. Nothing has changed; you can try again.',
  'lock.forgot': 'Forgot your passphrase?',
  'lock.failed':
    'Something went wrong while opening Steady. Nothing was changed. Please try again.',
  'lock.tampered':
    'Steady’s stored data has been changed by something other than Steady, so it will not open it. Nothing was changed by this attempt.',

  'lock.recoverTitle': 'Use your recovery key',
  'lock.recoverIntro':
    'Type the recovery key you wrote down when you set up Steady, then choose a new passphrase.',
  'lock.recoverKey': 'Recovery key',
  'lock.recoverKeyHint': 'Capitals, spaces and dashes do not matter.',
  'lock.newPassphrase': 'New passphrase',
  'lock.recover': 'Open and set the new passphrase',
  'lock.recoverWrongKey': 'That recovery key does not open Steady. Nothing has changed.',
  'lock.recoverMalformed':
    'That is not a complete recovery key. Check for a missing or mistyped group.',
  'lock.backToUnlock': 'Back to unlock',

  'lock.inUse': 'That passphrase is already used to open Steady. Choose a different one.',
  'lock.lockNow': 'Lock',
  'lock.lockedNote': 'Steady is locked.',

  'security.title': 'Lock and passphrase',
  'security.autoLock': 'Lock after this many minutes without use',
  'security.autoLockHint': 'From 1 to 30 minutes. Shorter is safer if others use this phone.',
  'security.minutes': { one: '{count} minute', other: '{count} minutes' },
  'security.lockHidden': 'Also lock as soon as I switch away from Steady',
  'security.saved': 'Saved.',
  'security.saveFailed': 'That could not be saved. Nothing was changed; please try again.',
  'security.unreadable':
    'Your lock settings could not be read, perhaps because a newer version of Steady saved them. They are kept as they are, and until they can be read Steady locks after 5 minutes without use.',
  'security.changeTitle': 'Change passphrase',
  'security.current': 'Current passphrase',
  'security.change': 'Change passphrase',
  'security.changed':
    'Your passphrase is changed. Your recovery key still works and nothing you wrote was touched.',
  'security.wrongCurrent': 'The current passphrase is not right. Nothing has changed.',
  'security.recoveryTitle': 'Recovery key',
  'security.recoveryIntro':
    'If your recovery key is lost, or someone else may have seen it, make a new one. The old key stops working at once. Your passphrase and everything you wrote stay as they are.',
  'security.recoveryMake': 'Make a new recovery key',
  'security.recoveryPassphrase': 'Your passphrase, to confirm it is you',
  'security.recoveryReplaced': 'Your new recovery key is ready. The old one no longer works.',

  'duress.title': 'A passphrase for when you are made to unlock',
  'duress.intro':
    'If someone forces you to open Steady, type this passphrase instead of your own. Steady opens as usual, but not to your real records.',
  'duress.statusNone': 'Not set.',
  'duress.status.decoy': 'Set. It opens a harmless decoy and keeps your records hidden.',
  'duress.status.erase': 'Set. It erases your records, then opens a harmless decoy.',
  'duress.modeLegend': 'What it does',
  'duress.mode.decoy': 'Open a decoy.',
  'duress.modeHint.decoy':
    'It shows a few ordinary daily check-ins. Your real records stay here, locked.',
  'duress.mode.erase': 'Erase, then open a decoy.',
  'duress.modeHint.erase':
    'Your real records are deleted for good, and the decoy becomes the only thing here.',
  'duress.eraseWarning':
    'Only a backup file or a server backup can bring erased records back. Make one first if you want to keep them.',
  'duress.passphrase': 'Passphrase for when you are made to unlock',
  'duress.again': 'Type that passphrase again',
  'duress.owner': 'Your own passphrase, to confirm it is you',
  'duress.set': 'Set this passphrase',
  'duress.replace': 'Replace it',
  'duress.remove': 'Remove it',
  'duress.saved': 'Saved. Type it at the lock screen only when you have to.',
  'duress.removed': 'Removed. Only your own passphrase opens Steady now.',
} as const;
