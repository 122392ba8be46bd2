// The words of "Alert my people" (Home and Help, once the vault is open).
export const alertEn = {
  'alert.title': 'Alert my people',
  'alert.intro':
    'One tap opens your phone’s messages app with a message to the people you chose in your safety plan. Steady sends nothing itself: you press send there.',
  'alert.to': 'Send to',
  'alert.noNumber': 'Not listed, because your plan has no phone number for them: {names}.',
  'alert.message': 'Your message',
  'alert.messageHint':
    'It starts with your code word, and you can change it. Keep it short. Leave out where you are going, when, or anything else about your plan, in case someone else sees this phone or theirs.',
  'alert.noCodeWord':
    'Write a few words your people will understand, or agree a code word with them and add it to your plan. Leave out where you are going, when, or anything else about your plan, in case someone else sees this phone or theirs.',
  'alert.practice': 'Practice mode: go through the steps without opening messages',
  'alert.practiceSend': 'Practise the alert',
  'alert.send': 'Open messages to alert them',
  'alert.chooseSomeone': 'Choose at least one person to send it to.',
  'alert.practised':
    'Only practice: nothing opened and nothing was sent. For real, your messages app would open with your message to {names}, and you would press send there.',
  'alert.practiceHint': 'While practising, Steady does not open your messages app.',
  'alert.afterHint':
    'Check the message in your messages app, then press send. It stays in your messages afterwards. You could delete it, if a missing message would not draw attention.',
  'alert.nobody':
    'No one in your safety plan has a phone number yet. Add someone you trust, with their number, and they will show here.',
  'alert.toPlan': 'Go to my safety plan',
  'alert.unreadable':
    'Your safety plan could not be read, so your people cannot be shown here. Nothing in it was changed.',
} as const;
