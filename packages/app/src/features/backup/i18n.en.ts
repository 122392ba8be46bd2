export const backupEn = {
  'backup.title': 'Backup',
  'backup.intro':
    'A backup file keeps what you have written safe if this phone is lost, broken or taken. It is locked with the same passphrase as Steady: without it, no one can read the file.',
  'backup.save': 'Save an encrypted backup file',
  'backup.saving': 'Making the backup file…',
  'backup.saved': 'The backup file is saved: {name}. Move it somewhere only you can reach.',
  'backup.saveFailed': 'The backup file could not be made. Please try again.',
  'backup.where':
    'Keep it somewhere only you can reach, away from this phone: a USB stick, an email account or cloud storage that only you use, or with someone you trust.',
  'backup.downloads':
    'Your browser may show the file in its list of downloads, where someone using this phone could see it. You can remove it from that list after you have moved the file.',
  'backup.restoreTitle': 'Restore from a backup file',
  'backup.restoreIntro':
    'Bring back what you kept in Steady from a backup file you saved before. You will need the passphrase that was in use when the backup was made.',
  'backup.file': 'Backup file',
  'backup.passphrase': 'The backup’s passphrase',
  'backup.confirmReplace':
    'I understand this replaces everything in Steady on this device now with what is in the backup.',
  'backup.restore': 'Restore the backup',
  'backup.restoring': 'Checking and restoring the backup. This can take a few seconds.',
  'backup.restored':
    'The backup is restored. Steady is locked: unlock it with the backup’s passphrase.',
  'backup.needFile': 'Choose a backup file first.',
  'backup.needPassphrase': 'Type the backup’s passphrase.',
  'backup.needConfirm': 'Tick the box to confirm that the backup should replace what is here.',
  'backup.error.not-a-backup': 'This is not a Steady backup file. Nothing was changed.',
  'backup.error.unsupported-version':
    'This backup was made by a newer version of Steady. Update Steady and try again. Nothing was changed.',
  'backup.error.truncated':
    'This backup file is incomplete, perhaps because the download or copy did not finish. Nothing was changed.',
  'backup.error.corrupt':
    'This backup file is damaged and cannot be read. Try another copy. Nothing was changed.',
  'backup.error.tampered':
    'This backup file has been changed since it was made, so it cannot be trusted. Nothing was changed.',
  'backup.error.too-large': 'This file is too large to be a Steady backup. Nothing was changed.',
  'backup.error.wrong-passphrase':
    'That passphrase does not open this backup. Use the passphrase that was in use when the backup was made. Nothing was changed.',
  'backup.error.different-vault':
    'The backup could not be made. Lock Steady, unlock it and try again.',
  'backup.error.changed':
    'Steady changed on this device while the backup was being checked. Nothing was replaced; please try again.',
  'backup.error.failed': 'The backup could not be restored. Nothing was changed.',
  'backup.setupRestore': 'Restore from a backup instead',
  'backup.back': 'Back',
} as const;
