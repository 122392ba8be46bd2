import { describe, expect, it } from 'vitest';
import { DIRECTORY } from './directory.ts';
import { SERVES_KEYS, type ServesKey } from './keys.ts';
import { emergencyFor, servicesFor, telHref } from './links.ts';
import { DIGITS_ONLY_TEL, RFC3966_TEL, todayUtc } from './test-support.ts';
import { validateDirectory } from './validate.ts';

// The places issue 20 added, each with the line a person there would call.
const ADDED = [
  ['MX', 'Mexico', 'mx-linea-mujeres-079'],
  ['CO', 'Colombia', 'co-linea-155'],
  ['AR', 'Argentina', 'ar-linea-144'],
  ['PE', 'Peru', 'pe-linea-100'],
  ['CL', 'Chile', 'cl-fono-1455'],
  ['ZA', 'South Africa', 'za-gbv-command-centre'],
  ['PH', 'the Philippines', 'ph-911-vawc'],
  ['NG', 'Nigeria', 'ng-la-dsva'],
  ['KE', 'Kenya', 'ke-1195'],
  ['CA-QC', 'Quebec', 'ca-qc-sos-violence-conjugale'],
] as const;

describe('the places added for issue 20', () => {
  it('are nine countries and Quebec, each in the directory', () => {
    const listed = new Set(DIRECTORY.countries.map((c) => c.code));
    const countries = ADDED.filter(([code]) => !code.includes('-'));
    expect(countries).toHaveLength(9);
    for (const [code] of countries) expect(listed.has(code), code).toBe(true);
    // Quebec is a part of Canada's entry, with its own line.
    expect(servicesFor(DIRECTORY, 'CA-QC').some((s) => s.country === 'CA-QC')).toBe(true);
  });

  it.each(ADDED)('%s (%s) has an emergency number with a well-formed tel: link', (code) => {
    const info = emergencyFor(DIRECTORY, code);
    // Quebec is part of Canada: it gets Canada's entry, not the international one.
    expect(info.country).toBe(code === 'CA-QC' ? 'CA' : code);
    expect(info.numbers.length).toBeGreaterThan(0);
    for (const { number, kind } of info.numbers) {
      expect(kind, number).toBeUndefined();
      const href = telHref(number);
      expect(href, number).toMatch(RFC3966_TEL);
      expect(href, number).toMatch(DIGITS_ONLY_TEL);
    }
  });

  it.each(ADDED)(
    '%s (%s) has a line for violence against women or domestic abuse',
    (code, _name, id) => {
      const service = servicesFor(DIRECTORY, code).find((s) => s.id === id);
      expect(service, id).toBeDefined();
      if (service === undefined) return;
      expect(service.source.length).toBeGreaterThan(0);
      expect(service.checked).toBe('2026-12-01');
      const call = service.ways.find((w) => w.kind === 'call');
      expect(telHref(call?.value ?? ''), id).toMatch(DIGITS_ONLY_TEL);
    },
  );

  it('keeps the whole directory valid against the extended schema', () => {
    const result = validateDirectory(DIRECTORY, todayUtc());
    expect(result.ok ? [] : result.issues).toEqual([]);
  });
});

// The specialist lines added for issue 20, each a separate entry saying whom it serves.
const SPECIALIST = [
  ['us-stronghearts', 'US', 'help.serves.native'],
  ['gb-eng-ndah-bsl', 'GB-ENG', 'help.serves.deaf'],
  ['gb-eng-galop', 'GB-ENG', 'help.serves.lgbtq'],
  ['gb-sct-galop', 'GB-SCT', 'help.serves.lgbtq'],
  ['gb-wls-galop', 'GB-WLS', 'help.serves.lgbtq'],
  ['gb-nir-galop', 'GB-NIR', 'help.serves.lgbtq'],
  ['gb-eng-mens-advice-line', 'GB-ENG', 'help.serves.men'],
  ['gb-sct-mens-advice-line', 'GB-SCT', 'help.serves.men'],
  ['gb-wls-mens-advice-line', 'GB-WLS', 'help.serves.men'],
  ['au-mensline', 'AU', 'help.serves.men'],
  ['ca-hope-for-wellness', 'CA', 'help.serves.indigenous'],
  ['ca-on-talk4healing', 'CA-ON', 'help.serves.indigenousWomen'],
] as const satisfies readonly (readonly [string, string, ServesKey])[];

const allServices = DIRECTORY.countries.flatMap((c) => c.services);

describe('the specialist lines added for issue 20', () => {
  it('name StrongHearts, the helpline in British Sign Language, Galop, the Men’s Advice Line, MensLine, Hope for Wellness and Talk4Healing', () => {
    expect(SPECIALIST.map(([id]) => allServices.find((s) => s.id === id)?.name)).toEqual([
      'StrongHearts Native Helpline',
      'National Domestic Abuse Helpline (Refuge) in British Sign Language',
      'Galop LGBT+ Helpline',
      'Galop LGBT+ Helpline',
      'Galop LGBT+ Helpline',
      'Galop LGBT+ Helpline',
      'Men’s Advice Line (Respect)',
      'Men’s Advice Line (Respect)',
      'Men’s Advice Line (Respect)',
      'MensLine Australia',
      'Hope for Wellness Help Line',
      'Talk4Healing',
    ]);
  });

  it.each(SPECIALIST)(
    '%s is listed under %s, serves %s, and has a source and the date it was checked',
    (id, code, serves) => {
      const service = servicesFor(DIRECTORY, code).find((s) => s.id === id);
      expect(service, id).toBeDefined();
      if (service === undefined) return;
      expect(service.serves).toBe(serves);
      expect(service.source.length).toBeGreaterThan(0);
      expect(service.checked).toBe('2026-12-02');
      // It stands on its own, not as a way of some other line.
      const firstWay = service.ways[0];
      expect(firstWay, id).toBeDefined();
      if (firstWay?.kind === 'call') expect(telHref(firstWay.value)).toMatch(DIGITS_ONLY_TEL);
      // It validates on its own, as a deployment's local service would.
      const alone = validateDirectory(
        {
          countries: [
            { code, emergency: [{ number: '999' }], services: [service] },
            {
              code: 'international',
              emergency: [],
              notes: ['help.note.callLocalEmergency'],
              services: [],
            },
          ],
        },
        todayUtc(),
      );
      expect(alone.ok ? [] : alone.issues).toEqual([]);
    },
  );

  it('covers the new kinds of people a line can be for', () => {
    const used = new Set(allServices.map((s) => s.serves));
    for (const key of [
      'help.serves.men',
      'help.serves.lgbtq',
      'help.serves.deaf',
      'help.serves.native',
      'help.serves.indigenous',
      'help.serves.indigenousWomen',
    ]) {
      expect(SERVES_KEYS).toContain(key);
      expect(used.has(key as ServesKey), key).toBe(true);
    }
  });
});

describe('chat and web-form ways', () => {
  const online = allServices.flatMap((s) =>
    s.ways
      .filter((w) => w.kind === 'chat' || w.kind === 'web')
      .map((w) => ({ service: s, way: w })),
  );

  it('include the chats and forms looked up for issue 20', () => {
    const found = online
      .filter(({ way }) => way.traceNote !== undefined)
      .map(({ service, way }) => `${service.id} ${way.kind}`);
    expect(found).toEqual([
      'us-ndvh chat',
      'us-stronghearts chat',
      'gb-eng-ndah web',
      'gb-eng-ndah-bsl web',
      'ca-hope-for-wellness chat',
      'au-1800respect chat',
    ]);
  });

  it('say, for every chat or web way, what it leaves in the browser’s history', () => {
    for (const { service, way } of online) {
      const trace = way.traceNote ?? service.traceNote;
      expect(trace, `${service.id} ${way.value}`).toMatch(
        /^help\.trace\.(browserHistory|chat|webForm)$/,
      );
    }
  });

  it('keep a way’s trace note through validation, and refuse an unknown one', () => {
    const ndvh = allServices.find((s) => s.id === 'us-ndvh');
    const broken = {
      countries: [
        {
          code: 'US',
          emergency: [{ number: '911' }],
          services: [
            {
              ...ndvh,
              ways: [
                {
                  kind: 'chat',
                  value: 'https://www.thehotline.org/',
                  traceNote: 'help.trace.none',
                },
              ],
            },
          ],
        },
        {
          code: 'international',
          emergency: [],
          notes: ['help.note.callLocalEmergency'],
          services: [],
        },
      ],
    };
    const result = validateDirectory(broken, todayUtc());
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues.map((i) => i.path)).toContain(
        'countries[0].services[0].ways[0].traceNote',
      );
    }
  });
});

// The second lines added on 2026-12-02 where a country in the directory has one: each
// has its own page (or its funder's) as a source, says whom it serves or where, and is
// shown to a person who picks the country.
const SECOND_LINES = [
  ['ar-linea-137', 'AR', 'Línea 137', '137'],
  ['co-dc-linea-purpura', 'CO', 'Línea Púrpura Distrital', '01 8000 112 137'],
  ['za-national-shelter-helpline', 'ZA', 'National Shelter Helpline (NSMSA)', '0800 001 005'],
  ['ca-on-talk4healing', 'CA', 'Talk4Healing', '1-855-554-4325'],
  ['ca-hope-for-wellness', 'CA', 'Hope for Wellness Help Line', '1-855-242-3310'],
] as const;

describe('the second lines added on 2026-12-02', () => {
  it.each(SECOND_LINES)(
    '%s shows under %s as %s, on %s, with a source and today’s check',
    (id, picked, name, number) => {
      const service = servicesFor(DIRECTORY, picked).find((s) => s.id === id);
      expect(service?.name).toBe(name);
      if (service === undefined) return;
      expect(service.ways[0]).toEqual({ kind: 'call', value: number });
      expect(telHref(number)).toMatch(DIGITS_ONLY_TEL);
      expect(service.hours).toBe('24/7');
      expect(service.free).toBe(true);
      expect(service.source.length).toBeGreaterThan(1);
      expect(service.checked).toBe('2026-12-02');
      // Whom it is for, or where it works, is said on the card.
      expect(service.serves !== undefined || (service.notes ?? []).length > 0).toBe(true);
    },
  );

  it('keep Bogotá’s line to Bogotá and Talk4Healing to Ontario', () => {
    expect(
      servicesFor(DIRECTORY, 'CO').find((s) => s.id === 'co-dc-linea-purpura')?.notes,
    ).toContain('help.note.bogotaOnly');
    expect(
      servicesFor(DIRECTORY, 'CA').find((s) => s.id === 'ca-on-talk4healing')?.notes,
    ).toContain('help.note.ontarioOnly');
  });
});
