// The words around the Learn chapters. The chapters themselves are long-form
// content and live in content/learn, one file per language.
export const learnEn = {
  'learn.title': 'Learn',
  'learn.intro':
    'Short chapters in plain words about trauma bonds: how they form, why they hold so tight, and what can help. Read them in any order, at your own pace, and stop whenever you like.',
  'learn.loading': 'Opening the chapters…',
  'learn.loadError': 'The chapters could not be opened just now.',
  'learn.retry': 'Try again',
  'learn.minutes': {
    one: 'About {count} minute to read',
    other: 'About {count} minutes to read',
  },
  'learn.whatHelps': 'What helps',
  'learn.chapterNav': 'Other chapters',
  'learn.previous': 'Previous: {title}',
  'learn.next': 'Next: {title}',
  'learn.backToList': 'All chapters',
  'learn.selfCheckPrompt':
    'Want to see how this fits your own life? The self-check is a quiet way to look, with no score.',
  'learn.selfCheckOpen': 'Open the self-check',
} as const;
