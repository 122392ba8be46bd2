// Trusted timestamps, in Settings: what is sent, said plainly before anything is.
export const timestampsEn = {
  'timestamps.title': 'Trusted timestamps',
  'timestamps.intro':
    'A time-stamping service can sign the time it received a fingerprint of each journal entry. Later, that signed receipt shows the entry existed by then and was not changed.',
  'timestamps.what':
    'Only the fingerprint is sent, a code worked out from the entry. Never its words, photos or voice notes, and the code cannot be turned back into them. The service here is the server this app backs up to.',
  'timestamps.toggle': 'Get trusted timestamps for my entries on this device',
  'timestamps.saved': 'Saved.',
  'timestamps.saveFailed': 'This could not be saved. Nothing was changed. Please try again.',
  'timestamps.unreadable': 'This setting could not be read, so it stays off. Nothing was changed.',
} as const;
