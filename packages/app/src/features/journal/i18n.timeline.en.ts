// The timeline's words: what the chart, its tables and the pattern say.
export const journalTimelineEn = {
  'journal.timeline.title': 'Timeline',
  'journal.timeline.intro':
    'Each mark is a day you wrote about, placed by how severe it felt. Shapes and colours show the stage. Tap a mark to open that day’s entry.',
  'journal.timeline.empty': 'The timeline appears once you have written an entry.',
  'journal.timeline.emptyMore':
    'Each day you write about will show as a mark, placed by how severe it felt, with its stage as a shape and a colour. Over time, patterns show here too, such as incidents coming closer together.',
  'journal.timeline.one':
    'So far you have written about one day: {date}. Once you have written about two or more days, each shows here as a mark along a line, placed by how severe it felt, so you can see how things change over time.',
  'journal.timeline.openOne': 'Open that entry',
  'journal.timeline.marks':
    'Days on the chart. Use the arrow keys to move between them and Enter to open one.',
  'journal.timeline.mark': '{date}: {stage}, severity {severity} of 5',
  // A day with more than one entry.
  'journal.timeline.markMany': {
    one: '{date}: {stage}, severity {severity} of 5, {count} entry',
    other: '{date}: {stage}, severity {severity} of 5, {count} entries',
  },
  'journal.timeline.chartTitle': 'Entries over time, by stage and severity',
  // {daysPart} and {cyclesPart} are the two counted phrases that follow.
  'journal.timeline.chartDesc':
    'From {from} to {to}: {daysPart}, {cyclesPart}. The same figures are in the tables below.',
  'journal.timeline.chartDays': {
    one: '{count} day with entries',
    other: '{count} days with entries',
  },
  'journal.timeline.chartCycles': { one: '{count} cycle found', other: '{count} cycles found' },
  'journal.timeline.legend': 'Key',
  'journal.timeline.cycleBand': 'A cycle',
  'journal.timeline.monthsCaption': 'Entries by month',
  'journal.timeline.month': 'Month',
  'journal.timeline.entries': 'Entries',
  'journal.timeline.incidents': 'Incidents',
  'journal.timeline.highest': 'Most severe',
  'journal.timeline.cyclesTitle': 'Cycles',
  'journal.timeline.cyclesIntro':
    'A cycle runs from tension or an incident through to repair or calm, as you recorded them.',
  'journal.timeline.cyclesCaption': 'Cycles found, most recent first',
  // Shown only when there are more cycles than fit, so never for one.
  'journal.timeline.cyclesSome': { other: 'Showing the most recent {shown} of {count} cycles.' },
  'journal.timeline.cyclesNone': 'No full cycle is recorded yet.',
  'journal.timeline.cycleStart': 'Started',
  'journal.timeline.cycleIncident': 'Incident',
  'journal.timeline.cycleEnd': 'Ended',
  // In the Ended column, for the most recent cycle when no calm has followed its harm.
  'journal.timeline.cycleOpen': 'Not over yet',
  'journal.timeline.daysSince': 'Days since the incident before',
  'journal.timeline.daysNone': 'First',
  'journal.timeline.patternTitle': 'What your record shows',
  'journal.timeline.too-few':
    'There are not enough incidents recorded yet to see a direction. That is fine: your record is here whenever you want it.',
  'journal.timeline.escalating': 'In what you have recorded, lately incidents have been:',
  'journal.timeline.steady':
    'In what you have recorded, there is no clear change in how often incidents happen or how severe they feel.',
  'journal.timeline.easing': 'In what you have recorded, lately incidents have been:',
  'journal.timeline.closer': {
    one: 'closer together (about every day, from every {early})',
    other: 'closer together (about every {count} days, from every {early})',
  },
  'journal.timeline.fartherApart': {
    one: 'farther apart (about every day, from every {early})',
    other: 'farther apart (about every {count} days, from every {early})',
  },
  'journal.timeline.moreSevere': 'more severe (on average {recent} out of 5, from {early})',
  'journal.timeline.lessSevere': 'less severe (on average {recent} out of 5, from {early})',
  'journal.timeline.advocate':
    'This describes your record, not you, and it is not a prediction. It can be worth talking over with an advocate, who can help you think about safety. How does it match your own sense of things?',
  'journal.timeline.easingNote':
    'Quieter spells can be part of the cycle too. An advocate can help you think it through.',
} as const;
