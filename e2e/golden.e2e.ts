import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { RunningServer } from '@steady/server';
import { fromBase64 as bytes, goldenStore } from '../packages/core/src/records/golden/store.ts';
import type { Store } from '../packages/core/src/store/store.ts';
import { deriveKeyBytes } from '../packages/core/src/vault/kdf.ts';
import { unlock } from '../packages/core/src/vault/vault.ts';
import { kindFor } from '../packages/core/src/records/registry.ts';
import { parseBackup } from '../packages/core/src/backup/format.ts';
import { DANGER_SIGNS } from '../packages/core/src/plan/index.ts';
import { pluralText, type Plural } from '../packages/app/src/i18n/plural.ts';
import { selfCheck } from '../packages/app/src/content/selfcheck/en.ts';
import { openSession } from './support/browser.ts';
import { startAppServer } from './support/server.ts';
import { APP_DIST, ROOT } from './support/paths.ts';
import { WORDS } from './support/words.ts';
import {
  GOLDEN,
  openBlankOnOrigin,
  seedGoldenVault,
  storedRows,
  type StoredRow,
} from './support/golden.ts';
import { TEST_ONLY_MARK, type ReminderV2, type V2Read } from './golden/reminder-v2.shared.ts';
import { BackupPage } from './pages/BackupPage.ts';
import { CheckInPage } from './pages/CheckInPage.ts';
import { JournalPage } from './pages/JournalPage.ts';
import { LockPage } from './pages/LockPage.ts';
import { PLAN_SECTION_IDS, PlanPage } from './pages/PlanPage.ts';
import { ProgressPage, type Measure } from './pages/ProgressPage.ts';
import { SelfCheckPage } from './pages/SelfCheckPage.ts';
import { ShellPage } from './pages/ShellPage.ts';
import { UrgesPage } from './pages/UrgesPage.ts';

// The fixture made from main before records had types and versions
// (packages/core/src/records/golden/README.md), opened by the built app in Chromium:
// every value it holds must be on its screen, the records no release could read must be
// counted there and left in storage byte for byte.

const { values, vault: vaultJson, backup: backupJson } = GOLDEN;
const w = WORDS.en;

type Row = { kind: string; id: string; value: unknown };
// values.json is typed by its first record of each kind; these views say what each holds.
type JournalValue = {
  writtenAt: string;
  pinned: boolean;
  versions: Array<{
    content: {
      occurred: { date: string };
      what: string;
      felt: string;
      afterNote: string;
      injuries: string;
      witnesses: string;
      attachments: string[];
    };
  }>;
};
type PlanValue = {
  sections: Record<
    string,
    {
      answers: Record<string, string>;
      items: Array<{ id: string; done: boolean; where: string; text?: string }>;
      notes: string;
      complete: boolean;
    }
  >;
  people: Array<{ name: string; reach: string }>;
  dangerSigns: string[];
  reviewDate: string;
};
type CheckInValue = Record<Measure, number> & { date: string };

const rows = values.records as Row[];
const of = <T>(kind: string): Array<{ id: string; value: T }> =>
  rows.filter((row) => row.kind === kind).map((row) => ({ id: row.id, value: row.value as T }));
const one = <T>(kind: string, id: string): T => {
  const found = of<T>(kind).find((row) => row.id === id);
  if (!found) throw new Error(`no ${kind}/${id} in values.json`);
  return found.value;
};

const say = (text: string, params: Record<string, string | number>) =>
  Object.entries(params).reduce((out, [k, v]) => out.replaceAll(`{${k}}`, String(v)), text);
const count = (message: Plural, n: number) => pluralText(message, 'en', { count: n });
const unreadableOf = (kind: string) => values.unreadable.filter((row) => row.kind === kind).length;
const mediumDate = (iso: string) =>
  new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(
    Date.parse(`${iso}T00:00:00Z`),
  );
const longDate = (iso: string) =>
  new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(
    Date.parse(`${iso}T00:00:00Z`),
  );

/**
 * Where each unreadable record sits in storage. Names are keyed MACs, so they are found
 * the way the app finds them: by asking the vault for the record and noting which row
 * it reads (the fixture's own vault, in memory, with the real Argon2id).
 */
async function storageNamesOfUnreadable(): Promise<Array<{ tag: string; id: string }>> {
  const store = await goldenStore(vaultJson);
  let asked: Array<{ tag: string; id: string }> = [];
  const noting = new Proxy(store, {
    get(target, prop) {
      if (prop === 'get') {
        return (tag: string, id: string) => {
          asked.push({ tag, id });
          return target.get(tag, id);
        };
      }
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  }) as Store;
  const open = await unlock(noting, values.passphrase, { derive: deriveKeyBytes });
  const names = [];
  for (const row of values.unreadable) {
    const kind = kindFor(row.kind, row.id);
    if (!kind) throw new Error(`no record kind for ${row.kind}`);
    asked = [];
    const read = await open.read(kind, row.id);
    expect(read?.ok, `${row.kind}/${row.id} should not read`).toBe(false);
    expect(asked).toHaveLength(1);
    names.push(asked[0]!);
  }
  open.lock();
  return names;
}

/** The unreadable records' rows as vault.json holds them. */
function goldenRowsAt(names: ReadonlyArray<{ tag: string; id: string }>): StoredRow[] {
  return names.map((name) => {
    const row = vaultJson.records.find((r) => r.tag === name.tag && r.id === name.id);
    if (!row) throw new Error('an unreadable record is not in vault.json');
    return row;
  });
}

const sorted = (list: readonly StoredRow[]) =>
  [...list].sort((a, b) => `${a.tag}/${a.id}`.localeCompare(`${b.tag}/${b.id}`));

function rowsAt(all: StoredRow[], names: ReadonlyArray<{ tag: string; id: string }>) {
  return names.map((name) => all.find((r) => r.tag === name.tag && r.id === name.id));
}

/**
 * The pixels of an 8-bit RGBA PNG whose rows use no filter or the 'sub' filter (what the
 * fixture's photo holds), as RGBA bytes: what the screen must show for it.
 */
function pngPixels(png: Buffer): number[] {
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  if (png[24] !== 8 || png[25] !== 6) throw new Error('not an 8-bit RGBA PNG');
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    if (png.toString('latin1', at + 4, at + 8) === 'IDAT') {
      idat.push(png.subarray(at + 8, at + 8 + length));
    }
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const out: number[] = [];
  const stride = width * 4;
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const row = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    if (filter !== 0 && filter !== 1) throw new Error(`PNG filter ${filter} not handled`);
    for (let x = 0; x < stride; x++) {
      const left = filter === 1 && x >= 4 ? out[y * stride + x - 4]! : 0;
      out.push((row[x]! + left) & 0xff);
    }
  }
  return out;
}

async function expectNote(page: Page, text: string): Promise<void> {
  await page.locator('.unreadable-note').getByText(text, { exact: true }).waitFor();
}

let server: RunningServer;
let files: string;
let unreadableNames: Array<{ tag: string; id: string }>;
beforeAll(async () => {
  server = await startAppServer();
  files = await mkdtemp(join(tmpdir(), 'steady-golden-'));
  unreadableNames = await storageNamesOfUnreadable();
});
afterAll(async () => {
  await server.close();
  await rm(files, { recursive: true, force: true });
});

/** Unlocks through the lock screen; the key still to confirm is shown first, then confirmed. */
async function unlockGolden(page: Page): Promise<void> {
  const lock = new LockPage(page);
  await lock.waitLocked();
  await lock.unlock(values.passphrase);
  expect(await lock.readRecoveryKey()).toBe(values.recoveryKey);
  await lock.confirmRecoveryKey(values.recoveryKey);
}

async function expectJournal(page: Page): Promise<void> {
  const journal = new JournalPage(page);
  await journal.open();
  const entries = of<JournalValue>('journal');
  await journal.count
    .filter({ hasText: count(w['journal.list.countAll'], entries.length) })
    .waitFor();
  for (const { id, value } of entries) {
    const latest = value.versions.at(-1)!.content;
    const row = journal.rows.filter({ has: page.locator(`#jr-${id}`) });
    await expect(row.locator(`#jr-${id}`).textContent()).resolves.toContain(latest.what);
    await row.getByRole('button').click();
    await journal.entryHeading.waitFor();
    const entry = page.locator('article');
    for (const text of [
      latest.what,
      latest.felt,
      latest.afterNote,
      latest.injuries,
      latest.witnesses,
    ]) {
      if (text !== '') await entry.locator('dd', { hasText: text }).first().waitFor();
    }
    // Every earlier version is kept and shown under its own heading.
    for (const earlier of value.versions.slice(0, -1)) {
      await entry
        .locator('details dd', { hasText: earlier.content.what })
        .waitFor({ state: 'attached' });
    }
    // Each photo, decoded from the bytes the vault holds.
    for (const [index, attachmentId] of latest.attachments.entries()) {
      const meta = one<{ width: number; height: number; chunks: number }>(
        'attachment',
        attachmentId,
      );
      const png = Buffer.concat(
        Array.from({ length: meta.chunks }, (_, i) =>
          Buffer.from(one<string>('attachment-chunk', `${attachmentId}:${i}`), 'base64'),
        ),
      );
      const image = entry.locator('img').nth(index);
      await page.waitForFunction(
        (img) => img instanceof HTMLImageElement && img.complete && img.naturalWidth > 0,
        await image.elementHandle(),
      );
      const shown = await image.evaluate((img: HTMLImageElement) => {
        const canvas = document.createElement('canvas');
        canvas.width = img.naturalWidth;
        canvas.height = img.naturalHeight;
        const context = canvas.getContext('2d')!;
        context.drawImage(img, 0, 0);
        const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
        return { width: canvas.width, height: canvas.height, rgba: Array.from(data) };
      });
      expect(shown).toEqual({ width: meta.width, height: meta.height, rgba: pngPixels(png) });
    }
    await journal.toList();
  }
}

async function expectPlan(page: Page): Promise<void> {
  const plan = new PlanPage(page);
  const value = one<PlanValue>('plan', 'main');
  await plan.open();
  await plan.overview
    .getByText(say(w['plan.reviewOn'], { date: longDate(value.reviewDate) }))
    .waitFor();
  for (const id of PLAN_SECTION_IDS) {
    const section = value.sections[id]!;
    await plan.openSection(id);
    for (const [name, answer] of Object.entries(section.answers)) {
      await expect(plan.field(id, name).inputValue(), `${id}.${name}`).resolves.toBe(answer);
    }
    await expect(plan.notes(id).inputValue()).resolves.toBe(section.notes);
    const complete = page.locator(`input[aria-describedby="plan-${id}-complete-hint"]`);
    await expect(complete.isChecked(), `${id} done for now`).resolves.toBe(section.complete);
    for (const [index, item] of section.items.entries()) {
      const where = page.locator(`#plan-${id}-item-${item.id}-where`);
      // Only the things gathered ask where they are kept; a place written anywhere shows.
      if (id === 'essentials' || item.where !== '') {
        await expect(where.inputValue(), `${id}/${item.id} where`).resolves.toBe(item.where);
      } else {
        await expect(where.count(), `${id}/${item.id} where`).resolves.toBe(0);
      }
      const line = page.locator('li.plan-item').nth(index);
      const box = line.locator('input[type="checkbox"]');
      await expect(box.isChecked(), `${id}/${item.id} done`).resolves.toBe(item.done);
      if (item.text !== undefined) await line.getByText(item.text, { exact: true }).waitFor();
    }
    if (id === 'people') {
      for (const person of value.people) {
        const card = page.locator('.plan-person', { hasText: person.name });
        await card.getByText(person.reach, { exact: true }).waitFor();
      }
    }
    if (id === 'risk') {
      for (const sign of DANGER_SIGNS) {
        await expect(plan.sign(w[`plan.sign.${sign}`]).isChecked(), sign).resolves.toBe(
          value.dangerSigns.includes(sign),
        );
      }
    }
    await plan.back();
  }
}

async function expectUrges(page: Page): Promise<void> {
  const urges = new UrgesPage(page);
  const reminders = of<{ text: string }>('reminder');
  const plans = of<{ when: string; then: string }>('ifthen');
  const settings = one<{ lastContact: string; contacts: Array<{ name: string; phone: string }> }>(
    'urge-settings',
    'main',
  );
  const reminderNote = count(w['unreadable.reminder'], unreadableOf('reminder'));

  // The kept draft is offered after unlocking, and carrying on opens the step with the
  // person's own words, the draft back in its box.
  const draft = one<{ preview: string; data: string }>('draft', 'unsent');
  const offer = page.locator('.draft-offer');
  await offer.getByText(draft.preview, { exact: true }).waitFor();
  await offer.getByRole('button', { name: w['draft.carryOn'] }).click();
  await page.getByRole('heading', { name: w['urges.remindTitle'] }).waitFor();
  // The kept words are put back into the box once the draft has been read from the vault.
  await expect.poll(() => page.locator('#urges-unsent').inputValue()).toBe(draft.data);
  await expectNote(page, reminderNote);
  for (const { value } of reminders) await urges.reminders().getByText(value.text).waitFor();
  for (const { value } of plans) {
    await page.getByText(say(w['urges.ifthenLine'], value), { exact: true }).waitFor();
  }
  for (const { value } of of<JournalValue>('journal').filter((j) => j.value.pinned)) {
    await page.getByText(value.versions.at(-1)!.content.what, { exact: true }).first().waitFor();
  }
  for (const person of settings.contacts) {
    await page
      .getByRole('link', { name: say(w['urges.textPerson'], { name: person.name }) })
      .waitFor();
  }

  await urges.openManage();
  await expectNote(page, reminderNote);
  for (const { value } of reminders) {
    await page.locator('.urges-own', { hasText: value.text }).waitFor();
  }
  for (const { value } of plans) {
    await page.getByText(say(w['urges.ifthenLine'], value), { exact: true }).waitFor();
  }
  for (const person of settings.contacts) {
    await page.getByText(`${person.name}: ${person.phone}`).first().waitFor();
  }
  await expect(page.locator('#urges-last-contact').inputValue()).resolves.toBe(
    settings.lastContact,
  );
  for (const { value } of of<{ text: string }>('unsent')) {
    await page.getByText(value.text, { exact: true }).waitFor();
  }

  await urges.openLog();
  const now = new Date();
  const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  const days = Math.round((today - Date.parse(`${settings.lastContact}T00:00:00Z`)) / 86_400_000);
  await page
    .getByText(pluralText(w['urges.days'], 'en', { count: days }), { exact: true })
    .waitFor();
  const urge = one<{ at: string; strength: number }>('urge', 'u1');
  const contacted = of<{ urgeId?: string; outcome?: string }>('hold').filter(
    (h) => h.value.outcome === 'contacted',
  ).length;
  const week = urges.tableRows().filter({ has: page.locator(`time[datetime="2026-11-02"]`) });
  await expect(week.locator('td').allTextContents()).resolves.toEqual([
    '1',
    String(urge.strength),
    String(contacted),
  ]);
}

async function expectProgress(page: Page): Promise<void> {
  const progress = new ProgressPage(page);
  await progress.open();
  await expectNote(page, count(w['unreadable.checkin'], unreadableOf('checkin')));
  const checkIns = of<CheckInValue>('checkin')
    .map((c) => c.value)
    .sort((a, b) => b.date.localeCompare(a.date));
  for (const measure of ['steadiness', 'sleep', 'safety', 'feelingLikeMyself', 'urge'] as const) {
    if (measure !== 'steadiness') await progress.show(measure);
    const table = progress.daysTable();
    await table.waitFor();
    for (const checkIn of checkIns) {
      const line = progress.rows(table).filter({ hasText: mediumDate(checkIn.date) });
      await expect(
        line.locator('td').first().textContent(),
        `${measure} ${checkIn.date}`,
      ).resolves.toBe(String(checkIn[measure]));
    }
  }
  const steps = of<{ kind: 'freedom' | 'connection'; date: string }>('freedom');
  const stepsWeek = progress
    .rows(progress.stepsTable('week'))
    .filter({ hasText: mediumDate('2026-11-16') });
  const cells = await stepsWeek.locator('td').allTextContents();
  expect(cells.slice(0, 2)).toEqual([
    String(steps.filter((s) => s.value.kind === 'freedom').length),
    String(steps.filter((s) => s.value.kind === 'connection').length),
  ]);
}

async function expectCheckInScreen(page: Page): Promise<void> {
  const checkIn = new CheckInPage(page);
  await checkIn.open();
  for (const { value } of of<{ kind: string; date: string; text: string }>('freedom')) {
    const step = checkIn.steps().filter({ hasText: value.text });
    await step
      .getByText(w[value.kind === 'freedom' ? 'rebuild.freedomTag' : 'rebuild.connectionTag'])
      .waitFor();
    await expect(step.locator('time').getAttribute('datetime')).resolves.toBe(value.date);
  }
}

async function expectSelfCheck(page: Page): Promise<void> {
  const selfcheck = new SelfCheckPage(page);
  await selfcheck.open();
  const signName = (statement: string) =>
    selfCheck.signs.find((s) => s.statements.some((st) => st.id === statement))!.name;
  await selfcheck.openHistory();
  for (const { value } of of<{ takenAt: string; answers: Record<string, string> }>('selfcheck')) {
    const shown = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeStyle: 'short' }).format(
      Date.parse(value.takenAt),
    );
    const item = page.locator('.selfcheck-checkin', { hasText: shown });
    for (const level of ['often', 'sometimes'] as const) {
      const names = Object.entries(value.answers)
        .filter(([, answer]) => answer === level)
        .map(([statement]) => signName(statement));
      for (const name of names) await item.locator('dd', { hasText: name }).waitFor();
    }
  }
  await selfcheck.toStart();
  // The paused one carries on at its step, with its choices ticked.
  const paused = one<{ step: number; choices: Record<string, string> }>(
    'selfcheck-draft',
    'current',
  );
  await selfcheck.resume();
  expect(await selfcheck.step()).toBe(paused.step);
  for (let step = paused.step; step > 0; step--) {
    await selfcheck.button(w['selfcheck.back']).click();
    await page.waitForFunction(
      (n) => document.querySelector('.selfcheck-part')?.textContent?.startsWith(`Part ${n} `),
      step,
    );
  }
  const labels = await selfcheck.checkedLabels();
  const first = selfCheck.signs[0]!;
  first.statements.forEach((statement, index) => {
    const chosen = paused.choices[statement.id];
    const label =
      chosen === undefined || chosen === 'skip'
        ? ''
        : selfCheck.scale.labels[chosen as keyof typeof selfCheck.scale.labels];
    expect(labels[index], statement.id).toBe(label);
  });
}

async function expectSettings(page: Page): Promise<void> {
  const shell = new ShellPage(page, server.url);
  await shell.goTo(w['nav.settings']);
  const security = one<{ autoLockMinutes: number; lockWhenHidden: boolean }>(
    'settings',
    'security',
  );
  await expect(page.locator('#security-minutes').inputValue()).resolves.toBe(
    String(security.autoLockMinutes),
  );
  await expect(page.getByLabel(w['security.lockHidden']).isChecked()).resolves.toBe(
    security.lockWhenHidden,
  );
  const relay = one<{ key: string; lastAt: string }>('settings', 'serverBackup');
  const when = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(
    Date.parse(relay.lastAt),
  );
  await page.getByText(say(w['relay.last'], { when }), { exact: true }).waitFor();
  await page.getByRole('button', { name: w['relay.showKey'] }).click();
  const shownKey = page
    .getByRole('group', { name: w['relay.keyLabel'] })
    .locator('.recovery-group');
  await shownKey.first().waitFor();
  expect((await shownKey.allTextContents()).join('-')).toBe(relay.key);
  await page
    .getByText(w[`duress.status.${values.duressMode as 'decoy'}`], { exact: true })
    .waitFor();
}

/** Every screen that shows the fixture's values, each checked in turn. */
async function expectEveryScreen(page: Page): Promise<void> {
  await expectUrges(page);
  await expectJournal(page);
  await expectPlan(page);
  await expectCheckInScreen(page);
  await expectProgress(page);
  await expectSelfCheck(page);
  await expectSettings(page);
}

describe('the golden fixture of 2026-12-01 in a real browser', () => {
  test('the vault as stored opens through the lock screen: every value on its screen, the unreadable counted and left byte for byte', async () => {
    const session = await openSession();
    try {
      const { page } = session;
      await openBlankOnOrigin(page, server.url, '/golden-seed');
      await seedGoldenVault(page);
      expect(sorted(await storedRows(page))).toEqual(sorted(vaultJson.records));
      await page.goto(server.url);
      await unlockGolden(page);

      await expectEveryScreen(page);

      await new LockPage(page).lock();
      const stored = await storedRows(page);
      expect(rowsAt(stored, unreadableNames)).toEqual(goldenRowsAt(unreadableNames));
    } finally {
      await session.close();
    }
  });
  test('the backup file of that day restores on a fresh profile: the same values on their screens, the unreadable counted and carried byte for byte', async () => {
    const file = join(files, 'backup-2026-12-01.stdy');
    const contents = bytes(backupJson.file);
    await writeFile(file, contents);
    const carried = (await parseBackup(contents)).records;
    const inFile = unreadableNames.map((name) => {
      const row = carried.find((r) => r.tag === name.tag && r.id === name.id);
      return row && { ...name, data: Buffer.from(row.data).toString('base64') };
    });
    // The file holds them exactly as the vault did.
    expect(inFile).toEqual(goldenRowsAt(unreadableNames));

    const session = await openSession();
    try {
      const { page } = session;
      await page.goto(server.url);
      const backup = new BackupPage(page);
      await backup.openFromSetup();
      await backup.restore(file, values.passphrase);
      // Opened with the passphrase given to restore it: it is not asked a second time.
      expect(await new LockPage(page).readRecoveryKey()).toBe(values.recoveryKey);
      expect(await page.getByRole('heading', { name: 'Unlock Steady' }).count()).toBe(0);
      await new LockPage(page).confirmRecoveryKey(values.recoveryKey);

      await expectEveryScreen(page);

      await new LockPage(page).lock();
      expect(rowsAt(await storedRows(page), unreadableNames)).toEqual(inFile);
    } finally {
      await session.close();
    }
  });

  test('a test-only version 2 of reminders migrates the stored ones on read in the browser, and reading rewrites nothing', async () => {
    // Bundled here from a file under e2e/: the app's own bundle never holds this kind.
    const bundled = await build({
      entryPoints: [join(ROOT, 'e2e/golden/reminder-v2.page.ts')],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      write: false,
      logLevel: 'silent',
    });
    const script = bundled.outputFiles[0]!.text;
    expect(script).toContain(TEST_ONLY_MARK);
    const assets = await readdir(join(APP_DIST, 'assets'));
    for (const asset of assets.filter((name) => name.endsWith('.js'))) {
      const code = await readFile(join(APP_DIST, 'assets', asset), 'utf8');
      expect(code.includes(TEST_ONLY_MARK), asset).toBe(false);
    }

    const session = await openSession();
    try {
      const { page } = session;
      await openBlankOnOrigin(page, server.url, '/golden-seed');
      await seedGoldenVault(page);
      await page.route(`${server.url}/golden-reminder-v2`, (route) =>
        route.fulfill({
          status: 200,
          contentType: 'text/html',
          body: '<!doctype html><title>-</title><script type="module" src="/golden-reminder-v2.js"></script>',
        }),
      );
      await page.route(`${server.url}/golden-reminder-v2.js`, (route) =>
        route.fulfill({ status: 200, contentType: 'text/javascript', body: script }),
      );
      await page.goto(`${server.url}/golden-reminder-v2`);
      await page.waitForFunction(() => 'readGolden' in window);
      const read = await page.evaluate(
        (passphrase) =>
          (window as unknown as { readGolden(p: string): Promise<V2Read> }).readGolden(passphrase),
        values.passphrase,
      );

      const expected = of<{ id: string; text: string; writtenAt: string }>('reminder').map(
        ({ id, value }): { id: string; value: ReminderV2 } => ({
          id,
          value: { id: value.id, words: value.text, writtenAt: value.writtenAt },
        }),
      );
      const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
      expect([...read.items].sort(byId)).toEqual([...expected].sort(byId));
      expect(read.unreadable).toEqual(
        values.unreadable
          .filter((row) => row.kind === 'reminder')
          .map(() => ({ code: 'invalid', version: 1 })),
      );
      // Reading never rewrites: every row is as vault.json holds it.
      expect(sorted(await storedRows(page))).toEqual(sorted(vaultJson.records));
    } finally {
      await session.close();
    }
  });
});
