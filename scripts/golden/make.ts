// Builds a golden fixture: a vault and a backup file holding every kind of record
// Steady stores, with known values, in the record formats of the code it runs with.
//
//   npx tsx scripts/golden/make.ts NAME
//
// writes packages/core/src/records/golden/NAME/ (values.json, vault.json, backup.json).
// A fixture is made once, from the code of its day, and never made again: it stands
// for what people's phones hold. When a record's shape changes, add a migration, make a
// new fixture with a new NAME, and keep every older one with its tests.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  createEntry,
  createJottedEntry,
  createVault,
  DEFAULT_KDF,
  deriveKeyBytes,
  editEntry,
  emptyPlan,
  MemoryStore,
  setPinned,
  validateCheckIn,
  validateCopingIdea,
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
import { readStored } from '../../packages/core/src/records/kind.ts';
import { kindFor } from '../../packages/core/src/records/registry.ts';
import { hexSha256, versionDigests } from '../../packages/core/src/evidence/index.ts';
import type { JournalRecord } from '../../packages/core/src/model/journal-types.ts';
import { receiptId } from '../../packages/core/src/records/timestamps.ts';
import { readTimestampReply, timestampQuery } from '../../packages/core/src/timestamp/index.ts';
import { generatedIdentity } from '../../packages/server/src/timestamp/identity.ts';
import {
  createTimestamper,
  DEFAULT_TSA_POLICY,
} from '../../packages/server/src/timestamp/index.ts';

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
/**
 * A row of the content, written in the shape of its kind's version `writtenAs` (1 unless
 * it says another: the shapes of the first fixture's day).
 */
type ContentRow = Row & { writtenAs?: number };
/** An unreadable row, stored under `version` when it says one, else its kind's current. */
type StoredRow = Row & { version?: number };

// A 1×1 PNG: the smallest real image an entry can carry.
const PNG_1X1 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==';

/**
 * Receipts of trusted timestamps for every version of the entries (since 2026-12-03):
 * real RFC 3161 tokens, signed by a relay identity made for this fixture alone.
 */
async function receiptRows(entries: readonly JournalRecord[]): Promise<Row[]> {
  const dir = mkdtempSync(join(tmpdir(), 'golden-tsa-'));
  try {
    const identity = await generatedIdentity(dir, 'Relay time-stamping service');
    const signedAt = new Date(Math.floor(Date.now() / 1000) * 1000);
    const timestamper = createTimestamper({
      identity,
      policy: DEFAULT_TSA_POLICY,
      // The identity's certificate starts a minute before it is made, so the tokens are
      // signed at the time the fixture is made (one instant for all of them).
      now: () => signedAt,
    });
    const photo = await hexSha256(Uint8Array.from(atob(PNG_1X1), (c) => c.charCodeAt(0)));
    const rows: Row[] = [];
    for (const entry of entries) {
      const digests = await versionDigests(entry, (id) =>
        id === 'a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5' ? photo : undefined,
      );
      for (const [version, digest] of digests.entries()) {
        const query = timestampQuery(digest);
        const reading = await readTimestampReply(await timestamper.respond(query.der), query);
        if (!reading.ok) throw new Error(`receipt: ${reading.problem}`);
        const id = receiptId(entry.id, version);
        rows.push({
          kind: 'timestamp-receipt',
          id,
          value: {
            id,
            entry: entry.id,
            version,
            digest,
            token: Buffer.from(reading.receipt.token).toString('base64'),
            time: reading.receipt.time,
            authority: reading.receipt.authority,
          },
        });
      }
    }
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function contentRows(): ContentRow[] {
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
    // Written in the shape of version 3 (details), and of version 2 (a quick note).
    { kind: 'journal', id: journal3.id, value: journal3, writtenAs: 3 },
    { kind: 'journal', id: journal4.id, value: journal4, writtenAs: 3 },
    { kind: 'journal', id: jotted.id, value: jotted, writtenAs: 2 },
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
        version: 1,
        takenAt: '2026-11-10T10:00:00.000Z',
        answers: {
          'returning-1': 'often',
          'minimising-2': 'sometimes',
          'isolation-1': 'not-at-all',
        },
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
    ...(
      [
        ['c1', 'Golden: the song my grandmother sang', '2026-11-02T18:00:00.000Z'],
        ['c2', 'Golden: a walk to the river', '2026-11-03T18:00:00.000Z'],
      ] as const
    ).map(([id, text, writtenAt]) => ({
      kind: 'coping',
      id,
      value: ok(validateCopingIdea({ id, text, writtenAt }), 'coping idea'),
    })),
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
      },
    },
    {
      kind: 'share-link',
      id: '5a5e0000111122223333444455556666',
      value: {
        shareId: '5a5e0000111122223333444455556666',
        token: 'ab'.repeat(32),
        madeAt: '2026-11-22T08:00:00.000Z',
        expiresAt: '2026-11-25T08:00:00.000Z',
        downloads: 1,
        entries: 2,
        revokedAt: null,
      },
    },
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

/** Records no release could read: kept to show they are counted and never changed. */
const UNREADABLE: StoredRow[] = [
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
  { kind: 'coping', id: 'c-bad', value: { id: 'c-bad', text: '   ', writtenAt: 'soon' } },
];

// Each record is stored under its kind's version of today, as the app writes it.
async function fill(vault: OpenVault, rows: readonly StoredRow[]): Promise<void> {
  await vault.write(
    rows.map(({ kind, id, value, version }) => ({
      op: 'put' as const,
      kind,
      id,
      value,
      version: version ?? kindFor(kind, id)?.version ?? 1,
    })),
  );
}

const store = new MemoryStore();
const derive = deriveKeyBytes;
const { vault, recoveryKey } = await createVault(store, PASSPHRASE, { derive, kdf: DEFAULT_KDF });
// The rows above are written in the shapes of the first fixture's day (or of the version
// a row names); each is stored as today's app stores it: brought to its kind's current
// shape by the kind's own migrations (and recorded so in values.json), under the kind's
// current version.
function current({ writtenAs = 1, ...row }: ContentRow): Row {
  const kind = kindFor(row.kind, row.id);
  if (!kind) throw new Error(`no kind for ${row.kind}/${row.id}`);
  const read = readStored(kind, { id: row.id, value: row.value, version: writtenAs });
  if (!read.ok) throw new Error(`${row.kind}/${row.id} does not read: ${JSON.stringify(read)}`);
  return { ...row, value: read.value };
}
const rows = contentRows().map(current);
const journals = rows
  .filter((row) => row.kind === 'journal')
  .map((row) => row.value as JournalRecord);
const content: Row[] = [
  ...rows,
  ...(await receiptRows(journals)),
  { kind: 'settings', id: 'timestamps', value: { on: true } },
  { kind: 'settings', id: 'home', value: { startHereHidden: true } },
];
await fill(vault, [...content, ...UNREADABLE]);
await vault.setDuress(PASSPHRASE, DURESS, 'decoy', { derive });
const decoy = vault.decoy();
if (!decoy) throw new Error('no decoy');
const decoyRows: Row[] = [
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
];
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
