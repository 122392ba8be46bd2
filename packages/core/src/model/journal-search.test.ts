import { describe, expect, it } from 'vitest';
import { currentContent, editEntry, setPinned } from './journal.ts';
import {
  buildSearchIndex,
  filterEntries,
  foldForSearch,
  updateSearchIndex,
  type EntryFilter,
} from './journal-search.ts';
import { HARMS, STAGES, type JournalRecord } from './journal-types.ts';
import { makeRecord, seededRandom } from './test-support.ts';

function edited(record: JournalRecord, what: string): JournalRecord {
  const result = editEntry(record, { what }, new Date('2025-06-07T10:00:00.000Z'));
  if (!result.ok) throw new Error('edit refused');
  return result.value;
}

// A small hand-made journal. Three entries share 1 May: two at 20:00 (written
// at different moments, one the next morning) and one with no time.
const kitchen = makeRecord(
  'a-kitchen',
  {
    occurred: { date: '2025-05-01', time: '20:00', approximate: false },
    stage: 'incident',
    harms: ['emotional', 'threats'],
    severity: 4,
    what: 'Me gritó en la cocina.',
  },
  '2025-05-02T08:00:00.000Z',
);
const sorry = makeRecord(
  'c-sorry',
  {
    occurred: { date: '2025-05-01', time: '20:00', approximate: false },
    stage: 'repair',
    severity: 1,
    after: ['apology'],
    afterNote: 'Dijo que lo sentía. Perdón, perdón.',
  },
  '2025-05-01T21:00:00.000Z',
);
const morning = makeRecord(
  'b-morning',
  {
    occurred: { date: '2025-05-01', approximate: true },
    stage: 'tension',
    harms: ['monitoring'],
    severity: 2,
    felt: 'Stomach in KNOTS all morning.',
  },
  '2025-05-01T10:00:00.000Z',
);
const wrist = makeRecord(
  'd-wrist',
  {
    occurred: { date: '2025-04-10', approximate: false },
    stage: 'incident',
    harms: ['physical'],
    severity: 5,
    injuries: 'Bruised wrist.',
    witnesses: 'Ana (neighbour).',
  },
  '2025-06-01T09:00:00.000Z',
);
const quiet = setPinned(
  makeRecord(
    'e-quiet',
    {
      occurred: { date: '2025-05-20', approximate: false },
      stage: 'calm',
      severity: 1,
      what: 'Quiet week. Café with Zoë.',
    },
    '2025-05-20T19:00:00.000Z',
  ),
  true,
);
const card = edited(
  makeRecord(
    'f-card',
    {
      occurred: { date: '2025-06-05', approximate: false },
      stage: 'incident',
      harms: ['financial'],
      severity: 3,
      what: 'He took the card and shouted.',
    },
    '2025-06-05T22:00:00.000Z',
  ),
  'Took my card.',
);

const journal = [wrist, quiet, morning, card, kitchen, sorry];
const index = buildSearchIndex(journal);

function ids(filter: EntryFilter): string[] {
  return filterEntries(index, filter).map((record) => record.id);
}

describe('filterEntries', () => {
  it('lists newest first: by date, then time, then when written', () => {
    expect(ids({})).toEqual(['f-card', 'e-quiet', 'a-kitchen', 'c-sorry', 'b-morning', 'd-wrist']);
  });

  it('filters by date range, both ends included', () => {
    expect(ids({ from: '2025-05-01', to: '2025-05-20' })).toEqual([
      'e-quiet',
      'a-kitchen',
      'c-sorry',
      'b-morning',
    ]);
    expect(ids({ from: '2025-05-02' })).toEqual(['f-card', 'e-quiet']);
    expect(ids({ to: '2025-04-30' })).toEqual(['d-wrist']);
    expect(ids({ from: '2025-06-01', to: '2025-05-01' })).toEqual([]);
  });

  it('filters by stage', () => {
    expect(ids({ stages: ['incident'] })).toEqual(['f-card', 'a-kitchen', 'd-wrist']);
    expect(ids({ stages: ['repair', 'calm'] })).toEqual(['e-quiet', 'c-sorry']);
    expect(ids({ stages: [] })).toHaveLength(6);
  });

  it('filters by kind of harm, any of those asked for', () => {
    expect(ids({ harms: ['threats'] })).toEqual(['a-kitchen']);
    expect(ids({ harms: ['financial', 'physical'] })).toEqual(['f-card', 'd-wrist']);
    expect(ids({ harms: ['sexual'] })).toEqual([]);
    expect(ids({ harms: [] })).toHaveLength(6);
    expect(ids({ harms: ['verbal' as never] })).toEqual([]);
  });

  it('filters by severity, both bounds included', () => {
    expect(ids({ minSeverity: 4 })).toEqual(['a-kitchen', 'd-wrist']);
    expect(ids({ maxSeverity: 1 })).toEqual(['e-quiet', 'c-sorry']);
    expect(ids({ minSeverity: 2, maxSeverity: 3 })).toEqual(['f-card', 'b-morning']);
  });

  it('filters by pinned', () => {
    expect(ids({ pinned: true })).toEqual(['e-quiet']);
    expect(ids({ pinned: false })).toHaveLength(5);
  });

  it('combines criteria', () => {
    expect(ids({ stages: ['incident'], minSeverity: 4, from: '2025-05-01' })).toEqual([
      'a-kitchen',
    ]);
  });

  it('finds words whatever their accents or case', () => {
    expect(ids({ text: 'grito' })).toEqual(['a-kitchen']);
    expect(ids({ text: 'GRITÓ' })).toEqual(['a-kitchen']);
    expect(ids({ text: 'perdon' })).toEqual(['c-sorry']);
    expect(ids({ text: 'cafe zoe' })).toEqual(['e-quiet']);
    expect(ids({ text: 'knots' })).toEqual(['b-morning']);
    // Decomposed input (as some keyboards produce) matches precomposed text.
    expect(ids({ text: 'Gri\u0074o\u0301' })).toEqual(['a-kitchen']);
  });

  it('searches what, felt, afterNote, injuries and witnesses', () => {
    expect(ids({ text: 'cocina' })).toEqual(['a-kitchen']);
    expect(ids({ text: 'stomach' })).toEqual(['b-morning']);
    expect(ids({ text: 'sentía' })).toEqual(['c-sorry']);
    expect(ids({ text: 'wrist' })).toEqual(['d-wrist']);
    expect(ids({ text: 'neighbour' })).toEqual(['d-wrist']);
  });

  it('needs every word, each within one field', () => {
    expect(ids({ text: '  gritó   cocina ' })).toEqual(['a-kitchen']);
    expect(ids({ text: 'gritó quiet' })).toEqual([]);
    // 'wrist.' ends injuries and 'Ana' starts witnesses: no match across the join.
    expect(ids({ text: 'wrist.ana' })).toEqual([]);
    expect(ids({ text: '   ' })).toHaveLength(6);
  });

  it('searches what the entry says now, not words since corrected', () => {
    expect(ids({ text: 'shouted' })).toEqual([]);
    expect(ids({ text: 'took my card' })).toEqual(['f-card']);
  });

  it('takes the records directly as well as an index', () => {
    expect(filterEntries(journal, { text: 'grito' }).map((r) => r.id)).toEqual(['a-kitchen']);
  });
});

describe('foldForSearch', () => {
  it('drops accents and case in any script that has them', () => {
    expect(foldForSearch('ÀÉÎÕÜ ñ ç Ø')).toBe('aeiou n c ø');
    expect(foldForSearch('İstanbul')).toBe('istanbul');
    expect(foldForSearch('Ελένη')).toBe('ελενη');
    expect(foldForSearch('Zoë 😢 Café')).toBe('zoe 😢 cafe');
    expect(foldForSearch('नमस्ते')).toBe(foldForSearch('नमस्ते').replace(/\p{M}/gu, ''));
  });
});

describe('filterEntries on a generated journal of 10,000 entries', () => {
  const words = ['gritó', 'puerta', 'coche', 'llaves', 'Zoë', 'café', 'door', 'keys', 'phone'];
  const random = seededRandom(4);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const records = Array.from({ length: 10_000 }, (_, i) => {
    const day = 1 + Math.floor(random() * 28);
    const month = 1 + Math.floor(random() * 12);
    const hasTime = random() < 0.5;
    return makeRecord(
      `gen-${i}`,
      {
        occurred: {
          date: `20${15 + Math.floor(random() * 10)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
          time: hasTime ? `${String(Math.floor(random() * 24)).padStart(2, '0')}:30` : undefined,
          approximate: false,
        },
        stage: pick(STAGES),
        harms: HARMS.filter(() => random() < 0.2),
        severity: pick([1, 2, 3, 4, 5] as const),
        what: `${pick(words)} ${pick(words)}`,
        felt: random() < 0.1 ? 'GRITO' : '',
      },
      new Date(Date.UTC(2025, 0, 1) + Math.floor(random() * 1e9)).toISOString(),
    );
  });

  // An independent, slow reference: the obvious loop and a hand-written sort.
  function reference(filter: EntryFilter): string[] {
    const fold = (s: string) =>
      s
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase();
    const key = (r: JournalRecord) => {
      const o = currentContent(r).occurred;
      // Fixed widths, so plain text order is date, then time (none first), then the rest.
      return `${o.date} ${o.time ?? '--:--'} ${r.writtenAt} ${r.id}`;
    };
    return records
      .filter((r) => {
        const c = currentContent(r);
        if (filter.from && c.occurred.date < filter.from) return false;
        if (filter.to && c.occurred.date > filter.to) return false;
        if (filter.stages && (c.stage === undefined || !filter.stages.includes(c.stage))) {
          return false;
        }
        if (filter.harms && !c.harms.some((h) => filter.harms?.includes(h))) return false;
        if (filter.minSeverity && (c.severity ?? 0) < filter.minSeverity) return false;
        if (filter.text) {
          const fields = [c.what, c.felt, c.afterNote, c.injuries, c.witnesses].map(fold);
          if (!fields.some((f) => f.includes(fold(filter.text ?? '')))) return false;
        }
        return true;
      })
      .sort((a, b) => (key(a) < key(b) ? 1 : key(a) > key(b) ? -1 : 0))
      .map((r) => r.id);
  }

  const big = buildSearchIndex(records);
  const filters: EntryFilter[] = [
    {},
    { text: 'grito' },
    { text: 'CAFE' },
    { from: '2019-03-01', to: '2020-02-29', stages: ['incident', 'tension'] },
    { harms: ['physical', 'sexual'], minSeverity: 4 },
    { stages: ['repair'], text: 'zoe', from: '2022-01-01' },
  ];

  it.each(filters)('matches the reference for %j', (filter) => {
    const found = filterEntries(big, filter).map((record) => record.id);
    expect(found.length).toBeGreaterThan(0);
    expect(found).toEqual(reference(filter));
  });

  it('gives the same order whatever order the records came in', () => {
    const reversed = buildSearchIndex([...records].reverse());
    expect(filterEntries(reversed, {}).map((r) => r.id)).toEqual(reference({}));
    expect(reversed.rows).toHaveLength(10_000);
  });
});

describe('updateSearchIndex', () => {
  it('gives the same index as rebuilding, after adding, changing and removing entries', () => {
    const fresh = makeRecord('g-fresh', {
      occurred: { date: '2025-05-10', approximate: false },
      what: 'Nueva entrada: gritó otra vez.',
    });
    const changed = edited(kitchen, 'Me gritó en el pasillo.');
    const updated = updateSearchIndex(index, { put: [fresh, changed], remove: ['d-wrist'] });
    const rebuilt = buildSearchIndex([quiet, morning, card, changed, sorry, fresh]);
    expect(updated).toEqual(rebuilt);
    expect(filterEntries(updated, { text: 'grito' }).map((r) => r.id)).toEqual([
      'g-fresh',
      'a-kitchen',
    ]);
    expect(filterEntries(updated, { text: 'cocina' })).toEqual([]);
    // The index it started from is untouched.
    expect(filterEntries(index, { text: 'cocina' }).map((r) => r.id)).toEqual(['a-kitchen']);
  });
});
