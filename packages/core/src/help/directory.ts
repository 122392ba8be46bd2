import type { Directory, EmergencyNumber, Service, SilentWay } from './types.ts';

// The first entries come from /work/shared/content-guide.md; the entries and
// fixes marked 2026-12-01 were looked up for issue 20. Every fact must be
// re-checked against its source before each release; bump `checked` when you do.
// Numbers are written as their sources give them; links.ts turns them into
// dialable URIs. Emergency numbers have no source field: where each comes
// from is written beside it.
//
// "Own page" means the service's (or its operator's) own site said it.
// "SECONDARY" means only news or other third-party pages said it, and it must
// be confirmed on the service's own page before a release.

const CHECKED = '2026-11-24';
const CHECKED_20 = '2026-12-01';
// Specialist lines (men, LGBT+, Deaf, Native) and chat or web-form ways, looked up
// for issue 20 on 2026-12-02 (search tool, pages and docs corpora). An existing
// entry that only gained a way keeps its own checked date: the rest of it was not
// re-checked that day.
const CHECKED_SPECIALIST = '2026-12-02';
// Facts re-checked on 2026-12-02 against a service's own page (or its operator's or
// funder's), so their SECONDARY mark was dropped; an entry's `checked` moves to this
// date only where the comment beside it says what that day confirmed.
const RECHECKED = '2026-12-02';

const UK_EMERGENCY = [
  { number: '999', note: 'help.note.silentSolution' },
  { number: '112' },
] as const satisfies readonly EmergencyNumber[];

// "If you cannot speak", looked up on 2026-12-01 (search tool, pages corpus).
// The Silent Solution, 999 then 55 from a mobile, is in the content guide.
// Re-checked 2026-12-02: a police force's own page (Avon and Somerset Police, on the
// IOPC's "Make Yourself Heard" campaign, 2019) says a 999 caller from a mobile who
// cannot speak presses 55 when prompted. The other steps (cough or tap if you can;
// from a landline, stay on the line) stay SECONDARY: the IOPC's own page was still
// not found; the IOPC's regional director quoted by inews.co.uk (2019), a council
// (iow.gov.uk) and a London partnership (standingtogether.org.uk) give them.
const SILENT_CHECKED = '2026-12-01';
const UK_SILENT = [
  {
    kind: 'call',
    value: '999',
    how: 'help.silent.ukSilentSolution',
    source: [
      'https://www.avonandsomerset.police.uk/news/2019/04/iopc-launches-make-yourself-heard-campaign-to-raise-awareness-of-silent-999-system/',
      'https://inews.co.uk/news/silent-999-calls-how-to-press-55-police-advice-watchdog-277598',
      'https://www.iow.gov.uk/housing-and-adult-social-care/adult-social-care/adult-safeguarding/immediate-danger/',
      'standingtogether.org.uk/get-support',
    ],
    checked: RECHECKED,
  },
] as const satisfies readonly SilentWay[];

// Galop's helpline, for LGBT+ people facing abuse or violence, across the UK.
// Number: own page (galop.org.uk, its survivors' forum agreement: "contact our
// helpline (0800 999 5428)"). Hours, and that it covers the whole UK: SECONDARY
// (Hits Radio, February 2023, on its launch: Monday to Thursday 10am to 8:30pm,
// Friday 10am to 4:30pm). Confirm the hours on galop.org.uk before a release.
function galop(nation: 'GB-ENG' | 'GB-SCT' | 'GB-WLS' | 'GB-NIR'): Service {
  return {
    id: `${nation.toLowerCase()}-galop`,
    country: nation,
    name: 'Galop LGBT+ Helpline',
    ways: [{ kind: 'call', value: '0800 999 5428' }],
    hours: 'help.hours.monThu10To2030Fri10To1630',
    serves: 'help.serves.lgbtq',
    source: [
      'https://www.galop.org.uk/lgbtq-survivors-user-agreement/',
      'https://hellorayo.co.uk/hits-radio/uk/news/new-lgbt-abuse-helpline-launched',
    ],
    checked: CHECKED_SPECIALIST,
  };
}

// Respect's Men's Advice Line, for men facing domestic abuse. That Respect runs it
// for male victims: own pages (respect.org.uk, respect.uk.net). The number:
// SECONDARY, and old: the Scottish Government's 2010 release on its launch in
// Scotland (wired-gov.net) and The Scotsman; Respect's own pages found in the
// search tool do not give it. Its hours were found only on an undated third-party
// page, so they are "not listed". Listed for England, Scotland and Wales, where
// Respect is a registered charity; not for Northern Ireland, which no source named.
// Confirm the number and hours on respect.org.uk before a release.
function mensAdviceLine(nation: 'GB-ENG' | 'GB-SCT' | 'GB-WLS'): Service {
  return {
    id: `${nation.toLowerCase()}-mens-advice-line`,
    country: nation,
    name: 'Men’s Advice Line (Respect)',
    ways: [{ kind: 'call', value: '0808 801 0327' }],
    hours: 'help.hours.notListed',
    serves: 'help.serves.men',
    source: [
      'https://respect.org.uk/articles/135-men-s-advice-line-staff-reflect-on-the-helpline-s-adaptation-to-covid-19',
      'https://www.wired-gov.net/wg/wg-news-1.nsf/print/Help+for+men+abused+by+partners+29042010090404',
      'https://www.scotsman.com/news/help-hand-male-abuse-victims-1722626',
    ],
    checked: CHECKED_SPECIALIST,
  };
}

// The guide gives 112 alone for the EU and India.
const ONLY_112 = [{ number: '112' }] as const satisfies readonly EmergencyNumber[];

const data = {
  countries: [
    {
      code: 'US',
      emergency: [{ number: '911' }],
      // Own page of the regulator (fcc.gov/text-to-911): text-to-911 works only
      // where the local 911 centre takes texts; elsewhere an automatic reply says
      // it is not available; call when you can.
      silent: [
        {
          kind: 'text',
          value: '911',
          how: 'help.silent.usText911',
          source: [
            'https://www.fcc.gov/text-to-911',
            'fcc.gov/consumers/guides/text-911-quick-facts-faqs',
          ],
          checked: SILENT_CHECKED,
        },
      ],
      services: [
        {
          id: 'us-ndvh',
          country: 'US',
          name: 'National Domestic Violence Hotline',
          ways: [
            { kind: 'call', value: '1-800-799-7233' },
            { kind: 'tty', value: '1-800-787-3224' },
            { kind: 'text', value: '88788', body: 'START', note: 'help.note.textStart' },
            // Chat, 2026-12-02: SECONDARY. thehotline.org's own chat page was not
            // found in the search tool; The Post-Star (2020: "go to thehotline.org/help
            // and click on the chat button", answered by the same advocates as the
            // phone, nothing to download) and Wikipedia ("online chatting at
            // thehotline.org") say it is on its site. Confirm the address before a release.
            { kind: 'chat', value: 'https://www.thehotline.org/', traceNote: 'help.trace.chat' },
          ],
          hours: '24/7',
          // Spanish, 2026-12-01: SECONDARY. Advocates answer in Spanish in the
          // Justice Department's film of the hotline (ovc.ojp.gov/media/video/74356),
          // and its Spanish press release names it "La Línea Nacional".
          languages: ['en', 'es'],
          serves: 'help.serves.anyone',
          source: [
            'thehotline.org',
            'ovc.ojp.gov',
            'https://ovc.ojp.gov/media/video/74356',
            'https://www.prnewswire.com/news-releases/la-linea-nacional-contra-la-violencia-domestica-alcanza-un-hito-historico-al-llegar-a-5-millones-de-llamadas-respondidas-827235653.html',
            'https://poststar.com/news/local/domestic-violence-prevention-group-offers-texting-chatting/article_8a874a8b-fafe-5697-a873-80c5d39a501f.html',
          ],
          checked: CHECKED_20,
        },
        {
          id: 'us-stronghearts',
          country: 'US',
          name: 'StrongHearts Native Helpline',
          // SECONDARY throughout: strongheartshelpline.org was not found in the search
          // tool on 2026-12-02. The number, 1-844-7NATIVE (1-844-762-8483): Indianz
          // (2017, at its launch) and the National Indigenous Women's Resource Center,
          // which founded it (niwrc.org). 24/7 since February 2021: NIWRC's Restoration
          // magazine (June 2022, written by StrongHearts' communications manager) and
          // its federal funder (acf.hhs.gov). Free, and the "Chat Now" button on its
          // home page: Native News Online. It also takes texts, but no source gave the
          // text number, so none is listed. Confirm on strongheartshelpline.org.
          ways: [
            { kind: 'call', value: '1-844-762-8483' },
            {
              kind: 'chat',
              value: 'https://strongheartshelpline.org/',
              traceNote: 'help.trace.chat',
            },
          ],
          hours: '24/7',
          free: true,
          serves: 'help.serves.native',
          source: [
            'https://niwrc.org/restoration-magazine/june-2022/stronghearts-native-helpline-observes-five-year-anniversary-more',
            'https://www.acf.hhs.gov/fysb/news/fvpsa-arp-funding-catalyst-stronghearts-expansion',
            'https://nativenewsonline.net/sponsored-content/stronghearts-native-helpline-is-a-free-domestic-violence-helpline',
            'https://www.indianz.com/News/2017/03/07/advocates-open-stronghearts-native-helpl.asp',
          ],
          checked: CHECKED_SPECIALIST,
        },
        // Not listed: the National Deaf Hotline (ADWAS, with the National Domestic
        // Violence Hotline). Its videophone number was found only on a 2012 archived
        // copy of thehotline.org (206-518-9361, weekdays), too old to trust; the
        // hotline's own TTY line above answers 24/7. Look it up on adwas.org.
      ],
    },
    {
      code: 'GB-ENG',
      emergency: UK_EMERGENCY,
      silent: UK_SILENT,
      services: [
        {
          id: 'gb-eng-ndah',
          country: 'GB-ENG',
          name: 'National Domestic Abuse Helpline (Refuge)',
          ways: [
            { kind: 'call', value: '0808 2000 247' },
            // Web form, 2026-12-02: own page (refuge.org.uk, 2020: "visit
            // www.nationaldahelpline.org.uk and fill in an online form, requesting a
            // safe time to be called back"). Its live chat was weekdays 3pm to 10pm in
            // Refuge's own 2020 posts; not listed, as those hours may have changed.
            {
              kind: 'web',
              value: 'https://www.nationaldahelpline.org.uk/',
              note: 'help.note.safeTimeForm',
              traceNote: 'help.trace.webForm',
            },
          ],
          hours: '24/7',
          free: true,
          source: [
            'gov.uk',
            'refuge.org.uk',
            'https://refuge.org.uk/news/refuge-responds-to-reports-of-potential-increase-in-domestic-abuse-during-covid-19',
          ],
          checked: CHECKED,
        },
        {
          id: 'gb-eng-ndah-bsl',
          country: 'GB-ENG',
          name: 'National Domestic Abuse Helpline (Refuge) in British Sign Language',
          // SECONDARY: The Limping Chicken (May 2021), quoting Refuge and SignHealth at
          // its launch: a BSL symbol at the top of the helpline's website connects to
          // a helpline adviser through a qualified interpreter (SignVideo), free and
          // confidential, Monday to Friday 10am to 6pm. Confirm on nationaldahelpline.org.uk.
          ways: [
            {
              kind: 'web',
              value: 'https://www.nationaldahelpline.org.uk/',
              note: 'help.note.bslInterpreter',
              traceNote: 'help.trace.chat',
            },
          ],
          hours: 'help.hours.weekdays10To6',
          free: true,
          serves: 'help.serves.deaf',
          source: [
            'https://limpingchicken.com/2021/05/28/bsl-helpline-launched-for-domestic-abuse/',
          ],
          checked: CHECKED_SPECIALIST,
        },
        galop('GB-ENG'),
        mensAdviceLine('GB-ENG'),
      ],
    },
    {
      code: 'GB-SCT',
      emergency: UK_EMERGENCY,
      silent: UK_SILENT,
      services: [
        {
          id: 'gb-sct-dafmh',
          country: 'GB-SCT',
          name: 'Domestic Abuse and Forced Marriage Helpline',
          ways: [{ kind: 'call', value: '0800 027 1234' }],
          hours: '24/7',
          source: ['safer.scot'],
          checked: CHECKED,
        },
        galop('GB-SCT'),
        mensAdviceLine('GB-SCT'),
      ],
    },
    {
      code: 'GB-WLS',
      emergency: UK_EMERGENCY,
      silent: UK_SILENT,
      services: [
        {
          id: 'gb-wls-live-fear-free',
          country: 'GB-WLS',
          name: 'Live Fear Free',
          ways: [
            { kind: 'call', value: '0808 80 10 800' },
            { kind: 'text', value: '07860 077333' },
          ],
          hours: '24/7',
          source: ['gov.wales/live-fear-free'],
          checked: CHECKED,
        },
        galop('GB-WLS'),
        mensAdviceLine('GB-WLS'),
      ],
    },
    {
      code: 'GB-NIR',
      emergency: UK_EMERGENCY,
      silent: UK_SILENT,
      services: [
        {
          id: 'gb-nir-dsah',
          country: 'GB-NIR',
          name: 'Domestic and Sexual Abuse Helpline',
          ways: [{ kind: 'call', value: '0808 802 1414' }],
          hours: '24/7',
          source: ['dsahelpline.org'],
          checked: CHECKED,
        },
        galop('GB-NIR'),
      ],
    },
    {
      code: 'IE',
      // 999 beside 112: own page, garda.ie/en/crime/domestic-abuse/how-do-i-report-domestic-abuse-.html
      // ("If you are in danger call the Gardaí on 999/112"), 2026-12-01.
      emergency: [{ number: '999' }, { number: '112' }],
      services: [
        {
          id: 'ie-womens-aid',
          country: 'IE',
          name: "Women's Aid",
          ways: [{ kind: 'call', value: '1800 341 900' }],
          hours: '24/7',
          source: ['womensaid.ie'],
          checked: CHECKED,
        },
        // Not listed: the Men's Development Network's Male Advice Line (1800 816 588)
        // was found only in 2020 news about its lockdown-time hours (avondhupress.ie,
        // waterfordlive.ie), not on mensnetwork.ie; confirm it there before adding it.
      ],
    },
    {
      code: 'CA',
      emergency: [{ number: '911' }],
      notes: ['help.note.canadaNoNationalLine'],
      // Own page of the service (textwith911.ca/en/history): Text with 9-1-1 is only for
      // people who are Deaf, deafened, hard of hearing or speech impaired and have
      // registered with their wireless provider; they call 911 and the call-taker
      // answers by text. "For the public at large" it was "expected at a later date":
      // re-check, as the CRTC's next-generation 911 may have opened it to everyone.
      silent: [
        {
          kind: 'call',
          value: '911',
          how: 'help.silent.caText911',
          source: ['textwith911.ca/en/history'],
          checked: SILENT_CHECKED,
        },
      ],
      services: [
        {
          id: 'ca-sheltersafe',
          country: 'CA',
          name: 'ShelterSafe',
          // The guide names the site, not a URL; re-check that it answers on https.
          ways: [{ kind: 'web', value: 'https://sheltersafe.ca/' }],
          hours: 'help.hours.website',
          traceNote: 'help.trace.browserHistory',
          source: ['sheltersafe.ca'],
          checked: CHECKED,
        },
        {
          id: 'ca-on-awhl',
          country: 'CA-ON',
          name: "Assaulted Women's Helpline",
          ways: [{ kind: 'call', value: '1-866-863-0511' }],
          // 24/7, for women in Ontario: own page, re-checked 2026-12-02
          // (awhl.org/covid-19: its "24/7 crisis counselling for women ... in the
          // province of Ontario"); the province, which funds it, sets 24/7 telephone
          // help as the aim of its crisis lines (ontario.ca). Its articles in Global
          // Heroes magazine (issuu.com, 2021, 2024) add a TTY line and over 200
          // languages; no source gave the TTY number, so none is listed.
          hours: '24/7',
          serves: 'help.serves.women',
          notes: ['help.note.ontarioOnly'],
          source: [
            'awhl.org',
            'https://www.awhl.org/covid-19',
            'https://www.ontario.ca/document/mccss-service-objectives-community-services/services-delivered-vaw-provincial-crisis-lines',
          ],
          checked: RECHECKED,
        },
        {
          id: 'ca-qc-sos-violence-conjugale',
          country: 'CA-QC',
          name: 'SOS violence conjugale',
          ways: [{ kind: 'call', value: '1 800 363-9010' }],
          // 24/7: own page (every call goes straight to a worker, whatever the
          // day or hour). Free, bilingual, confidential: SECONDARY (a Quebec
          // shelter, accueil-pourelle.org). The text line 438 601-1211 and the
          // chat were not confirmed and are left out.
          hours: '24/7',
          languages: ['fr', 'en'],
          free: true,
          serves: 'help.serves.anyone',
          notes: ['help.note.quebecOnly'],
          source: [
            // The own page is http://www.sosviolenceconjugale.ca/?page_id=2701 (its FAQ).
            'sosviolenceconjugale.ca',
            'https://www.accueil-pourelle.org/documentation/sos-violence-conjugale/',
          ],
          checked: CHECKED_20,
        },
        {
          id: 'ca-hope-for-wellness',
          country: 'CA',
          name: 'Hope for Wellness Help Line',
          // SECONDARY throughout: hopeforwellness.ca was not found in the search tool
          // on 2026-12-02. The number, toll-free, 24 hours a day, for First Nations
          // and Inuit, in English and French and on request in Cree, Ojibway and
          // Inuktut: Health Canada's launch release (October 2016), reproduced by the
          // Quebec First Nations health commission (cssspnql.com) and reported by
          // Nunatsiaq News. Open to all Indigenous peoples, and its chat at
          // hopeforwellness.ca: the Canadian Institute of Child Health's profile
          // (2018) and RCI (2018, the chat in English and French). It is a line for
          // emotional support and crisis counselling, not only for abuse, hence the
          // note. Confirm on hopeforwellness.ca, and that the chat answers on https.
          ways: [
            { kind: 'call', value: '1-855-242-3310' },
            {
              kind: 'chat',
              value: 'https://www.hopeforwellness.ca/',
              traceNote: 'help.trace.chat',
            },
          ],
          hours: '24/7',
          languages: ['en', 'fr', 'cr', 'oj', 'iu'],
          free: true,
          serves: 'help.serves.indigenous',
          notes: ['help.note.crisisCounselling'],
          source: [
            'www.cssspnql.com/en/news-media/single/2016/10/28/government-of-canada-announces-mental-wellness-help-line-for-indigenous-peoples',
            'https://nunatsiaq.com/stories/article/65674ottawa_introduces_new_wellness_help_line_for_inuit_first_nations/',
            'https://cichprofile.ca/module/7/section/4/page/health-promotion-and-prevention-link-to-government-services',
            'https://www.rcinet.ca/eye-on-the-arctic/2018/05/09/canada-indigenous-inuit-mental-help-chat/',
          ],
          checked: CHECKED_SPECIALIST,
        },
        {
          id: 'ca-on-talk4healing',
          country: 'CA-ON',
          name: 'Talk4Healing',
          // 24/7, for Indigenous women across Ontario, in Indigenous languages: the
          // province's own page for the crisis lines it funds (ontario.ca). The number
          // 1-855-554-4325 (1-855-554-HEAL), toll-free: SECONDARY, from two sources
          // (CUPE Ontario's list of help; K-Net's copy of a 2013 Bracebridge Examiner
          // story). Its text and chat (Toronto Star, 2018) are left out: no source
          // gave their number or address. Answers in English, Ojibway and Cree since
          // 2012 (Manitoulin Expositor), in 14 Indigenous languages since 2018 (Star).
          ways: [{ kind: 'call', value: '1-855-554-4325' }],
          hours: '24/7',
          languages: ['en', 'oj', 'cr'],
          free: true,
          serves: 'help.serves.indigenousWomen',
          notes: ['help.note.ontarioOnly', 'help.note.manyLanguages'],
          source: [
            'https://www.ontario.ca/document/mccss-service-objectives-community-services/services-delivered-vaw-provincial-crisis-lines',
            'https://cupe.on.ca/help/',
            'media.knet.ca/node/22711',
            'https://www.thestar.com/news/gta/2018/10/16/crisis-helpline-for-indigenous-women-to-expand-across-province.html',
          ],
          checked: CHECKED_SPECIALIST,
        },
      ],
    },
    {
      code: 'AU',
      emergency: [{ number: '000' }],
      services: [
        {
          id: 'au-1800respect',
          country: 'AU',
          name: '1800RESPECT',
          ways: [
            { kind: 'call', value: '1800 737 732' },
            { kind: 'text', value: '0458 737 732' },
            // Chat, 2026-12-02: own page (1800respect.org.au/terms-and-conditions:
            // "the 1800RESPECT webchat service accessible via the 1800RESPECT
            // website"). Open 24/7, online as on the phone: the Department of Social
            // Services, which runs the service, re-checked 2026-12-02
            // (plan4womenssafety.dss.gov.au: "online and telephone counselling ...
            // 24 hours a day, seven days a week"). The text line 0458 737 732: the
            // minister's launch as reported (thedailyaus.com.au, 2024): SECONDARY.
            {
              kind: 'chat',
              value: 'https://www.1800respect.org.au/',
              traceNote: 'help.trace.chat',
            },
          ],
          hours: '24/7',
          source: [
            '1800respect.org.au',
            'https://www.1800respect.org.au/terms-and-conditions',
            'https://plan4womenssafety.dss.gov.au/initiatives/1800respect',
            'https://thedailyaus.com.au/stories/1800-respect-text-messaging/',
            'https://www.canberratimes.com.au/story/8551590/1800respect-launches-video-counselling-for-victims/',
          ],
          checked: CHECKED,
        },
        {
          id: 'au-mensline',
          country: 'AU',
          name: 'MensLine Australia',
          // For men, with family and relationship concerns including family
          // violence: own page (mensline.org.au, its duty of care), which does not
          // give the number in the search tool. The number 1300 78 99 78: SECONDARY
          // (the federal "Help is Here" campaign as reported by the Greek Herald,
          // 2020). 24/7: SECONDARY (the minister's release at its start,
          // formerministers.dss.gov.au; the same 2020 report). Not marked free: the
          // start-up release said "for the cost of a local call". Confirm on mensline.org.au.
          ways: [{ kind: 'call', value: '1300 78 99 78' }],
          hours: '24/7',
          serves: 'help.serves.men',
          source: [
            'https://mensline.org.au/about-us/duty-of-care/',
            'https://greekherald.com.au/community/initiatives/tough-times-do-not-excuse-tougher-times-at-home-says-fiona-martin-mp',
            'https://formerministers.dss.gov.au/304/mens-line-australia-helping-men-across-the-country/',
          ],
          checked: CHECKED_SPECIALIST,
        },
      ],
    },
    {
      code: 'NZ',
      emergency: [{ number: '111' }],
      services: [
        {
          id: 'nz-womens-refuge',
          country: 'NZ',
          name: "Women's Refuge",
          ways: [{ kind: 'call', value: '0800 733 843' }],
          hours: '24/7',
          source: ['womensrefuge.org.nz'],
          checked: CHECKED,
        },
      ],
    },
    {
      code: 'DE',
      // Police 110: own pages of the police (polizei.sachsen-anhalt.de,
      // dueren.polizei.nrw: free from any phone), 2026-12-01. 112 is fire and ambulance.
      emergency: [{ number: '110', note: 'help.note.police' }, { number: '112' }],
      services: [
        {
          id: 'de-hilfetelefon',
          country: 'DE',
          name: 'Hilfetelefon Gewalt gegen Frauen',
          ways: [{ kind: 'call', value: '116 016' }],
          hours: '24/7',
          free: true,
          notes: ['help.note.manyLanguages'],
          source: ['hilfetelefon.de'],
          checked: CHECKED,
        },
      ],
    },
    {
      code: 'FR',
      // 17 and 114: own page of the Interior Ministry, which runs them
      // (mobile.interieur.gouv.fr: "appelez le 17 ou envoyez un SMS au 114
      // 24h/24 et 7j/7"), 2026-12-01. 114 takes texts, not calls (handicap.fr,
      // destinationsante.com: SECONDARY on "no voice calls").
      emergency: [
        { number: '17', note: 'help.note.police' },
        { number: '114', kind: 'text', note: 'help.note.textOnly114' },
        { number: '112' },
      ],
      // 114 by text: own page of the Interior Ministry (mobile.interieur.gouv.fr,
      // "Mobilisation contre les violences conjugales": "appelez le 17 ou envoyez un
      // SMS au 114 24h/24 et 7j/7"). That it stays open to victims who need to alert
      // discreetly, beyond the 2020 lockdown: SECONDARY (informations.handicap.fr, 2024).
      silent: [
        {
          kind: 'text',
          value: '114',
          how: 'help.silent.frText114',
          source: [
            'https://mobile.interieur.gouv.fr/Actualites/Police-de-securite-du-quotidien/Covid-19-La-PSQ-en-periode-de-crise-sanitaire/Mobilisation-contre-les-violences-conjugales-et-intrafamiliales',
            'https://informations.handicap.fr/a-114-n-durgence-pour-sourds-pas-assez-connu-36183.php',
          ],
          checked: SILENT_CHECKED,
        },
      ],
      services: [
        {
          id: 'fr-3919',
          country: 'FR',
          name: 'Violences Femmes Info',
          ways: [{ kind: 'call', value: '3919' }],
          hours: '24/7',
          free: true,
          notes: ['help.note.anonymous', 'help.note.notEmergency'],
          source: ['solidaritefemmes.org'],
          checked: CHECKED,
        },
      ],
    },
    {
      code: 'ES',
      emergency: ONLY_112,
      // 016's WhatsApp, 600 000 016: the content guide (violenciagenero.igualdad.gob.es);
      // that it is in use in 2024 (Ministry figures reported by newtral.es): SECONDARY.
      silent: [
        {
          kind: 'whatsapp',
          value: '+34 600 000 016',
          how: 'help.silent.esWhatsapp016',
          source: [
            'violenciagenero.igualdad.gob.es',
            'https://www.newtral.es/consultas-016-2024/20240813',
          ],
          checked: SILENT_CHECKED,
        },
      ],
      services: [
        {
          id: 'es-016',
          country: 'ES',
          name: '016',
          ways: [
            { kind: 'call', value: '016' },
            // The guide gives 600 000 016; wa.me needs it with Spain's +34.
            { kind: 'whatsapp', value: '+34 600 000 016' },
          ],
          hours: '24/7',
          // Free, answered in 53 languages, and open to people who are Deaf or cannot
          // speak, 2026-12-02: SECONDARY (the Ministry of Equality's figures for 2024
          // as reported by newtral.es and asturi.as; the Ministry's own page was not
          // found in the search tool). The entry's other facts keep their own date.
          free: true,
          notes: ['help.note.manyLanguages'],
          traceNote: 'help.trace.callLog',
          source: [
            'violenciagenero.igualdad.gob.es',
            'https://www.newtral.es/consultas-016-2024/20240813',
            'https://asturi.as/?p=36140463764',
          ],
          checked: CHECKED,
        },
        // Not listed, 2026-12-02: no chat or web form for 016 was found in the search
        // tool (only its WhatsApp, above), and no confirmed number for its service
        // for Deaf people or people who cannot speak.
      ],
    },
    {
      code: 'IN',
      emergency: ONLY_112,
      services: [
        {
          id: 'in-181',
          country: 'IN',
          name: 'Women Helpline',
          ways: [{ kind: 'call', value: '181' }],
          // 24/7: SECONDARY. wcd.gov.in was not found in the search tool on
          // 2026-12-01. The Ministry's answer in the Rajya Sabha of 2024-12-11, as
          // ANI reported it (thehawk.in): "24x7x365 emergency and non-emergency
          // response via the telephonic short code 181"; PTI (2024-07-01) calls
          // Delhi's 181 a 24X7 hotline. Confirm on wcd.gov.in.
          hours: '24/7',
          notes: ['help.note.mostStates'],
          source: ['wcd.gov.in'],
          checked: CHECKED,
        },
      ],
    },
    {
      code: 'MX',
      // 911: SECONDARY (Nuevo León's Secretaría de las Mujeres via eldibar.com.mx,
      // and the Línea 079 articles below), 2026-12-01.
      emergency: [{ number: '911' }],
      services: [
        {
          id: 'mx-linea-mujeres-079',
          country: 'MX',
          name: 'Línea de las Mujeres 079',
          ways: [{ kind: 'call', value: '079', note: 'help.note.chooseOption1' }],
          // Free, 24 hours, 365 days, option 1: SECONDARY (the Secretaría de las
          // Mujeres quoted by La Jornada and Infobae); gob.mx not found in the search tool.
          hours: '24/7',
          free: true,
          serves: 'help.serves.women',
          source: [
            'https://www.jornada.com.mx/2025/11/05/sociedad/039n2soc',
            'https://www.infobae.com/mexico/2026/02/25/secretaria-de-las-mujeres-atiende-y-da-seguimiento-a-mas-de-3-mil-casos-de-violencia-principalmente-psicologica/',
          ],
          checked: CHECKED_20,
        },
      ],
    },
    {
      code: 'CO',
      // 123: own page of the Policía Nacional, which answers it (free, 24 hours
      // every day), policia.gov.co, 2026-12-01.
      emergency: [{ number: '123' }],
      services: [
        {
          id: 'co-linea-155',
          country: 'CO',
          name: 'Línea 155',
          ways: [{ kind: 'call', value: '155' }],
          // 24/7 and for women: own page of the Policía Nacional, which runs it.
          // Free: SECONDARY, from two outlets (El Pilón, quoting the government; the
          // Vice President's launch of its "Cruza la línea" campaign, elpoligrafo.co).
          hours: '24/7',
          free: true,
          serves: 'help.serves.women',
          source: [
            'https://www.policia.gov.co/noticia/policia-nacional-sensibiliza-comunidad-sobre-uso-las-lineas-emergencia-123-155',
            'https://elpilon.com.co/linea-155-tambien-esta-al-servicio-las-mujeres-rurales/amp',
            'https://elpoligrafo.co/la-campana-cruza-la-linea-promueve-el-uso-de-la-linea-155-y-brinda-respaldo-a-mujeres-victimas-de-la-violencia',
          ],
          checked: CHECKED_20,
        },
        {
          id: 'co-dc-linea-purpura',
          country: 'CO-DC',
          name: 'Línea Púrpura Distrital',
          // Own page of Bogotá's city government (bogota.gov.co): free, 24 hours
          // every day, for women; not an emergency line (it calls 123 with a woman
          // when needed). For women over 18 in Bogotá, and still on this number:
          // Radio Santa Fe (February 2026, quoting the city's Secretaría de la Mujer).
          // Its WhatsApp (300 755 1846) is for a first contact only, the city says,
          // so it is left out.
          ways: [{ kind: 'call', value: '01 8000 112 137' }],
          hours: '24/7',
          free: true,
          serves: 'help.serves.women',
          notes: ['help.note.bogotaOnly', 'help.note.notEmergency'],
          source: [
            'https://bogota.gov.co/mi-ciudad/mujer/linea-purpura-de-orientacion-de-mujeres-victimas-en-bogota',
            'https://www.radiosantafe.com/2026/02/14/una-llamada-a-la-linea-purpura-en-bogota-puede-cambiarlo-todo-tome-nota/',
          ],
          checked: CHECKED_SPECIALIST,
        },
      ],
    },
    {
      code: 'AR',
      // 911: SECONDARY (Página/12: "en casos de riesgo, deben comunicarse con el 911"), 2026-12-01.
      emergency: [{ number: '911' }],
      services: [
        {
          id: 'ar-linea-144',
          country: 'AR',
          name: 'Línea 144',
          ways: [{ kind: 'call', value: '144' }],
          // Free, 24 hours every day, for women and LGBTI+ people, not an
          // emergency line: SECONDARY (Página/12 2025, Télam); argentina.gob.ar
          // not found in the search tool. Its WhatsApp number was left out: its
          // international form could not be confirmed.
          hours: '24/7',
          free: true,
          serves: 'help.serves.womenLgbtq',
          notes: ['help.note.notEmergency'],
          source: [
            'https://www.pagina12.com.ar/860790-la-linea-144-salva-vidas-no-la-dejemos-morir',
            'https://www.telam.com.ar/notas/202309/640470-linea-144-violencia-de-genero.html',
          ],
          checked: CHECKED_20,
        },
        {
          id: 'ar-linea-137',
          country: 'AR',
          name: 'Línea 137',
          // Own page of the national government (argentina.gob.ar, 2020): the Justice
          // Ministry's line for victims of family and sexual violence, free, national,
          // 24 hours every day; its mobile teams go out in Buenos Aires City and in
          // Posadas, Eldorado, Oberá (Misiones) and Resistencia (Chaco). That anyone,
          // a neighbour or a teacher too, may call from anywhere: its adviser quoted
          // by Télam (semanarioactualidad.com.ar, 2023). Its WhatsApp (11 3133-1000)
          // is left out: its international form could not be confirmed.
          ways: [{ kind: 'call', value: '137' }],
          hours: '24/7',
          free: true,
          serves: 'help.serves.anyone',
          notes: ['help.note.ar137Teams'],
          source: [
            'https://argentina.gob.ar/noticias/la-linea-137-ya-tiene-whatsapp',
            'semanarioactualidad.com.ar/trabajadoras-sociales-y-psicologas-se-suman-desde-el-territorio-a-la-linea-137-contra-las-violencias/',
          ],
          checked: CHECKED_SPECIALIST,
        },
      ],
    },
    {
      code: 'PE',
      // 105, the Policía Nacional's emergency centre, 24 hours: SECONDARY (Andina,
      // the state news agency), 2026-12-01.
      emergency: [{ number: '105' }],
      services: [
        {
          id: 'pe-linea-100',
          country: 'PE',
          name: 'Línea 100',
          ways: [{ kind: 'call', value: '100' }],
          // Free, 24 hours every day, in Spanish, Quechua and Aymara: SECONDARY
          // (Infobae and La Razón, quoting the Ministerio de la Mujer); gob.pe not
          // found in the search tool.
          hours: '24/7',
          languages: ['es', 'qu', 'ay'],
          free: true,
          serves: 'help.serves.anyone',
          source: [
            'https://www.infobae.com/peru/2025/11/05/linea-100-del-mimp-mas-de-67-mil-llamadas-malintencionadas-saturaron-el-servicio-los-primeros-9-meses-del-2025/',
            'https://larazon.pe/indignante-linea-100-recibio-mas-de-90000-llamadas-falsas',
          ],
          checked: CHECKED_20,
        },
      ],
    },
    {
      code: 'CL',
      // 133, Carabineros: SECONDARY (El Rancagüino, Radio Sago), 2026-12-01.
      emergency: [{ number: '133' }],
      services: [
        {
          id: 'cl-fono-1455',
          country: 'CL',
          name: 'Fono 1455',
          ways: [{ kind: 'call', value: '1455' }],
          // Own page of the Ministerio de la Mujer: free, Monday to Friday
          // (not public holidays) 08:00 to 00:00. Older news said 24/7; the
          // ministry's page wins.
          hours: 'help.hours.weekdays8ToMidnight',
          free: true,
          serves: 'help.serves.women',
          source: ['https://minmujeryeg.gob.cl/?page_id=4023'],
          checked: CHECKED_20,
        },
      ],
    },
    {
      code: 'ZA',
      // 10111, the police: own page of the GBV Command Centre, which refers calls
      // to SAPS on 10111 (gbv.org.za/about-us), 2026-12-01.
      emergency: [{ number: '10111', note: 'help.note.police' }],
      services: [
        {
          id: 'za-gbv-command-centre',
          country: 'ZA',
          name: 'Gender-Based Violence Command Centre',
          ways: [{ kind: 'call', value: '0800 428 428' }],
          // 24/7: own page. Toll-free: SECONDARY (SAnews via allAfrica). Its SMS,
          // USSD and Skype ways were being brought back one by one after the
          // December 2024 relaunch (einpresswire, the department's statement), so
          // only the voice line is listed.
          hours: '24/7',
          free: true,
          serves: 'help.serves.anyone',
          source: [
            'gbv.org.za/about-us',
            'allafrica.com/stories/201711240810.html',
            'https://www.einpresswire.com/article/770031026/social-development-s-gender-based-violence-command-centre-gbvcc-is-now-operational',
          ],
          checked: CHECKED_20,
        },
        {
          id: 'za-national-shelter-helpline',
          country: 'ZA',
          name: 'National Shelter Helpline (NSMSA)',
          // Own page of the National Shelter Movement of South Africa, which runs it
          // (nsmsa.org.za, at its start in December 2020): 24-hour, toll-free, run by
          // social workers, for women and other victims of domestic violence, to find
          // a shelter in any of the nine provinces. Still 24 hours on this number in
          // 2025: GroundUp. Its SMS and WhatsApp numbers (2020) are left out, as they
          // were not confirmed since.
          ways: [{ kind: 'call', value: '0800 001 005' }],
          hours: '24/7',
          free: true,
          notes: ['help.note.findShelter'],
          source: [
            'https://www.nsmsa.org.za/2020/12/04/national-shelter-movements-helpline-starts-taking-calls-dedicated-to-those-seeking-help-from-domestic-and-intimate-partner-violence/',
            'https://groundup.news/article/domestic-violence-helpline-saves-lives-but-it-needs-public-support',
          ],
          checked: CHECKED_SPECIALIST,
        },
      ],
    },
    {
      code: 'PH',
      // 911: own page of the Department of Social Welfare and Development
      // (dswd.gov.ph), 2026-12-01.
      emergency: [{ number: '911' }],
      services: [
        {
          id: 'ph-911-vawc',
          country: 'PH',
          name: 'Emergency 911 (violence against women and children)',
          ways: [{ kind: 'call', value: '911' }],
          // Own page of the DSWD: since the December 2021 joint circular, 911 takes
          // calls about violence against women and children, toll-free and at any
          // time, with a guidebook for those calls. The police's Aleng Pulis
          // helpline is 24/7 (PNP briefing, 2024) but its number was found only in
          // a 2020 article, so it is left out.
          hours: '24/7',
          free: true,
          serves: 'help.serves.womenChildren',
          source: [
            'https://dswd.gov.ph/dswd-signs-agreement-including-women-other-gender-based-abuses-in-911-hotline',
            'https://mb.com.ph/2021/12/16/ph-911-emergency-hotline-now-open-for-violence-vs-women-kids-lgbtqia',
          ],
          checked: CHECKED_20,
        },
      ],
    },
    {
      code: 'NG',
      // 112: SECONDARY (Lagos approved 112 as a toll-free line for domestic
      // violence, ajetun.com 2015; PM News 2019), 2026-12-01.
      emergency: [{ number: '112' }],
      services: [
        {
          id: 'ng-la-dsva',
          country: 'NG-LA',
          name: 'Lagos State Domestic and Sexual Violence Agency (DSVA)',
          ways: [{ kind: 'call', value: '08000 333 333' }],
          // Toll-free: own page (lagosdsva.org, 2024). 24/7: SECONDARY (Western Post).
          hours: '24/7',
          free: true,
          serves: 'help.serves.anyone',
          notes: ['help.note.lagosOnly'],
          source: [
            'https://lagosdsva.org/author/lagos-dsva/',
            'https://www.westernpost.ng/lagos-dsva-takes-sgbv-awareness-campaign-to-lagos-island/',
          ],
          checked: CHECKED_20,
        },
      ],
    },
    {
      code: 'KE',
      // 999 and 112: SECONDARY (the National Police Service quoted by The Star,
      // 2022: "911, 112, 999"), 2026-12-01.
      emergency: [{ number: '999' }, { number: '112' }],
      services: [
        {
          id: 'ke-1195',
          country: 'KE',
          name: 'National GBV Helpline 1195',
          ways: [{ kind: 'call', value: '1195' }],
          // Toll-free, 24 hours, for women and men: SECONDARY (Nation, the UN's
          // story on the line, UN Women Africa, and the Gender PS quoted by Nairobi
          // News at its 2020 relaunch); the operator's own page (Healthcare
          // Assistance Kenya) was still not found on 2026-12-02.
          hours: '24/7',
          free: true,
          serves: 'help.serves.anyone',
          source: [
            'https://nation.africa/kenya/news/gender/here-s-where-to-seek-help-if-you-experience-sgbv-during-election-3907194',
            'https://www.un.org/en/coronavirus/someone-talk-kenya-hotline-women%E2%80%94and-men%E2%80%94-crisis',
            'https://africa.unwomen.org/en/news-and-events/stories/2020/06/on-the-frontline-with-kenyas-national-helpline',
            'https://nairobinews.nation.africa/help-for-gender-violence-victims-now-just-a-call-away/',
          ],
          checked: CHECKED_20,
        },
      ],
    },
    {
      code: 'international',
      emergency: [],
      notes: ['help.note.callLocalEmergency'],
      services: [
        {
          id: 'intl-hotpeachpages',
          country: 'international',
          name: 'Hot Peach Pages',
          // The guide names the domain only; re-check that it answers on https.
          ways: [{ kind: 'web', value: 'https://www.hotpeachpages.net/' }],
          hours: 'help.hours.website',
          notes: ['help.note.directory'],
          traceNote: 'help.trace.browserHistory',
          source: ['hotpeachpages.net'],
          checked: CHECKED,
        },
      ],
    },
  ],
} satisfies Directory;

/** The shipped directory. Deployments add to it through their local services. */
export const DIRECTORY: Directory = data;
