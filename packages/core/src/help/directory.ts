import type { Directory, EmergencyNumber } from './types.ts';

// Every fact here comes from /work/shared/content-guide.md and must be
// re-checked against its source before each release; bump `checked` when you do.
// Numbers are written exactly as the guide gives them; links.ts turns them into
// dialable URIs. Emergency numbers carry no source in the guide.

const CHECKED = '2026-11-24';

const UK_EMERGENCY = [
  { number: '999', note: 'help.note.silentSolution' },
  { number: '112' },
] as const satisfies readonly EmergencyNumber[];

// The guide gives 112 alone for the EU, Ireland and India.
const ONLY_112 = [{ number: '112' }] as const satisfies readonly EmergencyNumber[];

const data = {
  countries: [
    {
      code: 'US',
      emergency: [{ number: '911' }],
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
          source: ['thehotline.org', 'ovc.ojp.gov'],
          checked: CHECKED,
        },
      ],
    },
    {
      code: 'GB-ENG',
      emergency: UK_EMERGENCY,
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
      emergency: ONLY_112,
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
          hours: 'help.hours.notListed',
          notes: ['help.note.ontarioOnly'],
          source: ['awhl.org'],
          checked: CHECKED,
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
      emergency: ONLY_112,
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
      emergency: ONLY_112,
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
          hours: 'help.hours.notListed',
          notes: ['help.note.mostStates'],
          source: ['wcd.gov.in'],
          checked: CHECKED,
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

/** The entry shown when the person's country is not in the directory. */
export const FALLBACK_COUNTRY = 'international';
