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
  'backup.back': 'Back',
  'relay.unreadable':
    'The settings for backup on the server could not be read, perhaps because a newer version of Steady saved them. They are kept as they are, so that the key in them is not lost; backup on the server cannot be turned on here until they can be read.',
  'relay.title': 'Backup on the server',
  'relay.intro':
    'Steady can keep a copy of your encrypted backup on this service’s server, so it survives if this phone is lost or taken. It is locked before it leaves the phone: the server only ever holds data it cannot read. Once this is on, Steady sends a new copy a few seconds after each change.',
  'relay.unavailable':
    'This service does not keep backups on its server. Use a backup file instead.',
  'relay.turnOn': 'Turn on backup on the server',
  'relay.uploading': 'Sending the encrypted backup…',
  'relay.last': 'Backed up on the server: {when}.',
  'relay.never': 'Not backed up on the server yet.',
  'relay.now': 'Back up now',
  'relay.showKey': 'Show my server backup key',
  'relay.turnOff': 'Turn off',
  'relay.offNote':
    'Turning it off stops new copies. Copies already on the server stay there, locked with your passphrase.',
  'relay.keyLabel': 'Your server backup key',
  'relay.keyHint':
    'Write this key down and keep it away from this phone. With it and your passphrase you can bring everything back on another phone. You can see it here again while Steady is unlocked.',
  'relay.problem.offline':
    'The backup server could not be reached. Check the connection and try again.',
  'relay.problem.not-found':
    'The server has no backup for that key. Check the key and try again. Nothing was changed.',
  'relay.problem.too-large':
    'The backup is larger than this server accepts. Save a backup file instead.',
  'relay.problem.busy': 'The backup server is busy. Try again in a few minutes.',
  'relay.problem.failed': 'Something went wrong with the backup server. Try again later.',
  'relay.sync.working': 'Bringing your other devices up to date…',
  'relay.sync.sending': 'Sending your encrypted changes: {done} of {total} MB…',
  'relay.sync.fetching': 'Fetching changes from your other devices: part {done} of {total}…',
  'relay.sync.last': 'Your devices were last brought up to date: {when}.',
  'relay.sync.unsent': {
    one: '1 change made here is still to be sent.',
    other: '{count} changes made here are still to be sent.',
  },
  'relay.sync.howTo':
    'To use Steady on another device too (a safer computer, a new phone), choose “Restore from the server” there, with this key and your passphrase. After that, each device sends its changes to the others, a few seconds after they are made. If two devices change the same answer at the same moment, both texts are kept and you choose.',
  'relay.sync.problem.offline':
    'Your other devices could not be brought up to date: the server could not be reached. Steady will try again.',
  'relay.sync.usage': 'Space your backup uses on the server: {used} of {quota} MB.',
  'relay.sync.problem.quota':
    'Your backup has used all the space this server gives it. What you write is safe on this device, but new changes are not backed up or sent to your other devices until there is space: ask the service that runs the server.',
  'relay.sync.problem.too-large':
    'Something here is larger than this server accepts, so it stays on this device only for now.',
  'relay.sync.problem.rolled-back':
    'The server holds less than this device has already seen, so Steady is not taking anything from it. Nothing here was changed. Tell the service that runs the server.',
  'relay.sync.problem.unreadable':
    'This device’s record of what it has sent could not be read, so keeping devices up to date is paused. Everything you wrote is still here.',
  'relay.sync.problem.failed':
    'Your other devices could not be brought up to date just now. Steady will try again.',
  'relay.problem.full':
    'The backup server is full, so your latest changes are not on it yet. Everything you wrote is safe on this device, and nothing here was changed. Steady will try again later; the service that runs the server can make room.',
  'relay.problem.quota':
    'Your backup has used all the space this server gives it, so the latest copy is not on it. Everything you wrote is safe on this device, and nothing here was changed. Steady will try again later; the service that runs the server can give it more room.',
  'relay.sync.problem.full':
    'The backup server is full, so your other devices do not get new changes for now. Everything you wrote is safe on this device. Steady will try again later.',
  'relay.delete.ask': 'Delete my copy on the server',
  'relay.delete.explain':
    'Steady will ask the server to delete your copy there: every version it keeps. The server waits {delay} before deleting it, until {date}, so that you can change your mind. Until then nothing more is sent to the server, and you can cancel here. Nothing on this device is deleted.',
  'relay.delete.explainUnknown':
    'Steady will ask the server to delete your copy there: every version it keeps. The server waits a few days before deleting it, so that you can change your mind. Until then nothing more is sent to the server, and you can cancel here. Nothing on this device is deleted.',
  'relay.delete.days': { one: '1 day', other: '{count} days' },
  'relay.delete.hours': { one: '1 hour', other: '{count} hours' },
  'relay.delete.confirm': 'Ask the server to delete it',
  'relay.delete.keep': 'Keep it',
  'relay.delete.pending': 'Your server copy will be deleted on {date}.',
  'relay.delete.pendingNote':
    'Until then nothing more is sent to the server, and everything stays on this device. If you did not ask for this, or you have changed your mind, you can cancel it.',
  'relay.delete.cancel': 'Cancel the deletion',
  'relay.delete.cancelled':
    'The deletion is cancelled: your copy stays on the server, and backup goes on.',
  'relay.delete.failed':
    'The server did not take the request. Nothing was changed. Try again later.',
  'relay.restoreTitle': 'Restore from the server',
  'relay.restoreIntro':
    'If you turned on backup on the server, type your server backup key and the passphrase that was in use. The newest copy replaces what is on this phone.',
  'relay.key': 'Server backup key',
  'relay.needKey': 'Type your server backup key.',
  'relay.badKey':
    'That is not a complete server backup key. Check for a missing or mistyped group.',
  'relay.restore': 'Restore from the server',
} as const;
