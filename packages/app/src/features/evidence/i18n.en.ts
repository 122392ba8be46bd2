// The evidence package's words: making one (on the report screen) and checking one
// (a page that opens no vault, for the advocate who was given it). The how-to-check
// sheet goes inside the package, so it speaks to whoever opens it and names no app.
export const evidenceEn = {
  'evidence.title': 'An evidence package',
  'evidence.intro':
    'One file with the entries chosen above, every version of each, their photos and voice notes, and a sheet on how to check them. Anyone you give it to can see whether anything in it was changed.',
  'evidence.protection': 'How to protect the file',
  'evidence.protection.locked': 'With a passphrase (recommended)',
  'evidence.protection.open': 'Without a passphrase',
  'evidence.lockHint':
    'Choose a passphrase for this file only, not the one that opens this app. Give it to the person you trust another way than the file: say it in person or by phone, or write it on paper. Never send it with the file.',
  'evidence.passphrase': 'A passphrase for this file',
  'evidence.passphraseAgain': 'The same passphrase again',
  'evidence.warning':
    'Without a passphrase, this file is not locked. Whoever gets it can open it and read everything in it. Keep it somewhere only you can reach, or give it straight to the person you trust.',
  'evidence.understood': 'I understand that anyone who gets this file can read everything in it',
  'evidence.understoodNeeded': 'Tick the box first to make the file without a passphrase.',
  'evidence.downloads':
    'Your browser may show the file in its list of downloads. You can remove it from that list once you have moved the file.',
  'evidence.makeLocked': 'Make the locked package',
  'evidence.makeOpen': 'Make the package without a passphrase',
  'evidence.photosReading':
    'Reading the photos for the report. The package can be made once they show below.',
  'evidence.making': 'Making the package…',
  'evidence.failed': 'The package could not be made. Nothing was changed. Please try again.',
  'evidence.made': {
    one: 'Made, with 1 entry. Your browser is saving the file.',
    other: 'Made, with {count} entries. Your browser is saving the file.',
  },
  'evidence.madeLocked': {
    one: 'Made and locked, with 1 entry. Your browser is saving the file.',
    other: 'Made and locked, with {count} entries. Your browser is saving the file.',
  },
  'evidence.madeLockedHint':
    'The file opens only with the passphrase you chose. Give it to the person you trust separately from the file.',
  'evidence.photosMissing': {
    one: '1 photo or voice note could not be read, so it is not in the package; the package says so.',
    other:
      '{count} photos or voice notes could not be read, so they are not in the package; the package says so.',
  },
  'evidence.headTitle': 'The chain head',
  'evidence.headHint':
    'This code stands for the whole package. Write it down, or give it separately (by phone, on paper). If someone later checks the package and gets the same code, nothing in it was changed.',

  'evidence.pdf.name': 'report.pdf',
  'evidence.pdf.digest': 'Digest of this version (SHA-256), as the package lists it: {digest}',
  'evidence.pdf.page': 'Page {page} of {pages}',
  'evidence.pdf.failed':
    'The report could not be added as a PDF. Everything else is in the package; you can still print the report from this screen.',
  'evidence.pdf.photosLeftOut': {
    one: '1 photo could not be drawn in the PDF. It is in the package as it was kept.',
    other:
      '{count} photos could not be drawn in the PDF. They are in the package as they were kept.',
  },
  'evidence.sheet.name': 'how-to-check.txt',
  'evidence.sheet.text':
    'HOW TO CHECK THESE RECORDS\n\nThis package holds journal entries written by the person who gave it to you, every version of each entry (edits never replace what was first written), the photos and voice notes kept with them (voice notes are sound files you can play), and a list of them all (manifest.json). The report (report.pdf) is the same record laid out to read and print, as the person chose it; the check below covers the entries, photos and voice notes themselves.\n\nEach version of each entry has a digest: a code worked out from its exact words, photos and voice notes. The entries are linked one to the next, in the order they were written, and the last link is the chain head. If anything is changed, added, taken out or moved, the digests or the chain no longer match, and a check says where.\n\nSome versions may have a time-stamp receipt: a time-stamping service was sent only the version’s digest (never its words) and signed the time it received it. The receipt shows the version existed no later than that time. The check verifies each receipt against the service’s certificate, listed once in manifest.json with its SHA-256 fingerprint; compare that fingerprint with the one the service publishes.\n\nThe check shows this package’s chain head, a code of 64 letters and numbers. Ask the person who made the package for the code they were shown, given to you separately (by phone, or on paper). If the two match, the package is as they made it.\n\nTo check it:\n- In the app the entries came from, open Help, then “Check a record”, and choose this file. It works offline, and the file never leaves your computer.\n- Or, with the app’s source code, run: npm run check-package -- <this file>\n\nIf you were given the package locked (a file ending in .enc), both ask for its passphrase first.\n\nMade on {madeAt}.\n',

  'evidence.sheet.details':
    '\nDETAILS FOR A COURT OR ADVOCATE\n\nAs the person gave them with the latest version of each entry (the entry’s file holds every version’s).\n',
  'evidence.sheet.entry': 'The entry first written on {when}:',

  'check.title': 'Check a record',
  'check.intro':
    'If someone gave you a package of their records, you can check here that nothing in it was changed since it was made. The file stays on this device: nothing is sent anywhere, and nothing is saved.',
  'check.choose': 'Choose the package (.zip or .enc)',
  'check.checking': 'Checking…',
  'check.empty': 'This file is empty. Please choose the package itself.',
  'check.tooBig': 'This file is bigger than {limit}, too big to check here.',
  'check.unreadable': 'This file could not be read. Please try again.',
  'check.lockedTitle': 'This package is locked',
  'check.lockedText':
    'Type the passphrase you were given for it. It stays on this device and is forgotten once the package is open.',
  'check.passphrase': 'The package’s passphrase',
  'check.open': 'Open and check',
  'check.opening': 'Opening the package…',
  'check.lock.wrong-passphrase':
    'This passphrase does not open the package. Check it with the person who gave it to you, then try again.',
  'check.lock.empty-passphrase': 'Please type the passphrase first.',
  'check.lock.cut-short':
    'This file ends too early: it was cut short, perhaps by an unfinished download or copy. Ask for the file again.',
  'check.lock.damaged':
    'This locked file was changed or damaged after it was made, so it cannot be opened. Ask for the file again.',
  'check.lock.not-locked': 'This file is not a locked package.',
  'check.lock.unsupported-version':
    'This package was locked by a newer version of the app. Update the app, then try again.',
  'check.saveOpened': 'Save the opened package (.zip)',
  'check.saveOpenedHint':
    'The saved copy is not locked: whoever has it can read everything in it. Keep it somewhere safe.',
  'check.ok': 'Unchanged',
  'check.okText':
    'Every entry, version, photo and link matches what was recorded when it was made.',
  'check.changed': 'Something was changed',
  'check.changedText': {
    one: '1 problem was found:',
    other: '{count} problems were found:',
  },
  'check.madeAt': 'Made on: {when}',
  'check.counts':
    'Entries: {entries}. Versions: {versions}. Photos: {photos}. Voice notes: {voiceNotes}. Time-stamp receipts: {receipts}.',
  'check.head': 'Chain head (SHA-256)',
  'check.headHint':
    'Ask the person who made it for this code, given separately. If it matches, the package is as they made it.',
  'check.entryNamed': 'The entry of {date}, “{words}”',
  'check.entryId': 'The entry with id {id}',
  'check.version': 'version {n}',
  'check.file': 'file {file}',

  'check.problem.not-a-package': 'This is not a package of records, or the file is damaged.',
  'check.problem.manifest-unreadable': 'The list of entries (manifest.json) cannot be read.',
  'check.problem.manifest-damaged':
    'The list of entries (manifest.json) was changed after the package was made.',
  'check.problem.file-damaged': 'A file was changed after the package was made.',
  'check.problem.file-missing': 'A file the package lists is not in it.',
  'check.problem.unexpected-file': 'A file was added that the package does not list.',
  'check.problem.entry-unreadable': 'This entry cannot be read: its file was changed.',
  'check.problem.entry-other-id': 'This entry’s file holds a different entry.',
  'check.problem.version-changed': 'This entry was changed after the package was made.',
  'check.problem.versions-added-or-removed':
    'Versions were added to this entry, or taken out of it.',
  'check.problem.photo-changed':
    'A photo or voice note of this entry was changed after the package was made.',
  'check.problem.photo-missing': 'A photo or voice note this entry names is not in the package.',
  'check.problem.chain-broken':
    'The chain breaks at this entry: it, or an entry just before it, was taken out, added or moved.',
  'check.problem.chain-end-changed':
    'The end of the chain does not match: entries were taken off the end, or added.',
  'check.problem.receipt-invalid':
    'The time-stamp receipt of this version does not match it, or was not signed by the service the package names.',
} as const;
