// Sharing a report with an advocate through the server: the link made on the report
// screen, the list in Settings, and the page the advocate opens (open.html), which
// speaks to whoever opens it and names no app.
export const shareEn = {
  'share.title': 'Share with an advocate through the server',
  'share.intro':
    'This makes the same package and locks it with a new key that only the link holds. The server keeps the locked file and cannot open it.',
  'share.warning':
    'Anyone who has the link can open the package. Send it only to the person you trust, for example in a private message.',
  'share.make': 'Make a link to share',
  'share.making': 'Making the link…',
  'share.made': 'The link is ready. Copy it and send it to the person you trust.',
  'share.linkLabel': 'The link',
  'share.copy': 'Copy the link',
  'share.copied': 'Copied.',
  'share.copyFailed': 'It could not be copied here. Select the link and copy it yourself.',
  'share.expires': 'It can be opened until {when}.',
  'share.downloads': {
    one: 'It opens once. After that it no longer works.',
    other: 'It opens {count} times. After that it no longer works.',
  },
  'share.revokeHint': 'You can stop it before then in Settings, under “Shared links”.',
  'share.offline': 'The server could not be reached. Nothing was sent. Please try again later.',
  'share.tooLarge':
    'This package is too big to share through the server. Choose fewer entries or photos, and try again.',
  'share.busy': 'The server is busy. Nothing was sent. Please try again in a few minutes.',
  'share.full': 'The server has no room for this now. Nothing was sent.',
  'share.failed': 'The link could not be made. Nothing was changed. Please try again.',

  'shares.title': 'Shared links',
  'shares.item': {
    one: 'Made on {made}, with 1 entry.',
    other: 'Made on {made}, with {count} entries.',
  },
  'shares.active': 'It can be opened until {when}, unless it was opened already.',
  'shares.expired': 'It expired on {when}. It can no longer be opened.',
  'shares.revoked': 'You stopped it on {when}. It can no longer be opened.',
  'shares.revoke': 'Stop this link',
  'shares.revoking': 'Stopping the link…',
  'shares.revokeFailed':
    'The link could not be stopped: the server could not be reached. Please try again.',
  'shares.loadFailed': 'The shared links could not be read just now.',
  'shares.unreadable': {
    one: '1 shared link could not be read. It is kept as it is.',
    other: '{count} shared links could not be read. They are kept as they are.',
  },

  'open.title': 'Records shared with you',
  'open.intro':
    'Someone shared a package of their records with you. It opens here, in this browser. The key to it is in the link and is never sent anywhere.',
  'open.once':
    'The link may open only once. Open it when you are ready to save the package on this device.',
  'open.open': 'Open the package',
  'open.opening': 'Opening the package…',
  'open.noLink':
    'This address is not a whole link. Please ask for the link again, and open it in full.',
  'open.gone':
    'This link can no longer be opened: it was opened already, it expired, or it was stopped. Please ask the person who sent it for a new one.',
  'open.wrongKey':
    'This link does not open the package: part of it may be missing. Please copy the whole link again.',
  'open.offline':
    'The server could not be reached. Please try again when you are online. The link still works until it expires.',
  'open.failed': 'The package could not be opened. Please try again.',
  'open.opened': 'The package is open. It is not kept here: save it now to keep it.',
  'open.save': 'Save the package',
  'open.saveReport': 'Save the report (PDF)',
} as const;
