// Builds a golden fixture: a vault and a backup file holding every kind of record
// Steady stores, with known values, in the record formats of the code it runs with.
//
//   npx tsx scripts/golden/make.ts NAME
//
// writes packages/core/src/records/golden/NAME/ (values.json, vault.json, backup.json).
// A fixture is made once, from the code of its day, and never made again: it stands
// for what people's phones hold. When a record's shape changes, add a migration, make a
// new fixture with a new NAME, and keep every older one with its tests.
//
// Every record is checked by its kind and stored with its kind's current version (as the
// app stores it), so each row below is written in today's shape. Fixtures made before
// 2026-12-03 stored every record as version 1, which they then all were.
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  createEntry,
  createJottedEntry,
  createVault,
  DEFAULT_KDF,
  deriveKeyBytes,
  editEntry,
  emptyPlan,
  MemoryStore,
  putChange,
  setPinned,
  validateCheckIn,
  validateHold,
  validateIfThen,
  validatePlan,
  validateRebuildEntry,
  validateReminder,
  validateUnsent,
  validateUrge,
  type OpenVault,
} from '../../packages/core/src/index.ts';
import { exportBackup } from '../../packages/core/src/backup/index.ts';
import { kindFor } from '../../packages/core/src/records/registry.ts';

const name = process.argv[2];
if (!name || !/^[a-z0-9-]+$/.test(name)) {
  console.error('usage: npx tsx scripts/golden/make.ts NAME   (lowercase letters, digits, dashes)');
  process.exit(2);
}
const out = resolve(import.meta.dirname, '../../packages/core/src/records/golden', name);
if (existsSync(out)) {
  console.error(`${out} exists: a fixture is never made again. Choose a new NAME.`);
  process.exit(2);
}

const PASSPHRASE = 'golden orchard lantern 1987 softly';
const DURESS = 'golden decoy pebble 4410';

function ok<T>(checked: { ok: true; value: T } | { ok: false }, what: string): T {
  if (!checked.ok) throw new Error(`${what} does not validate: ${JSON.stringify(checked)}`);
  return checked.value;
}

type Row = { kind: string; id: string; value: unknown };

// A 1×1 PNG: the smallest real image an entry can carry.
const PNG_1X1 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==';

function contentRows(): Row[] {
  const first = ok(
    createEntry(
      {
        occurred: { date: '2026-10-02', time: '22:15', approximate: false },
        stage: 'incident',
        severity: 4,
        harms: ['emotional', 'threats', 'physical'],
        what: 'Golden: he threw my phone against the wall and said no one would believe me.',
        felt: 'Golden: shaking, ringing in my ears, I could not sleep.',
        after: ['blame', 'apology'],
        afterNote: 'Golden: next morning flowers and "you made me do it".',
        injuries: 'Golden: bruise on the left wrist.',
        witnesses: 'Golden: the neighbour in 4B heard shouting.',
        attachments: ['a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5'],
      },
      new Date('2026-10-03T07:30:00.000Z'),
      '1111aaaa2222bbbb3333cccc4444dddd',
    ),
    'journal entry',
  );
  const edited = editEntry(
    first,
    {
      ...first.versions[0].content,
      what: 'Golden: he threw my phone against the wall and said no one would ever believe me.',
    },
    new Date('2026-10-05T19:00:00.000Z'),
  );
  if (!edited.ok) throw new Error('edit');
  const journal1 = setPinned(edited.value, true);
  const journal2 = ok(
    createEntry(
      {
        occurred: { date: '2026-09-14', approximate: true },
        stage: 'repair',
        severity: 2,
        harms: [],
        what: 'Golden: a good weekend, he promised to change.',
        felt: '',
        after: ['promises'],
        afterNote: '',
        injuries: '',
        witnesses: '',
        attachments: [],
      },
      new Date('2026-09-16T12:00:00.000Z'),
      '5555eeee6666ffff7777aaaa8888bbbb',
    ),
    'second journal entry',
  );

  const base = emptyPlan();
  const plan = ok(
    validatePlan({
      ...base,
      people: [
        { id: 'p1', name: 'Golden Rosa', reach: '+44 7700 900123', can: ['ride', 'checkIn'] },
      ],
      dangerSigns: ['separation', 'stalking'],
      reviewDate: '2027-01-15',
      sections: {
        ...base.sections,
        people: {
          ...base.sections.people,
          answers: {
            checkIn: 'Golden: text Rosa every evening at nine.',
            codeWord: 'Golden: lemons',
          },
          notes: 'Golden: Rosa knows the code word.',
        },
        essentials: {
          ...base.sections.essentials,
          items: [
            ...base.sections.essentials.items.map((item, i) =>
              i === 0 ? { ...item, done: true, where: 'Golden: at work, in the locker' } : item,
            ),
            { id: 'own1', text: 'Golden: spare glasses', done: false, where: '' },
          ],
          complete: true,
        },
        risk: {
          ...base.sections.risk,
          answers: { sense: 'Golden: worse since I said I might go.' },
        },
      },
    }),
    'plan',
  );

  const urge = ok(
    validateUrge({
      id: 'u1',
      at: '2026-11-02T21:40:00.000Z',
      strength: 8,
      pulls: ['missing-them', 'loneliness'],
      note: 'Golden: his birthday.',
    }),
    'urge',
  );
  const holdDone = ok(
    validateHold({
      id: 'h1',
      urgeId: 'u1',
      startedAt: '2026-11-02T21:41:00.000Z',
      endsAt: '2026-11-03T21:41:00.000Z',
      outcome: 'did-not-contact',
      feelingAfter: 6,
      resolvedAt: '2026-11-03T22:00:00.000Z',
    }),
    'hold',
  );
  const holdOpen = ok(
    validateHold({
      id: 'h2',
      startedAt: '2026-11-20T08:00:00.000Z',
      endsAt: '2026-11-21T08:00:00.000Z',
    }),
    'open hold',
  );

  // Details for a court or advocate (journal entry version 3): one entry with every one,
  // one with a few and an edit that changes one (its first version keeps the first).
  const journal3 = ok(
    createEntry(
      {
        occurred: { date: '2026-11-25', time: '23:05', approximate: false },
        stage: 'incident',
        severity: 5,
        harms: ['threats', 'physical'],
        what: 'Golden: he came to the flat although the order says he must not.',
        felt: 'Golden: frozen, then I called the police.',
        after: ['denial'],
        afterNote: '',
        injuries: 'Golden: a cut on my hand from the door.',
        witnesses: 'Golden: the officer who came, and my son.',
        attachments: [],
        details: {
          place: 'Golden: outside flat 4, 12 Elm Road',
          policeReport: 'Golden: CAD 4471/25NOV',
          medicalWhere: 'Golden: St Mary’s walk-in centre',
          medicalWhen: 'Golden: the next morning, about nine',
          property: 'Golden: the front door’s glass',
          messages: 'Golden: “You will regret this” at 22:40, then eleven missed calls.',
          evidenceKept: 'Golden: printed screenshots at my sister’s',
          orderInForce: 'yes',
          orderBroken: 'yes',
          children: 'yes',
        },
      },
      new Date('2026-11-26T08:10:00.000Z'),
      '9999cccc0000dddd1111eeee2222ffff',
    ),
    'journal entry with every detail',
  );
  const fourthFirst = ok(
    createEntry(
      {
        occurred: { date: '2026-11-27', approximate: true },
        stage: 'tension',
        severity: 3,
        harms: ['monitoring'],
        what: 'Golden: he was waiting at the school gate.',
        details: { place: 'Golden: the school gate', orderInForce: 'unsure' },
      },
      new Date('2026-11-27T16:00:00.000Z'),
      '3333dddd4444eeee5555ffff6666aaaa',
    ),
    'journal entry with some details',
  );
  const fourth = editEntry(
    fourthFirst,
    { details: { place: 'Golden: the school gate', orderInForce: 'no', children: 'unsure' } },
    new Date('2026-11-28T09:00:00.000Z'),
  );
  if (!fourth.ok || !fourth.changed) throw new Error('edit of the details');
  const journal4 = fourth.value;
  const jotted = ok(
    createJottedEntry(
      { what: 'Golden: he drove past twice tonight.', occurred: { date: '2026-11-29' } },
      new Date('2026-11-29T21:30:00.000Z'),
      '7777eeee8888ffff9999aaaa0000bbbb',
    ),
    'quick note',
  );

  return [
    { kind: 'journal', id: journal1.id, value: journal1 },
    { kind: 'journal', id: journal2.id, value: journal2 },
    { kind: 'journal', id: journal3.id, value: journal3 },
    { kind: 'journal', id: journal4.id, value: journal4 },
    { kind: 'journal', id: jotted.id, value: jotted },
    {
      kind: 'attachment',
      id: 'a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5',
      value: {
        id: 'a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5',
        type: 'image/png',
        size: 70,
        chunks: 1,
        width: 1,
        height: 1,
      },
    },
    { kind: 'attachment-chunk', id: 'a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5:0', value: PNG_1X1 },
    { kind: 'plan', id: 'main', value: plan },
    ...['2026-11-20', '2026-11-21'].map((date, i) => ({
      kind: 'checkin',
      id: date,
      value: ok(
        validateCheckIn({
          date,
          steadiness: 3 + i,
          sleep: 4,
          safety: 6 + i,
          feelingLikeMyself: 3,
          urge: 7 - i,
          note: i === 0 ? 'Golden: a hard day.' : '',
          savedAt: `${date}T20:30:00.000Z`,
        }),
        'check-in',
      ),
    })),
    ...(
      [
        ['f1', 'freedom', 'Golden: chose my own dinner.'],
        ['c1', 'connection', 'Golden: called my sister.'],
      ] as const
    ).map(([id, kind, text]) => ({
      kind: 'freedom',
      id,
      value: ok(
        validateRebuildEntry({
          id,
          kind,
          text,
          date: '2026-11-18',
          savedAt: '2026-11-18T18:00:00.000Z',
        }),
        'rebuild entry',
      ),
    })),
    {
      kind: 'selfcheck',
      id: '9999aaaa9999aaaa9999aaaa9999aaaa',
      value: {
        version: 2,
        takenAt: '2026-11-10T10:00:00.000Z',
        answers: {
          'returning-1': 'often',
          'minimising-2': 'sometimes',
          'isolation-1': 'not-at-all',
        },
        written: {},
      },
    },
    {
      kind: 'selfcheck-draft',
      id: 'current',
      value: {
        version: 1,
        choices: { 'returning-1': 'sometimes', 'their-moods-1': 'skip' },
        step: 3,
      },
    },
    { kind: 'urge', id: urge.id, value: urge },
    { kind: 'hold', id: holdDone.id, value: holdDone },
    { kind: 'hold', id: holdOpen.id, value: holdOpen },
    ...(
      [
        ['r1', 'Golden: I left because I was afraid in my own home.'],
        ['r2', 'Golden: I deserve to feel safe.'],
      ] as const
    ).map(([id, text]) => ({
      kind: 'reminder',
      id,
      value: ok(validateReminder({ id, text, writtenAt: '2026-10-20T09:00:00.000Z' }), 'reminder'),
    })),
    {
      kind: 'ifthen',
      id: 'i1',
      value: ok(
        validateIfThen({
          id: 'i1',
          when: 'Golden: I want to text him at night',
          then: 'Golden: I will text Rosa instead',
          writtenAt: '2026-10-21T09:00:00.000Z',
        }),
        'if-then',
      ),
    },
    {
      kind: 'unsent',
      id: 'm1',
      value: ok(
        validateUnsent({
          id: 'm1',
          text: 'Golden: I am not coming back.',
          writtenAt: '2026-11-01T23:10:00.000Z',
        }),
        'unsent',
      ),
    },
    {
      kind: 'urge-settings',
      id: 'main',
      value: {
        showDaysWithoutContact: true,
        lastContact: '2026-10-30',
        contacts: [{ name: 'Golden Rosa', phone: '+44 7700 900123' }],
      },
    },
    { kind: 'settings', id: 'security', value: { autoLockMinutes: 7, lockWhenHidden: true } },
    {
      kind: 'settings',
      id: 'serverBackup',
      value: {
        key: 'GOLD-0000-1111-2222-3333-4444-5555-6666-7777',
        version: 3,
        lastAt: '2026-11-21T20:31:00.000Z',
        pending: false,
        deleteAt: null,
      },
    },
    { kind: 'settings', id: 'home', value: { startHereHidden: true } },
    {
      kind: 'draft',
      id: 'unsent',
      value: {
        form: 'unsent',
        target: null,
        savedAt: '2026-11-22T06:00:00.000Z',
        preview: 'Golden: half a message',
        owns: [],
        data: 'Golden: half a message',
      },
    },
  ];
}

/**
 * Records no release could read: kept to show they are counted and never changed. Each
 * is stored with its kind's current version unless its row says another.
 */
const UNREADABLE: Array<Row & { version?: number }> = [
  {
    // A version-2 entry claiming details, which no release that wrote version 2 did.
    kind: 'journal',
    id: 'bbbb0000cccc1111dddd2222eeee3333',
    version: 2,
    value: {
      id: 'bbbb0000cccc1111dddd2222eeee3333',
      writtenAt: '2026-11-24T10:00:00.000Z',
      pinned: false,
      versions: [
        {
          editedAt: '2026-11-24T10:00:00.000Z',
          content: {
            occurred: { date: '2026-11-24', approximate: false },
            stage: 'calm',
            harms: [],
            severity: 1,
            what: 'Golden: a version-2 entry that claims details.',
            felt: '',
            after: [],
            afterNote: '',
            injuries: '',
            witnesses: '',
            attachments: [],
            details: { place: 'Golden: nowhere a release wrote' },
          },
        },
      ],
    },
  },
  {
    kind: 'checkin',
    id: '2026-11-19',
    value: {
      date: '2026-11-19',
      steadiness: 42,
      sleep: 4,
      safety: 6,
      feelingLikeMyself: 3,
      urge: 1,
      note: '',
      savedAt: '2026-11-19T20:30:00.000Z',
    },
  },
  { kind: 'checkin', id: '2026-11-18', value: 'Golden: not a check-in at all' },
  { kind: 'reminder', id: 'r-bad', value: { id: 'r-bad', writtenAt: 'yesterday' } },
];

function kindOf(row: Row) {
  const kind = kindFor(row.kind, row.id);
  if (!kind) throw new Error(`no record kind for ${row.kind}/${row.id}`);
  return kind;
}

/** Each row checked by its kind and rebuilt as the app stores it, with the kind's version. */
function checked(rows: readonly Row[]): Row[] {
  return rows.map((row) => {
    const change = putChange(kindOf(row), row.id, row.value);
    return { kind: row.kind, id: row.id, value: change.value };
  });
}

async function fill(
  vault: OpenVault,
  rows: ReadonlyArray<Row & { version?: number }>,
): Promise<void> {
  await vault.write(
    rows.map(({ kind, id, value, version }) => ({
      op: 'put' as const,
      kind,
      id,
      value,
      version: version ?? kindOf({ kind, id, value }).version,
    })),
  );
}

const store = new MemoryStore();
const derive = deriveKeyBytes;
const { vault, recoveryKey } = await createVault(store, PASSPHRASE, { derive, kdf: DEFAULT_KDF });
const content = checked(contentRows());
await fill(vault, [...content, ...UNREADABLE]);
await vault.setDuress(PASSPHRASE, DURESS, 'decoy', { derive });
const decoy = vault.decoy();
if (!decoy) throw new Error('no decoy');
const decoyRows: Row[] = checked([
  {
    kind: 'checkin',
    id: '2026-11-21',
    value: ok(
      validateCheckIn({
        date: '2026-11-21',
        steadiness: 7,
        sleep: 7,
        safety: 9,
        feelingLikeMyself: 7,
        urge: 0,
        note: '',
        savedAt: '2026-11-21T21:00:00.000Z',
      }),
      'decoy check-in',
    ),
  },
]);
await fill(decoy, decoyRows);
const backup = await exportBackup(store, vault);

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const snapshot = store.snapshot();
mkdirSync(out, { recursive: true });
const json = (file: string, value: unknown) =>
  writeFileSync(resolve(out, file), `${JSON.stringify(value, null, 1)}\n`);
json('values.json', {
  made: new Date().toISOString(),
  passphrase: PASSPHRASE,
  duressPassphrase: DURESS,
  duressMode: 'decoy',
  recoveryKey,
  records: content,
  unreadable: UNREADABLE,
  decoy: decoyRows,
});
json('vault.json', {
  meta: snapshot.meta.map(({ key, value }) => ({ key, value: b64(value) })),
  records: snapshot.records.map(({ tag, id, data }) => ({ tag, id, data: b64(data) })),
});
json('backup.json', { file: b64(backup) });
console.log(
  `${out}: ${content.length} records of ${new Set(content.map((r) => r.kind)).size} kinds, ${UNREADABLE.length} unreadable, ${decoyRows.length} in the decoy; backup ${backup.length} bytes`,
);
