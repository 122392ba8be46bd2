// The words of the urge tools ("Staying gone"), written to the Voice in
// content-guide.md: the urge is allowed, contact is not a failure, no blame.
export const urgesEn = {
  'urges.title': 'The pull to reach out',
  'urges.ack':
    'Wanting to contact them does not mean you are weak, or that leaving was wrong. A bond like this often pulls hardest when you are apart. The urge is allowed. The action can wait.',
  'urges.strength': 'How strong is it right now?',
  'urges.strengthHint': '0 is barely there. 10 is as strong as it gets.',
  'urges.strengthValue': '{value} out of 10',
  'urges.pulls': 'What is pulling you? Choose any that fit.',
  'urges.pull.missing-them': 'Missing them',
  'urges.pull.guilt': 'Guilt',
  'urges.pull.loneliness': 'Loneliness',
  'urges.pull.fear': 'Fear',
  'urges.pull.closure': 'Wanting closure or answers',
  'urges.pull.they-contacted-me': 'They contacted me',
  'urges.pull.other': 'Something else',
  'urges.note': 'Anything you want to note (optional)',
  'urges.next': 'Next: your own words',
  'urges.settingsUnreadable':
    'Your settings for this screen could not be read, perhaps because a newer version of Steady saved them. They are kept as they are; until they can be read the usual settings are shown and cannot be changed here.',
  'urges.saveError': 'That could not be saved, so nothing was changed. Please try again.',

  'urges.remindTitle': 'In your own words',
  'urges.remindersTitle': 'Your reminders',
  'urges.remindersNone':
    'You have not written any reminders yet. You could add some: why you left, what you deserve.',
  'urges.pinnedTitle': 'What happened, as you wrote it',
  'urges.ifthenTitle': 'Your if-then plans',
  'urges.ifthenIntro':
    'A plan written as “if this happens, then I will do that” makes it easier to do what you meant to. In a review of 94 tests, plans like these helped people reach their goals, with a medium-to-large effect.',
  'urges.ifthenLine': 'If {when}, then {then}',
  'urges.ifthenNone': 'You have no if-then plans yet.',

  'urges.insteadTitle': 'Things you could do instead',
  'urges.textPerson': 'Text {name}',
  'urges.callPerson': 'Call {name}',
  'urges.noPeople': 'You can add someone you trust to text or call instead.',
  'urges.breathe': 'Slow breathing',
  'urges.breatheHint': 'Breathing slowly, with a longer breath out, can steady the body.',
  'urges.groundTitle': 'Grounding: 5, 4, 3, 2, 1',
  'urges.groundIntro':
    'One option that helps some people come back to the room. Look around and name:',
  'urges.ground5': '5 things you can see',
  'urges.ground4': '4 things you can touch',
  'urges.ground3': '3 things you can hear',
  'urges.ground2': '2 things you can smell',
  'urges.ground1': '1 thing you can taste',
  'urges.walkTitle': 'A short walk',
  'urges.walkBody':
    'If it is safe to go out, a ten-minute walk can give the urge time to pass. You could leave the phone in your pocket.',

  'urges.unsentTitle': 'Write what you want to say',
  'urges.unsentHint': 'Write it here instead. It is kept locked in Steady and is never sent.',
  'urges.unsentLabel': 'Your message (never sent)',
  'urges.unsentSave': 'Keep it, unsent',
  'urges.unsentSaved': 'Kept. It stays here, locked, and no one receives it.',
  'urges.unsentListTitle': 'Messages you kept, unsent',

  'urges.holdTitle': 'Wait 24 hours',
  'urges.holdBody':
    'You do not have to decide anything now. The urge can stay; the action waits a day. In a study of students who smoked, riding out urges like this did not make them smaller, but it changed what people did with them.',
  'urges.holdStart': 'Start a 24-hour hold',
  'urges.holdRunning': 'Your 24-hour hold',
  'urges.holdLeft': '{hours} h {minutes} min {seconds} s left',
  'urges.holdEnded': 'The 24 hours are up. Whatever happened, you can note it here.',
  'urges.outcomeOpen': 'Record what happened',
  'urges.outcomeTitle': 'What happened?',
  'urges.outcome.did-not-contact': 'I did not contact them',
  'urges.outcome.contacted': 'I contacted them',
  'urges.outcome.they-contacted-me': 'They contacted me',
  'urges.feeling': 'How do you feel now?',
  'urges.feelingHint': '0 is awful. 10 is steady.',
  'urges.outcomeSave': 'Save what happened',
  'urges.outcomeSaved.did-not-contact':
    'Saved. The urge came, and you let it pass without acting on it.',
  'urges.outcomeSaved.contacted':
    'Saved. Reaching out does not undo what you have done so far. Missing them, and going back, happen to many people on the way out. If you feel less safe after the contact, an advocate can help you plan.',
  'urges.outcomeSaved.they-contacted-me':
    'Saved. Their contact is not something you did. If it frightened you, you could talk it through with an advocate.',

  'urges.logTitle': 'Your urge log',
  'urges.logIntro':
    'Week by week: how often the pull came, how strong it was, and when there was contact. For many people it fades slowly, with ups and downs. In one study of 75 women who had recently left an abusive partner, the attachment was still there six months later, but about a quarter weaker.',
  'urges.logEmpty': 'Nothing logged yet. Each time you use “I want to reach out”, it shows here.',
  'urges.chartTitle': 'Urges per week and their average strength',
  'urges.chartDesc':
    'Bars show how many urges came each week. The line shows their average strength, from 0 to 10. Marks along the bottom show weeks with contact. The table below has the same figures.',
  'urges.chartFew':
    'A chart appears here once urges are logged in two different weeks, so you can see how the pull changes. The table below has the figures so far.',
  'urges.tableCaption': 'Urges by week',
  'urges.col.week': 'Week starting',
  'urges.col.urges': 'Urges',
  'urges.col.strength': 'Average strength',
  'urges.col.contacts': 'Contacts',
  'urges.noStrength': 'none logged',
  'urges.trend.falling': 'Over these weeks, the pull has been getting weaker.',
  'urges.trend.flat':
    'Over these weeks, the pull has stayed about the same. That is common, and it can still change.',
  'urges.trend.rising':
    'Over these weeks, the pull has been getting stronger. Hard weeks happen. It may help to talk to someone you trust, or to an advocate.',
  'urges.trend.too-few': 'A few more weeks of entries will show which way it is going.',
  'urges.notDiagnosis': 'This is your own record. It is not a diagnosis or therapy.',
  'urges.days': { other: 'Days without contact: {count}' },
  'urges.daysNone':
    'The count starts from a contact you record, or from the last contact date you can set in your reminders and plans.',
  'urges.daysNote': 'Healing is measured by what keeps you safe, not by a number.',
  'urges.daysHide': 'Hide the count',
  'urges.daysShow': 'Show the count of days without contact',

  'urges.manageTitle': 'Your reminders and plans',
  'urges.reminderLabel': 'A reminder to yourself',
  'urges.reminderHint': 'For example: why you left, what you deserve.',
  'urges.reminderAdd': 'Add reminder',
  'urges.reminderEdit': 'Edit this reminder',
  'urges.edit': 'Edit',
  'urges.save': 'Save',
  'urges.cancel': 'Cancel',
  'urges.delete': 'Delete',
  'urges.ifWhen': 'If…',
  'urges.ifWhenHint': 'For example: I want to message them at night',
  'urges.ifThen': 'Then I will…',
  'urges.ifThenHint': 'For example: text my sister and put the phone in another room',
  'urges.ifAdd': 'Add plan',
  'urges.peopleTitle': 'People to text or call instead',
  'urges.peopleFromPlan': 'From your safety plan:',
  'urges.personName': 'Name',
  'urges.personPhone': 'Phone number',
  'urges.personAdd': 'Add person',
  'urges.personInvalid':
    'Please give a name, and a phone number written with digits (spaces, dashes and a leading + are fine).',
  'urges.lastContact': 'Your last contact before using Steady (optional)',
  'urges.lastContactHint': 'The count of days without contact can start from this date.',
  'urges.saved': 'Saved.',
  'urges.emptyText': 'Please write something first.',

  'urges.toLog': 'Your urge log',
  'urges.toManage': 'Your reminders and plans',
  'urges.toStart': 'I want to reach out',
  'urges.views': 'Staying gone',
} as const;
