import type { HelpMessageKey } from '@steady/core';

// The Help screen's words. The directory and a deployment's local services carry
// message keys, never sentences; `data` must have a sentence for every one of
// them (HELP_MESSAGE_KEYS), so a new note in the data without its words here
// fails the typecheck instead of showing a raw key to someone in crisis.
const data = {
  'help.note.silentSolution':
    'From a mobile, if it is not safe to speak: call 999, then press 55 when you are asked.',
  'help.note.callLocalEmergency':
    'If you are in danger now, call the emergency number of the country you are in.',
  'help.note.canadaNoNationalLine':
    'Canada has no national helpline. ShelterSafe shows shelters across the country on a map, with their 24-hour lines.',
  'help.note.ontarioOnly': 'For people in Ontario.',
  'help.note.mostStates': 'Available in most states and union territories.',
  'help.note.anonymous': 'Anonymous: you do not have to give your name.',
  'help.note.notEmergency':
    'This is not an emergency line. If you are in danger now, call the emergency number.',
  'help.note.manyLanguages': 'Answers in many languages.',
  'help.note.textStart': 'Send the word START to begin.',
  'help.note.directory': 'A worldwide list of help lines, country by country.',
  'help.note.quebecOnly': 'For people in Quebec.',
  'help.note.lagosOnly': 'For people in Lagos State.',
  'help.note.police': 'Police.',
  'help.note.textOnly114':
    'By text message only, for anyone who cannot speak or hear on the phone, including when speaking would put you in danger.',
  'help.note.chooseOption1': 'When the call is answered, choose option 1.',
  'help.note.safeTimeForm':
    'On the website, a form lets you choose a safe time for them to call you back.',
  'help.note.bslInterpreter':
    'For British Sign Language: tap the sign language symbol at the top of the website. You talk to an adviser through an interpreter.',
  'help.note.crisisCounselling':
    'A line for emotional support and crisis counselling, not only for abuse.',
  'help.note.findShelter': 'Helps you find a place in a shelter, near you where possible.',
  'help.note.bogotaOnly': 'For people in Bogotá.',
  'help.note.ar137Teams':
    'In Buenos Aires City and some cities of Misiones and Chaco, a team can come to where you are.',

  'help.silent.ukSilentSolution':
    'Cough or tap the phone if that is safe. From a mobile, when a recorded message asks, press 55: you are put through to the police, who ask yes-or-no questions. From a landline, stay on the line.',
  'help.silent.frText114':
    'Send a text message to 114, day or night. It is for anyone who cannot speak on the phone, including when speaking would put you in danger. Write where you are, as exactly as you can.',
  'help.silent.usText911':
    'In some areas you can text 911. Where texting does not work yet, a message comes back to say so: then call 911 if you can.',
  'help.silent.caText911':
    'Texting 911 works only for people who are Deaf, hard of hearing or have a speech disability and have registered with their mobile provider: they call 911, and the call-taker answers by text. For everyone else, a voice call is the way to reach 911.',
  'help.silent.esWhatsapp016':
    'You can write to 016 on WhatsApp instead of calling. It is not an emergency line: if you are in danger now, call 112.',

  'help.hours.notListed': 'Opening hours not listed.',
  'help.hours.website': 'A website: open at any time.',
  'help.hours.officeHours': 'Office hours.',
  'help.hours.weekdays8ToMidnight':
    'Monday to Friday, 8 in the morning to midnight. Closed on public holidays.',
  'help.hours.monThu10To2030Fri10To1630':
    'Monday to Thursday, 10 in the morning to 8:30 in the evening. Friday, 10 in the morning to 4:30 in the afternoon.',
  'help.hours.weekdays10To6': 'Monday to Friday, 10 in the morning to 6 in the evening.',
  'help.hours.always': 'Open 24 hours, every day',

  'help.trace.callLog':
    'A call to this line may stay in the phone’s call log. You might want to delete it afterwards.',
  'help.trace.browserHistory':
    'Visiting this website leaves it in the browser’s history, unless you delete it or use a private window.',
  'help.trace.chat':
    'The chat is on their website, so the site stays in this browser’s history. A private window leaves no history. Close the tab when you are done.',
  'help.trace.webForm':
    'The form is on their website, so the site stays in this browser’s history. A private window leaves no history.',

  'help.serves.anyone': 'For anyone living with abuse, and for people worried about someone.',
  'help.serves.women': 'For women.',
  'help.serves.womenLgbtq': 'For women and LGBTI+ people.',
  'help.serves.womenChildren': 'For women and children.',
  'help.serves.men': 'For men.',
  'help.serves.lgbtq': 'For LGBT+ people.',
  'help.serves.deaf': 'For Deaf people who sign.',
  'help.serves.native': 'For Native Americans and Alaska Natives.',
  'help.serves.indigenous': 'For Indigenous people.',
  'help.serves.indigenousWomen': 'For Indigenous women.',

  'help.kind.call': 'Call',
  'help.kind.text': 'Text',
  'help.kind.tty': 'TTY (text phone)',
  'help.kind.whatsapp': 'WhatsApp message',
  'help.kind.chat': 'Chat online',
  'help.kind.web': 'Website',

  'help.country.england': 'United Kingdom: England',
  'help.country.scotland': 'United Kingdom: Scotland',
  'help.country.wales': 'United Kingdom: Wales',
  'help.country.northernIreland': 'United Kingdom: Northern Ireland',
  'help.country.international': 'Another country',

  'help.free': 'Free to contact',
} as const satisfies Record<HelpMessageKey, string>;

const screen = {
  'help.checkHint':
    'Were you given a package of someone’s records? You can check that nothing in it was changed.',
  'help.title': 'Get help',

  'help.emergencyTitle': 'In danger right now?',
  'help.emergencyIn': 'Emergency services ({country})',
  'help.call': 'Call {number}',
  'help.textEmergency': 'Text {number}',
  'help.chooseFirst':
    'Choose your country below to see its emergency number and the help lines there.',

  'help.silentTitle': 'If you cannot speak',
  'help.silentIntro': 'Ways to ask for help without being heard, where they exist.',
  'help.silentWhatsapp': 'WhatsApp {number}',

  'help.countryLabel': 'Your country or region',
  'help.countryHint':
    'You choose; Steady never looks up where you are. A first guess may come from your browser’s language or from the organisation running this copy. The emergency number above and the services below change to match, and your choice stays on this device.',

  'help.servicesTitle': 'Support services',
  'help.servicesIntro':
    'Trained people who will listen without judging you and can help you think through what to do next, at your own pace. You do not need to be sure it is abuse to call.',
  'help.servicesNone':
    'We do not list a service for this place yet. The worldwide list under “Another country” may help.',
  'help.local': 'Local service',
  'help.waysLabel': 'Ways to contact {name}',
  'help.languages': 'Languages: {languages}',
  'help.source': 'Source: {source} · checked {date}',

  'help.safetyTitle': 'Making contact a little safer',
  'help.safety.moment':
    'Is now a safe moment? A time alone, another room or a walk outside can give you privacy.',
  'help.safety.silent':
    'If speaking is not safe, a text, chat or WhatsApp line, where there is one, may be easier.',
  'help.safety.callLog':
    'Calls and texts stay in this phone’s call log and messages. You could delete them afterwards, if a missing entry would not draw attention.',
  'help.safety.otherPhone':
    'A friend’s phone, a work phone or a public phone leaves nothing on this one.',
  'help.safety.history':
    'Websites you open from here stay in this browser’s history unless you delete them.',
  'help.safety.otherSite':
    'Steady’s Quick exit stays in Steady. On a service’s website or chat, use that site’s own exit button if it has one, or close the tab.',
  'help.safety.plan':
    'Leaving can make things more dangerous for a while. The people on these lines can help you plan for that, whenever you are ready.',
  'help.safety.notEmergency':
    'Steady is not an emergency service and cannot call anyone for you. If you are in danger now, the emergency number is the quickest way to get help.',
} as const;

export const helpEn = { ...data, ...screen } as const;
