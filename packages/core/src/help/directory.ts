import type { Directory, EmergencyNumber, SilentWay } from './types.ts';

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

const UK_EMERGENCY = [
  { number: '999', note: 'help.note.silentSolution' },
  { number: '112' },
] as const satisfies readonly EmergencyNumber[];

// "If you cannot speak", looked up on 2026-12-01 (search tool, pages corpus).
// The Silent Solution, 999 then 55 from a mobile, is in the content guide.
// SECONDARY for the steps: the IOPC's own "Make Yourself Heard" page was not found
// in the search tool; a council's safeguarding page (iow.gov.uk) and a London
// domestic-abuse partnership (standingtogether.org.uk) describe it the same way
// (cough or tap if you can; press 55 when the recorded message asks; from a
// landline, stay on the line). Confirm on iopc.gov.uk or police.uk before a release.
const SILENT_CHECKED = '2026-12-01';
const UK_SILENT = [
  {
    kind: 'call',
    value: '999',
    how: 'help.silent.ukSilentSolution',
    source: [
      'https://www.iow.gov.uk/housing-and-adult-social-care/adult-social-care/adult-safeguarding/immediate-danger/',
      'standingtogether.org.uk/get-support',
    ],
    checked: SILENT_CHECKED,
  },
] as const satisfies readonly SilentWay[];

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
          ],
          checked: CHECKED_20,
        },
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
          ways: [{ kind: 'call', value: '0808 2000 247' }],
          hours: '24/7',
          free: true,
          source: ['gov.uk', 'refuge.org.uk'],
          checked: CHECKED,
        },
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
          // 24/7: SECONDARY. AWHL's own site was not found in the search tool on
          // 2026-12-01; two of its articles in Global Heroes magazine (issuu.com,
          // 2021 and February 2024) say 24 hours a day, seven days a week, across
          // Ontario, in over 200 languages. Confirm on awhl.org.
          hours: '24/7',
          notes: ['help.note.ontarioOnly'],
          source: ['awhl.org'],
          checked: CHECKED,
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
          ],
          hours: '24/7',
          source: ['1800respect.org.au'],
          checked: CHECKED,
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
          traceNote: 'help.trace.callLog',
          source: ['violenciagenero.igualdad.gob.es'],
          checked: CHECKED,
        },
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
          // Free: SECONDARY (El Pilón, quoting the government).
          hours: '24/7',
          free: true,
          serves: 'help.serves.women',
          source: [
            'https://www.policia.gov.co/noticia/policia-nacional-sensibiliza-comunidad-sobre-uso-las-lineas-emergencia-123-155',
            'https://elpilon.com.co/linea-155-tambien-esta-al-servicio-las-mujeres-rurales/amp',
          ],
          checked: CHECKED_20,
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
          // story on the line); the operator's own page was not found.
          hours: '24/7',
          free: true,
          serves: 'help.serves.anyone',
          source: [
            'https://nation.africa/kenya/news/gender/here-s-where-to-seek-help-if-you-experience-sgbv-during-election-3907194',
            'https://www.un.org/en/coronavirus/someone-talk-kenya-hotline-women%E2%80%94and-men%E2%80%94-crisis',
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
