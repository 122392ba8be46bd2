// The safety plan's words. Steady's own writing: the danger signs are not copied
// from any questionnaire, and nothing here gives a score or an order.
export const planEn = {
  'plan.title': 'Your safety plan',
  'plan.intro':
    'A private plan for leaving more safely, or for staying safer while you decide. Fill in what helps, in any order, at your own pace. Skip anything that does not fit your life.',
  'plan.leavingRisk':
    'Leaving can be the most dangerous time. An advocate at a domestic abuse service can help you plan around that, for free and in confidence.',
  'plan.notService':
    'Steady is not an emergency service. If you are in danger now, call your local emergency number.',
  'plan.loading': 'Opening your plan…',
  'plan.unreadable':
    'Your saved plan could not be read, so nothing was changed. Please try again after unlocking.',
  'plan.saving': 'Saving…',
  'plan.saved': 'Saved',
  'plan.saveFailed': 'Not saved yet. Steady will try again when you next make a change.',
  'plan.conflict.group': 'Also written on another device: {field}',
  'plan.conflict.intro':
    'Another of your devices changed this at the same time. Its words are kept here, so nothing is lost:',
  'plan.conflict.keep': 'Use these words',
  'plan.conflict.drop': 'Keep mine',
  'plan.conflict.failed':
    'That did not work. Your words and the other device’s are both still kept.',

  'plan.progressTitle': 'Where your plan stands',
  // {count} is how many are started (Spanish agrees with it).
  'plan.progressSummary': { other: '{complete} of {total} parts done for now, {count} started.' },
  'plan.state.not-started': 'Not started',
  'plan.state.started': 'Started',
  'plan.state.complete': 'Done for now',
  'plan.open': 'Open: {section}',
  'plan.reviewLabel': 'A day to look at the plan again',
  'plan.reviewHint':
    'Plans change as life does. This date is shown only here, inside Steady; there are no reminders or notifications.',
  'plan.reviewOn': 'You chose to look at it again on {date}.',
  'plan.reviewDue':
    'The day you chose to look at your plan again has come. Take a look when it feels right.',
  'plan.printOpen': 'Print or save as PDF',
  'plan.back': 'Back to the plan overview',
  'plan.complete': 'This part is done for now',
  'plan.completeHint': 'You can come back and change it at any time.',
  'plan.notes': 'Your own notes',
  'plan.checklist': 'Checklist',
  'plan.where': 'Where it is kept',
  'plan.ownItem': 'Something else to add',
  'plan.addItem': 'Add to the list',
  'plan.removeItem': 'Remove “{item}”',

  'plan.helpForward.title': 'You do not have to carry this alone',
  'plan.helpForward.body':
    'Some of what you marked is linked with serious danger. This is not a verdict about your situation, and only you know it. It may help to talk it through with an advocate at a domestic abuse service, who can plan with you in confidence.',
  'plan.helpForward.button': 'Get help and emergency numbers',

  'plan.section.people': 'Trusted people',
  'plan.section.professional': 'Professional help',
  'plan.section.essentials': 'Essentials and documents',
  'plan.section.digital': 'Digital safety',
  'plan.section.crash': 'After contact ends: the hard days',
  'plan.section.children': 'Children and pets',
  'plan.section.places': 'Safe places, routes and transport',
  'plan.section.after': 'After leaving',
  'plan.section.risk': 'Reflecting on danger',

  'plan.intro.people':
    'People you trust who could help: a ride, keeping documents, or a regular check-in. Type them in yourself; Steady never reads your phone’s contacts.',
  'plan.intro.professional':
    'People whose work is to help: an advocate at a domestic abuse service, a therapist who understands trauma, a local service.',
  'plan.intro.essentials':
    'Things to gather little by little, so nothing looks out of place. For each one, you can note where it is kept.',
  'plan.intro.digital':
    'Phones and accounts can give away plans. Small changes, made carefully, can help. Sudden changes can be noticed, so an advocate can help you choose what to change and when.',
  'plan.intro.crash':
    'Missing them, doubting yourself, wanting to reach out: all of this is common after leaving, and it is not failure. Planning for it ahead of time helps.',
  'plan.intro.children':
    'If you have children or pets, some plans for them. Skip this part if it does not apply.',
  'plan.intro.places': 'Where you could go, how you would get there, and what could slow you down.',
  'plan.intro.after':
    'Staying safer once you have left: routines, work, and legal protection where you live.',
  'plan.intro.risk':
    'Some signs are linked with a higher risk of serious harm. Tick any that are part of your life. This is not a test and gives no score: it is a way to notice, and a prompt to talk with an advocate.',

  'plan.q.people.checkIn':
    'How could a check-in work? For example, who you would message, how often, and what they would do if they did not hear from you.',
  'plan.q.people.codeWord':
    'A code word or phrase that means “I need help, come or call someone”, and who knows it.',
  'plan.q.professional.advocate': 'An advocate or domestic abuse service you could contact',
  'plan.q.professional.therapist': 'A therapist who understands trauma, now or later',
  'plan.q.professional.localService':
    'Other local services: a doctor, a shelter, a legal advice centre',
  'plan.q.essentials.bag': 'Someone or somewhere that could keep a bag or copies for you',
  'plan.q.digital.device':
    'A safer device for planning: a friend’s phone, a library computer, a work computer',
  'plan.q.digital.accounts':
    'Shared accounts to think about: email, banking, streaming, cloud photos',
  'plan.q.crash.expect': 'What you expect the hardest moments to feel like',
  'plan.q.crash.contactRule':
    'Your plan for contact: no contact, or low contact only about certain things (such as the children), and how',
  'plan.q.crash.instead': 'What you could do instead of reaching out, and who you could talk to',
  'plan.q.children.school':
    'The school or childcare: who may collect the children, and what they need to know',
  'plan.q.children.exchanges':
    'Handovers or custody exchanges: where, when, and who else could be there',
  'plan.q.children.tellThem':
    'What to tell the children, in words that fit their age, and what to do if they are scared',
  'plan.q.children.pets': 'Pets: who could look after them, and where they could stay',
  'plan.q.places.safePlaces': 'Places you could go at short notice',
  'plan.q.places.routes': 'Ways to get out of your home, and routes that avoid where they go',
  'plan.q.places.transport':
    'How you would travel: a car with fuel and keys, a ride, a taxi number, bus fare',
  'plan.q.after.routines': 'Routines you might change: shops, times, routes to work or school',
  'plan.q.after.work':
    'At work: who could know, and what could change (your desk, your hours, calls)',
  'plan.q.after.protection':
    'Protection orders or injunctions where you live: what you would like to ask an advocate or lawyer',
  'plan.q.risk.sense':
    'How does this list fit with your own sense of how dangerous things are? Your own feeling counts too, whatever the list says.',

  'plan.item.ids': 'Your ID: passport, ID card, driving licence',
  'plan.item.medicines': 'Medicines and prescriptions',
  'plan.item.keys': 'Spare keys: home, car, work',
  'plan.item.cash': 'Some cash, a bank card in your own name',
  'plan.item.numbers': 'Important numbers written on paper',
  'plan.item.copies': 'Copies of documents: lease, bank papers, court papers, evidence',
  'plan.item.childIds': 'Your children’s birth certificates and IDs',
  'plan.item.childMedicines': 'Your children’s medicines and health records',
  'plan.item.childCopies': 'Copies of school and custody papers',
  'plan.item.passwords': 'Passwords changed on a device they cannot reach',
  'plan.item.location': 'Location sharing checked on your phone, apps and car',
  'plan.item.sharedAccounts': 'Shared accounts and family plans reviewed',
  'plan.item.saferDevice': 'A safer device found for planning',
  'plan.item.schoolPickup': 'The school knows who may collect the children',
  'plan.item.petCare': 'Someone ready to care for your pets',
  'plan.item.routines': 'Routines changed where it helps',
  'plan.item.work': 'Someone at work knows what to do if they turn up',
  'plan.item.protectionOrder': 'Asked an advocate about a protection order',

  'plan.people.title': 'Your trusted people',
  'plan.people.none': 'No one added yet.',
  'plan.people.name': 'Name',
  'plan.people.reach': 'How to reach them (phone)',
  'plan.people.can': 'What they can help with',
  'plan.people.role.ride': 'A ride',
  'plan.people.role.documents': 'Keeping documents',
  'plan.people.role.checkIn': 'A check-in',
  'plan.people.add': 'Add this person',
  'plan.people.remove': 'Remove {name}',
  'plan.people.nameNeeded': 'Please write a name (a nickname is fine).',
  'plan.people.person': 'Trusted person {number}',

  'plan.professional.help':
    'The Help screen lists support lines for your country, with their numbers.',
  'plan.professional.helpLink': 'Open Help',
  'plan.crash.urges':
    'When the urge to make contact comes, the urges tool can help you wait 24 hours before acting.',
  'plan.crash.urgesLink': 'Open the urges tool',

  'plan.risk.signsLegend': 'Signs that are part of your life',
  'plan.sign.strangling': 'They have choked or strangled you, even once, even briefly',
  'plan.sign.weapon': 'They have a weapon, or could easily get one',
  'plan.sign.weaponThreat': 'They have threatened you with a weapon',
  'plan.sign.threatsToKill': 'They have threatened to kill you or someone close to you',
  'plan.sign.escalating': 'The violence is happening more often, or getting worse',
  'plan.sign.separation': 'You have recently separated, or are planning to',
  'plan.sign.stalking':
    'They follow you, turn up where you are, or watch your phone, messages or location',
  'plan.sign.forcedSex': 'They have forced or pressured you into sex',
  'plan.sign.threatsToChildren': 'They have threatened or harmed your children',
  'plan.sign.jealousyControl':
    'They are intensely jealous, or control where you go, who you see, or your money',
  'plan.sign.suicideThreats': 'They have threatened to kill themselves',
  'plan.sign.pregnancy': 'They have hurt you while you were pregnant',
  'plan.risk.noScore':
    'Steady does not add these up or give a score. Many people live with some of these signs; an advocate can help you think about what they mean for you.',

  'plan.print.title': 'Print or save as PDF',
  'plan.print.intro':
    'Choose which parts to include. A printed plan can be found, so think about where you would keep it. The page has a plain title and nothing else from Steady.',
  'plan.print.choose': 'Parts to include',
  'plan.print.none': 'Choose at least one part to print.',
  'plan.print.button': 'Print or save as PDF',
  'plan.print.heading': 'Notes',
  'plan.print.done': 'Done',
  'plan.print.notDone': 'Not yet',
} as const;
