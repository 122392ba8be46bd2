// Strings for the progress view. A bad week is part of healing, never a failure.
export const progressEn = {
  'progress.title': 'Your progress',
  'progress.intro':
    'Recovery is not a straight line. Hard weeks come, even months in, and they do not undo what you have done. Look at the longer lines: they show the direction over weeks and months.',
  'progress.notDiagnosis':
    'This is your own record, not a diagnosis or a score. If things feel worse for a long time, an advocate or counsellor can help.',
  'progress.loadFailed': 'Your check-ins could not be opened just now. Please reload the page.',
  'progress.empty':
    'Nothing to show yet. Your daily check-ins, urges and the steps you log will appear here over time.',
  'progress.views': 'Show progress by',
  'progress.byWeek': 'Weeks',
  'progress.byMonth': 'Months',
  'progress.noValue': 'none',

  'progress.feltTitle': 'How you have felt',
  'progress.measure': 'Scale to show',
  'progress.urgeNote': 'On this scale, lower is easier: a weaker pull to contact them.',
  'progress.feltChartWeeks': '{measure}, week by week',
  'progress.feltChartMonths': '{measure}, month by month',
  'progress.feltDescWeeks':
    'Dots: the average each week, 0 to 10. Line: the average over the last four weeks. Weeks without check-ins are left as gaps.',
  'progress.feltDescMonths':
    'Dots: the average each month, 0 to 10. Line: the average over the last three months. Months without check-ins are left as gaps.',
  'progress.feltFewWeeks':
    'A chart appears here once this scale has answers from two different weeks. Until then, the table below shows what there is.',
  'progress.feltFewMonths':
    'A chart appears here once this scale has answers from two different months. Until then, the table below shows what there is.',
  'progress.feltCaptionWeeks': '{measure} by week, newest first (out of 10)',
  'progress.feltCaptionMonths': '{measure} by month, newest first (out of 10)',
  'progress.col.average': 'Average',
  'progress.col.week': 'Week of',
  'progress.col.month': 'Month',
  // A non-breaking hyphen (U+2011): the heading never breaks into “Check-” and “ins”.
  'progress.col.checkIns': 'Check‑ins',
  'progress.col.steadiness': 'Steadiness',
  'progress.col.sleep': 'Sleep',
  'progress.col.safety': 'Feeling safe',
  'progress.col.feelingLikeMyself': 'Feeling like yourself',
  'progress.col.urge': 'Pull to contact',
  'progress.col.rollingWeeks': 'Last 4 weeks',
  'progress.col.rollingMonths': 'Last 3 months',

  'progress.stepsTitle': 'Urges and steps forward',
  'progress.stepsDesc':
    'Bars: freedoms practised and connections renewed. Line: the average strength of the urges you logged, 0 to 10.',
  'progress.stepsFewWeeks':
    'A chart appears here once you have logged urges or steps forward in two different weeks. Until then, the table below shows what there is.',
  'progress.stepsFewMonths':
    'A chart appears here once you have logged urges or steps forward in two different months. Until then, the table below shows what there is.',
  'progress.stepsCaptionWeeks': 'Urges, freedoms and connections by week, newest first',
  'progress.stepsCaptionMonths': 'Urges, freedoms and connections by month, newest first',
  'progress.col.freedoms': 'Freedoms',
  'progress.col.connections': 'Connections',
  'progress.col.urges': 'Urges',
  'progress.col.urgeStrength': 'Strength',

  'progress.daysTitle': 'The last four weeks, day by day',
  'progress.daysDesc':
    'Dots: the chosen scale on each day you checked in. Line: the average over the last seven days. Days without a check-in are gaps, not zeros.',
  'progress.daysFew':
    'A chart appears here once this scale has answers from two different days in the last four weeks. Until then, the table below shows what there is.',
  'progress.daysCaption': 'Daily check-ins, newest first',
  'progress.col.date': 'Date',
  'progress.col.rolling7': 'Last 7 days',
} as const;
