// The words around the self-check. Its statements, reflections and results are
// long-form content in content/selfcheck. Nothing here counts or scores.
export const selfcheckEn = {
  'selfcheck.loading': 'Opening the self-check…',
  'selfcheck.loadError': 'The self-check could not be opened just now.',
  'selfcheck.retry': 'Try again',
  'selfcheck.exitReminder':
    'Quick exit is always at the top of the screen, and pressing Shift three times leaves at once.',
  'selfcheck.start': 'Start',
  'selfcheck.startAgain': 'Start again',
  'selfcheck.pausedBefore':
    'You paused a self-check earlier. You can carry on where you left off, or start again.',
  'selfcheck.history': 'Past check-ins',

  'selfcheck.part': 'Part {n} of {total}',
  'selfcheck.skip': 'Skip',
  'selfcheck.next': 'Next',
  'selfcheck.back': 'Back',

  'selfcheck.pausedTitle': 'Paused',
  'selfcheck.pausedKept':
    'Your answers so far are kept, locked, on this device. Come back whenever you like.',
  'selfcheck.pausedScreen':
    'Your answers so far are kept until you leave this screen. Take all the time you need.',
  'selfcheck.pauseError': 'Your answers could not be kept just now. Please try again.',
  'selfcheck.clearError':
    'Your paused answers could not be cleared. They stay locked on this device, and starting again clears them.',

  'selfcheck.saveTitle': 'Keep this check-in?',
  'selfcheck.saveHint':
    'Saving keeps your answers, anything you wrote and today’s date, locked on this device, so you can look back and compare later. It is up to you.',
  'selfcheck.save': 'Save this check-in',
  'selfcheck.saving': 'Saving…',
  'selfcheck.saved': 'Saved. It is kept locked on this device.',
  'selfcheck.saveError':
    'This check-in could not be saved, and nothing was kept. Please try again.',
  'selfcheck.saveNeedsVault':
    'Saving needs Steady to be set up and unlocked first. Your reflections stay on screen until you leave it.',
  'selfcheck.toStart': 'Back to the self-check',

  'selfcheck.writeHint': 'In your own words (optional)',
  'selfcheck.writtenYours': 'What you wrote:',
  'selfcheck.writtenTooLong':
    'This is longer than Steady can keep: {max} characters at most. Please shorten it. Your words stay here until you do.',
  'selfcheck.saveTooLong':
    'One of your answers is too long to keep, so nothing was saved yet. Please shorten it, then save again.',
  'selfcheck.writtenTitle': 'What you wrote',
  'selfcheck.writtenNothing': 'Nothing written this time.',
  'selfcheck.writtenUnknownQuestion': 'A question the self-check no longer asks',
  'selfcheck.historyNote':
    'These check-ins are not a diagnosis or a score. They are your own answers, kept for you to look back on.',

  'selfcheck.historyTitle': 'Past check-ins',
  'selfcheck.historyIntro': 'The self-checks you saved, newest first. Only you can open them.',
  'selfcheck.historyLoading': 'Opening your check-ins…',
  'selfcheck.historyError': 'Your check-ins could not be opened just now.',
  'selfcheck.historyEmpty':
    'No check-ins saved yet. When you finish a self-check, you can choose to save it.',
  'selfcheck.summaryNone': 'No sign showed up strongly.',
  'selfcheck.summaryNothing': 'Every statement was skipped.',
  'selfcheck.delete': 'Delete',
  'selfcheck.deleteLabel': 'Delete the check-in from {date}',
  'selfcheck.deleteConfirm': 'Delete this check-in for good? It cannot be brought back.',
  'selfcheck.deleteYes': 'Delete it',
  'selfcheck.deleteNo': 'Keep it',
  'selfcheck.deleteError': 'It could not be deleted just now. Please try again.',

  'selfcheck.compareTitle': 'Compare two check-ins',
  'selfcheck.compareIntro': 'Choose two check-ins to see which signs came up in each.',
  'selfcheck.compareNeedsTwo': 'Once you have saved two check-ins, you can compare them here.',
  'selfcheck.compareFirst': 'One check-in',
  'selfcheck.compareSecond': 'Another check-in',
  'selfcheck.compareSame': 'Choose two different check-ins.',
  'selfcheck.compare': 'Compare',

  'selfcheck.changedTitle': 'What changed',
  'selfcheck.changedBetween': 'Between {earlier} and {later}.',
  'selfcheck.changedNote':
    'This is not a diagnosis or a score, and it does not measure how you are doing. Signs come and go as life changes. Healing is rarely a straight line, and only you know what these changes mean.',
  'selfcheck.changedBoth': 'Came up both times',
  'selfcheck.changedBothSame': '{sign}: {level} both times',
  'selfcheck.changedBothDiffer': '{sign}: {before} the first time, {after} the second time',
  'selfcheck.changedOnlyLater': 'Came up only the second time',
  'selfcheck.changedOnlyEarlier': 'Came up only the first time',
  'selfcheck.changedOnlyItem': '{sign}: showed up {level}',
  'selfcheck.changedNone': 'No sign showed up in either check-in.',
  'selfcheck.changedAsk':
    'What has changed in your life between these two dates? What has stayed the same?',
  'selfcheck.level.often': 'often',
  'selfcheck.level.sometimes': 'sometimes',
  'selfcheck.backToHistory': 'Back to past check-ins',
} as const;
