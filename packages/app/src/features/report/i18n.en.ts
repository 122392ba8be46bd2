// The report's words. On screen they speak to the person; on paper they speak
// plainly to whoever reads it (an advocate, a therapist, a lawyer), and name no app.
export const reportEn = {
  'report.title': 'Report',
  'report.intro':
    'Make a record of your journal that you can print or save as a PDF, to share with an advocate, a therapist or a lawyer if you choose. You decide what goes in it.',
  'report.note':
    'A printed or saved copy is not locked. Keep it somewhere only you can reach, or give it straight to the person you trust.',
  'report.loading': 'Opening your journal…',
  'report.loadFailed': 'Your journal could not be opened. Nothing has been changed. Try again.',
  'report.tryAgain': 'Try again',
  'report.empty':
    'There is nothing to put in a report yet. Once you have written in your journal, you can make one here.',

  'report.choose.title': 'What to include',
  'report.choose.when': 'Dates',
  'report.choose.from': 'From',
  'report.choose.to': 'To',
  'report.choose.rangeError': 'The “From” date is after the “To” date. Please check them.',
  'report.choose.harms': 'Kinds of harm',
  'report.choose.harmsHint': 'Entries with any of the ticked kinds are included.',
  'report.choose.noHarm': 'Entries with no kind of harm noted',
  'report.choose.allHarms': 'Tick all',
  'report.choose.noHarms': 'Untick all',
  'report.choose.parts': 'Parts of the report',
  'report.choose.summary': 'A summary (counts, incidents, and the time between them)',
  'report.choose.timeline': 'The timeline, as a table',
  'report.choose.fullText': 'What you wrote in each entry',
  'report.choose.originals': 'For edited entries, also what you first wrote',
  'report.choose.injuries': 'Injuries and witnesses',
  'report.choose.photos': 'The photos, each with the fingerprint (SHA-256) of its stored file',
  'report.choose.pinnedOnly': 'Only pinned entries',
  'report.count': { other: 'Entries that will be in the report: {count}' },
  'report.countNone':
    'No entries match these choices. Try a wider range of dates or more kinds of harm.',
  'report.print': 'Print or save as PDF',
  'report.printHint':
    'Your device’s print window opens. To keep a file, choose “Save as PDF” as the printer.',
  'report.preview': 'Preview',

  'report.doc.title': 'Record of events',
  'report.doc.range': 'Events from {from} to {to}',
  'report.doc.rangeOpen': 'All recorded events',
  'report.doc.made': 'Prepared on {date}',
  'report.doc.harms': 'Kinds of harm included: {list}',
  'report.doc.harmsAll': 'Kinds of harm included: all',
  'report.doc.pinnedOnly': 'Only entries the writer chose to pin are included.',
  'report.digestsWorking': 'Working out each entry’s digest. Wait for it before you print.',
  'report.entry.digest': 'Digest of this version (SHA-256): {digest}',
  'report.entry.digestMissing':
    'The digest of this version could not be worked out: a photo or voice note it names cannot be read on this device.',
  'report.doc.about':
    'This is a personal record, written by the person it belongs to at the times shown as “Written down”. That time was taken from this device’s own clock when each entry was first saved, and the app it was kept in does not let anyone edit it. Where a version has a time-stamp receipt, the receipt, not the device’s clock, shows when it existed. When an entry was edited later, the earlier version was kept, and the edit is noted with its date.',
  'report.doc.notAssessment':
    'It is not a diagnosis or an assessment of anyone. Any figures below only count what was written down.',
  'report.doc.entries': { other: 'Entries in this report: {count}' },

  'report.summary.title': 'Summary',
  'report.summary.stagesCaption': 'Entries by stage of the cycle',
  'report.summary.harmsCaption': 'Entries by kind of harm',
  'report.summary.stage': 'Stage',
  'report.summary.harm': 'Kind of harm',
  'report.summary.count': 'Entries',
  'report.summary.noHarm': 'No kind noted',
  'report.summary.incidents': {
    other: 'Entries describing an incident of harm: {count}. Separate occasions: {occasions}.',
  },
  'report.summary.incidentsNone': 'No entry in this report describes an incident of harm.',
  'report.summary.gaps':
    'Days between one occasion and the next: shortest {shortest}, longest {longest}, typically {median}.',
  'report.summary.oneOccasion': 'There is one occasion, so no time between occasions to show.',
  'report.summary.patternTitle': 'Over time',
  'report.summary.too-few':
    'There are too few occasions recorded here to describe any change over time.',
  'report.summary.steady':
    'Across these entries, there is no clear change in how often incidents were recorded or how severe they felt.',
  'report.summary.changed': 'Comparing the earlier occasions with the later ones, incidents were:',
  'report.summary.closer': {
    one: 'closer together (about every day, from about every {early})',
    other: 'closer together (about every {count} days, from about every {early})',
  },
  'report.summary.fartherApart': {
    one: 'farther apart (about every day, from about every {early})',
    other: 'farther apart (about every {count} days, from about every {early})',
  },
  'report.summary.moreSevere': 'felt as more severe (on average {recent} out of 5, from {early})',
  'report.summary.lessSevere': 'felt as less severe (on average {recent} out of 5, from {early})',
  'report.summary.patternNote':
    'This describes the record only. It is not a prediction, and it is worth talking through with an advocate.',

  'report.timeline.title': 'Timeline',
  'report.timeline.caption': 'Every entry in this report, oldest first',
  'report.timeline.date': 'When it happened',
  'report.timeline.stage': 'Stage',
  'report.timeline.harms': 'Kinds of harm',
  'report.timeline.severity': 'How severe it felt (1 to 5)',
  'report.timeline.written': 'Written down',

  'report.entries.title': 'Entries',
  'report.entry.heading': '{date}: {stage}',
  'report.entry.written': 'Written down on {when}.',
  'report.entry.edited': 'Edited on {when}.',
  'report.entry.receipt': 'Existed no later than {time}, per {authority}.',
  'report.entry.original': 'As first written, on {when} (only what has changed since)',
  'report.entry.originalSame': 'The text was not changed in the edit.',
  'report.entry.severity': '{severity} out of 5',
  'report.entry.photos': { other: 'Photos kept with this entry (not printed here): {count}' },
  'report.entry.voiceTitle': {
    one: 'A voice note kept with this entry (to play, see the evidence package):',
    other: 'Voice notes kept with this entry (to play, see the evidence package): {count}',
  },
  'report.entry.voice': 'Voice note {n}, {length} long.',
  'report.entry.photoAlt': 'Photo {n} kept with this entry',
  'report.entry.photoCaption': 'Photo {n}. SHA-256 of the stored file: {digest}',
  'report.entry.voiceDigest': 'SHA-256: {digest}',
  'report.entry.voiceUnread': 'Its sound could not be read on this device.',
  'report.entry.details': 'Details for a court or advocate',
  'report.entry.noText': 'Nothing was written for this entry beyond the details above.',
} as const;
