import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { RunningServer } from '@steady/server';
import {
  JOURNAL_LIMITS,
  PLAN_LIMITS,
  PLAN_QUESTIONS,
  PROGRESS_LIMITS,
  URGE_LIMITS,
} from '@steady/core';
import { foreignRequests, openSession, type Session } from './support/browser.ts';
import { PAYLOADS, PAYLOAD_MAX, packPayloads } from './support/injection.ts';
import { imageBytes, jpegWithGps, scanStart } from './support/jpeg.ts';
import { profileHasBytes, searchProfile } from './support/profile.ts';
import { startAppServer } from './support/server.ts';
import { CalmPage } from './pages/CalmPage.ts';
import { CheckInPage, type Scales } from './pages/CheckInPage.ts';
import { JournalPage } from './pages/JournalPage.ts';
import { LockPage } from './pages/LockPage.ts';
import { PLAN_SECTION_IDS, PlanPage } from './pages/PlanPage.ts';
import { ProgressPage } from './pages/ProgressPage.ts';
import { ReportPage } from './pages/ReportPage.ts';
import { ShellPage } from './pages/ShellPage.ts';
import { UrgesPage } from './pages/UrgesPage.ts';

// Script-injection strings typed and saved in every free-text field that has
// landed, then shown on every screen that shows them. Nothing may run, the CSP
// must never have to step in, nothing may leave for another origin, titles and
// addresses stay empty of content, and none of it reaches the profile in plain.

const PASSPHRASE = 'quill harbour lantern 8841 calmly';
const CONTROL = 'zq-hardening-plain-control-3c9e51';

// Every value written gets its own marker: MARK, a two-letter kind and a number.
const MARK = 'ZEBRAQUILL';
const KINDS = {
  jw: 'journal: what happened',
  jf: 'journal: how you felt',
  ja: 'journal: what they did afterwards',
  ji: 'journal: injuries',
  jx: 'journal: witnesses',
  je: 'journal: what happened, edited',
  js: 'journal: search (typed, not saved)',
  fn: 'journal: attachment file names (refused)',
  pa: 'plan: guided answers',
  pn: 'plan: notes',
  pp: 'plan: trusted person name',
  pr: 'plan: trusted person phone',
  pi: 'plan: own checklist item',
  pw: 'plan: where it is kept',
  ur: 'urges: reminder',
  ue: 'urges: reminder, reworded',
  uw: 'urges: if (when)',
  ut: 'urges: then',
  un: 'urges: person to text, name',
  uq: 'urges: person, refused phone',
  uo: 'urges: urge note',
  us: 'urges: unsent message',
  cn: 'check-in: note',
  rb: 'rebuilding log: step',
  sx: 'settings: quick-exit address (refused)',
  sd: 'settings: disguise code (refused)',
} as const;
type Kind = keyof typeof KINDS;

const markers: Array<{ kind: Kind; marker: string }> = [];
/** 64 bytes of the stored photo's image data, to look for in the profile. */
let attachmentScan: Buffer = Buffer.alloc(0);
function marker(kind: Kind): string {
  const value = `${MARK}${kind}${String(markers.length + 1).padStart(3, '0')}`;
  markers.push({ kind, marker: value });
  return value;
}

/** All the payloads in values of at most `limit` characters, each with its own marker. */
function values(kind: Kind, limit: number = Number.POSITIVE_INFINITY): string[] {
  return packPayloads(limit, () => marker(kind));
}

/** The whole corpus as one value (for fields that take it whole). */
function whole(kind: Kind): string {
  const [value, ...rest] = values(kind);
  if (!value || rest.length > 0) throw new Error('the corpus did not pack into one value');
  return value;
}

/** Fragments of what was typed that a title or an address must never hold. */
const FORBIDDEN_IN_CHROME = [
  MARK.toLowerCase(),
  'pwned',
  'script',
  'onerror',
  'onload',
  'evil.example',
  '<',
  '>',
  '%3c',
  '%3e',
];

interface Watch {
  /** Arguments of every call to window.__pwned. */
  pwned: string[];
  dialogs: string[];
  /** securitypolicyviolation events, reported as they happen. */
  csp: string[];
  /** The same events as collected in the page's own window array. */
  cspInPage: string[];
  consoleCsp: string[];
  pageErrors: string[];
  /** Elements or attributes that only injected markup would put in the page. */
  injected: string[];
  screens: Array<{ where: string; title: string; url: string }>;
  requests: string[];
}

const watch: Watch = {
  pwned: [],
  dialogs: [],
  csp: [],
  cspInPage: [],
  consoleCsp: [],
  pageErrors: [],
  injected: [],
  screens: [],
  requests: [],
};

let server: RunningServer;
let session: Session;
let sessionOpen = false;

/** Hooks every detector onto a session before its first page loads. */
async function instrument(current: Session): Promise<void> {
  const { context, page } = current;
  await context.exposeBinding('__pwned', (_source, n: unknown) => {
    watch.pwned.push(String(n));
  });
  await context.exposeBinding('__cspReport', (_source, text: unknown) => {
    watch.csp.push(String(text));
  });
  await context.addInitScript(() => {
    const w = window as unknown as {
      __cspViolations: string[];
      __cspReport?: (text: string) => Promise<void>;
    };
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      const text = `${event.effectiveDirective} blocked ${event.blockedURI} sample ${event.sample}`;
      w.__cspViolations.push(text);
      void w.__cspReport?.(text);
    });
  });
  page.on('dialog', (dialog) => {
    watch.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  page.on('console', (message) => {
    const text = message.text();
    if (/content security policy|trusted ?types?|trusted(script|html)/i.test(text))
      watch.consoleCsp.push(text);
  });
  page.on('pageerror', (error) => watch.pageErrors.push(error.message));
}

async function open(profileDir?: string): Promise<void> {
  session = await openSession(profileDir ? { profileDir } : {});
  sessionOpen = true;
  await instrument(session);
}

/** Moves what the page collected in its own array into the watch, and empties it. */
async function drainPageViolations(page: Page): Promise<void> {
  const found = await page
    .evaluate(() => {
      const w = window as unknown as { __cspViolations?: string[] };
      const list = w.__cspViolations ?? [];
      w.__cspViolations = [];
      return list;
    })
    .catch(() => [] as string[]);
  watch.cspInPage.push(...found);
}

/** Whatever injected markup would leave in the DOM, described. */
function injectedNodes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const foreignTags = new Set([
      'iframe',
      'frame',
      'frameset',
      'object',
      'embed',
      'base',
      'meta',
      'link',
      'style',
      'noscript',
      'marquee',
      'math',
      'x',
      'body',
      'template',
      'video',
      'audio',
      'source',
    ]);
    const badUrl = /^\s*(javascript|vbscript|data):/i;
    for (const element of Array.from(document.body.querySelectorAll('*'))) {
      const tag = element.tagName.toLowerCase();
      if (foreignTags.has(tag)) found.push(`<${tag}>`);
      if (tag === 'script') {
        const src = element.getAttribute('src');
        if (!src || new URL(src, location.href).origin !== location.origin) found.push('<script>');
      }
      for (const name of element.getAttributeNames()) {
        const value = element.getAttribute(name) ?? '';
        if (name.toLowerCase().startsWith('on')) found.push(`<${tag} ${name}>`);
        if (['href', 'xlink:href', 'src', 'action', 'formaction', 'data'].includes(name)) {
          if (badUrl.test(value) && !/^data:image\//i.test(value))
            found.push(`<${tag} ${name}=${value.slice(0, 40)}>`);
          // The app shows only decrypted images (blob:) and its own files (/...).
          if (tag === 'img' && name === 'src' && !/^(blob:|data:image\/|\/(?!\/))/.test(value))
            found.push(`<img src=${value.slice(0, 40)}>`);
        }
      }
    }
    return found;
  });
}

/** Notes the screen's title and address, and anything injected, under `where`. */
async function checkpoint(where: string): Promise<void> {
  const { page } = session;
  watch.screens.push({ where, title: await page.title(), url: page.url() });
  for (const node of await injectedNodes(page)) watch.injected.push(`${where}: ${node}`);
  await drainPageViolations(page);
}

function chromeLeaks(): string[] {
  const leaks: string[] = [];
  for (const { where, title, url } of watch.screens) {
    for (const [what, text] of [
      ['title', title],
      ['url', url],
    ] as const) {
      const lower = text.toLowerCase();
      for (const fragment of FORBIDDEN_IN_CHROME) {
        if (lower.includes(fragment)) leaks.push(`${where}: ${what} "${text}" holds "${fragment}"`);
      }
    }
  }
  return leaks;
}

/** Everything that would show a payload ran, or that the CSP had to stop one. */
function alarms() {
  return {
    pwned: watch.pwned,
    dialogs: watch.dialogs,
    csp: watch.csp,
    cspInPage: watch.cspInPage,
    consoleCsp: watch.consoleCsp,
    pageErrors: watch.pageErrors,
    injected: watch.injected,
    chromeLeaks: chromeLeaks(),
  };
}

const QUIET = {
  pwned: [],
  dialogs: [],
  csp: [],
  cspInPage: [],
  consoleCsp: [],
  pageErrors: [],
  injected: [],
  chromeLeaks: [],
};

async function expectQuiet(): Promise<void> {
  await drainPageViolations(session.page);
  expect(alarms()).toEqual(QUIET);
}

/** Which of `expected` the text does not hold, shortened for a readable failure. */
function missingFrom(text: string | null, expected: readonly string[]): string[] {
  return expected.filter((value) => !(text ?? '').includes(value)).map((v) => v.slice(0, 60));
}

async function expectShown(locator: Locator, expected: readonly string[]): Promise<void> {
  expect(missingFrom(await locator.textContent(), expected)).toEqual([]);
}

/**
 * A person takes time over what they write: the form stays on screen, filled in,
 * for a moment before it is saved (long enough for the browser to note the page's
 * state, as it does every second or so).
 */
const DWELL_MS = 2_000;
async function dwell(page: Page): Promise<void> {
  await page.waitForTimeout(DWELL_MS);
}

/** Waits until the main area shows this (plain ASCII) marker. */
async function waitForMarker(page: Page, value: string): Promise<void> {
  const found = /ZEBRAQUILL[a-z]{2}\d{3}/.exec(value)?.[0];
  if (!found) throw new Error(`no marker in ${value.slice(0, 40)}`);
  await page.waitForFunction(
    (m) => document.querySelector('main')?.textContent?.includes(m) ?? false,
    found,
  );
}

// What each field holds, in the limits the app sets on it.
const journalShort = {
  afterNote: values('ja', JOURNAL_LIMITS.shortText),
  injuries: values('ji', JOURNAL_LIMITS.shortText),
  witnesses: values('jx', JOURNAL_LIMITS.shortText),
};
const ENTRY_COUNT = Math.max(...Object.values(journalShort).map((list) => list.length));
const journalWhat = Array.from({ length: ENTRY_COUNT }, () => whole('jw'));
const journalFelt = Array.from({ length: ENTRY_COUNT }, () => whole('jf'));
const journalEdited = whole('je');
const journalSearch = `${marker('js')} ${PAYLOADS[10]}`;
const fileNames = PAYLOADS.map((payload) => `${marker('fn')} ${payload}.txt`);

type PlanQuestion = { section: (typeof PLAN_SECTION_IDS)[number]; question: string };
const planQuestions: PlanQuestion[] = PLAN_SECTION_IDS.flatMap((section) =>
  PLAN_QUESTIONS[section].map((question) => ({ section, question })),
);
const planAnswers = planQuestions.map(() => values('pa', PLAN_LIMITS.answer));
const PLAN_ROUNDS = Math.max(...planAnswers.map((list) => list.length));
const planNotes = PLAN_SECTION_IDS.map(() => whole('pn'));
const personNames = values('pp', PLAN_LIMITS.name);
const personReach = values('pr', PLAN_LIMITS.reach);
const PEOPLE_COUNT = Math.max(personNames.length, personReach.length);
const PEOPLE_BATCH = 18;
const ownItems = values('pi', PLAN_LIMITS.itemText);
const whereKept = values('pw', PLAN_LIMITS.where);

const reminder = whole('ur');
const reminderReworded = whole('ue');
const ifWhen = whole('uw');
const ifThen = whole('ut');
const urgeContacts = values('un', URGE_LIMITS.name);
const urgeNotes = values('uo', URGE_LIMITS.note);
const unsent = whole('us');
const checkinNotes = values('cn', PROGRESS_LIMITS.note);
const rebuildSteps = values('rb', PROGRESS_LIMITS.text);

const SCALES: Scales = { steadiness: 5, sleep: 6, safety: 7, feelingLikeMyself: 5, urge: 4 };

/** People added so far, in the batch now on the plan. */
let planPeopleShown: Array<{ name: string; reach: string }> = [];

beforeAll(async () => {
  server = await startAppServer();
  await open();
  await session.page.goto(server.url);
  await checkpoint('set-up');
  await new LockPage(session.page).setUp(PASSPHRASE);
  await checkpoint('home after set-up');
});

afterAll(async () => {
  if (sessionOpen) await session.close();
  // Kept for the profile search; gone whatever happened after it.
  if (session) await rm(session.profileDir, { recursive: true, force: true });
  await server?.close();
});

describe('script injection in every text field', () => {
  test('the corpus is large and varied, and the detectors are proven to fire', async () => {
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(50);
    expect(new Set(PAYLOADS).size).toBe(PAYLOADS.length);
    expect(PAYLOADS.filter((p) => p.length > PAYLOAD_MAX)).toEqual([]);
    // Each field gets every payload: whole, or spread over several values that fit it.
    const perField = {
      journalWhat,
      ...journalShort,
      planAnswers: planAnswers[0]!,
      planNotes,
      personNames,
      personReach,
      ownItems,
      whereKept,
      urgeContacts,
      urgeNotes,
      checkinNotes,
      rebuildSteps,
      reminder: [reminder],
      unsent: [unsent],
    };
    for (const [field, list] of Object.entries(perField)) {
      expect({ field, missing: missingFrom(list.join('\n'), PAYLOADS) }).toEqual({
        field,
        missing: [],
      });
    }

    const { page } = session;
    // Were a payload to run, this is what it would call.
    await page.evaluate(() => (window as unknown as { __pwned: (n: number) => void }).__pwned(0));
    // An inline handler is refused by Trusted Types, and an inline style by the CSP:
    // both violations are seen, as events and on the console.
    const refusedHandler = await page.evaluate(() => {
      const img = document.createElement('img');
      img.id = 'detector-control';
      let refused = false;
      try {
        img.setAttribute('onerror', '__pwned(-1)');
      } catch {
        refused = true;
      }
      img.setAttribute('src', 'x');
      document.body.append(img);
      const style = document.createElement('style');
      style.id = 'detector-control-style';
      style.append('main { outline: 1px solid red }');
      document.head.append(style);
      return refused;
    });
    expect(refusedHandler).toBe(true);
    await expect.poll(() => watch.csp.length, { timeout: 5_000 }).toBeGreaterThanOrEqual(2);
    await expect.poll(() => watch.consoleCsp.length, { timeout: 5_000 }).toBeGreaterThan(0);
    expect(watch.csp.some((v) => v.startsWith('require-trusted-types-for'))).toBe(true);
    expect(watch.csp.some((v) => v.startsWith('style-src'))).toBe(true);
    // An element that only injected markup would leave is noticed.
    expect(await injectedNodes(page)).toContain('<img src=x>');
    await drainPageViolations(page);
    expect(watch.pwned).toEqual(['0']);
    expect(watch.cspInPage.length).toBeGreaterThanOrEqual(2);
    await page.evaluate(() => {
      document.getElementById('detector-control')?.remove();
      document.getElementById('detector-control-style')?.remove();
    });
    // Controls done: from here on every alarm must stay silent.
    for (const list of [watch.pwned, watch.csp, watch.cspInPage, watch.consoleCsp]) list.splice(0);
    await expectQuiet();
  });

  test('journal: every text field, a search, attachment names and an edit', async () => {
    const { page } = session;
    const journal = new JournalPage(page);
    await journal.open();
    await checkpoint('journal, empty');

    // Names of files that are not images are shown back in the refusal.
    await journal.startNew();
    await checkpoint('journal, new entry');
    await page.getByLabel('Photos or screenshots (optional)').setInputFiles(
      fileNames.map((name) => ({
        name,
        mimeType: 'text/plain',
        buffer: Buffer.from('not an image'),
      })),
    );
    const refusals = page.locator('#jf-attach-error');
    await refusals
      .locator('p')
      .nth(fileNames.length - 1)
      .waitFor();
    await expectShown(refusals, fileNames);
    await checkpoint('journal, refused attachments');
    await page.getByRole('button', { name: 'Cancel' }).click();

    const jpeg = await jpegWithGps(page);
    for (let k = 0; k < ENTRY_COUNT; k++) {
      const fields = {
        what: journalWhat[k]!,
        felt: journalFelt[k]!,
        afterNote: journalShort.afterNote[k % journalShort.afterNote.length]!,
        injuries: journalShort.injuries[k % journalShort.injuries.length]!,
        witnesses: journalShort.witnesses[k % journalShort.witnesses.length]!,
      };
      await journal.startNew();
      await journal.fill({
        date: `2025-03-${String(k + 2).padStart(2, '0')}`,
        stage: 'An incident of harm',
        harms: ['Threats or intimidation'],
        severity: '3: quite bad',
        after: ['Apologised'],
        ...fields,
        ...(k === 0
          ? { images: [{ name: 'photo.jpg', mimeType: 'image/jpeg', buffer: jpeg }] }
          : {}),
      });
      if (k === 0) await dwell(page);
      await journal.save();
      await journal.entryHeading.waitFor({ timeout: 30_000 });
      if (k === 0) {
        await page.locator('.journal-entry img.journal-image').waitFor();
        // The attachment as stored (metadata stripped): its image data is the marker.
        const stored = await imageBytes(page, '.journal-entry img.journal-image');
        const start = scanStart(stored);
        attachmentScan = stored.subarray(start, start + 64);
        expect(attachmentScan.length).toBe(64);
      }
      await checkpoint(`journal, entry ${k + 1}`);
      const entry = page.locator('main');
      await expectShown(entry, Object.values(fields));
      // The payload reached the page as text: the literal markup is there to read.
      expect(await entry.textContent()).toContain('<script>__pwned(1)</script>');
      expect(await entry.textContent()).toContain('<img src=x onerror=__pwned(11)>');
    }

    // An edit keeps the original: both are shown.
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    await page.getByRole('heading', { name: 'Edit this entry' }).waitFor();
    await checkpoint('journal, edit');
    await journal.fill({ what: journalEdited });
    await journal.save();
    await page.getByText('Edited on').waitFor();
    await page.getByText('1 earlier version').click();
    await checkpoint('journal, entry with earlier version');
    await expectShown(page.locator('main'), [journalEdited, journalWhat[ENTRY_COUNT - 1]!]);

    await journal.toList();
    await checkpoint('journal, list');
    expect(await journal.rows.count()).toBe(ENTRY_COUNT);
    // Typed for real, key by key, into the search.
    const search = page.getByLabel('Search your entries');
    await search.click();
    await search.pressSequentially(journalSearch);
    expect(await search.inputValue()).toBe(journalSearch);
    await dwell(page);
    await checkpoint('journal, searched');
    await search.fill('');
    await journal.toTimeline();
    await checkpoint('journal, timeline');

    const report = new ReportPage(page);
    await report.open();
    await report.setPart('fullText', true);
    await report.setPart('originals', true);
    await report.setPart('injuries', true);
    await checkpoint('report preview');
    await expectShown(report.doc, [
      ...journalWhat,
      ...journalFelt,
      journalEdited,
      ...journalShort.afterNote,
      ...journalShort.injuries,
      ...journalShort.witnesses,
    ]);
    await expectQuiet();
  });

  test('safety plan: every guided answer, notes, people, checklist items and where kept', async () => {
    const { page } = session;
    const plan = new PlanPage(page);
    await plan.open();
    await checkpoint('plan overview');

    for (let round = 0; round < PLAN_ROUNDS; round++) {
      for (const [s, section] of PLAN_SECTION_IDS.entries()) {
        await plan.openSection(section);
        await checkpoint(`plan ${section}, round ${round + 1}`);
        for (const [q, { question }] of planQuestions.entries()) {
          if (planQuestions[q]!.section !== section) continue;
          const answers = planAnswers[q]!;
          await plan.field(section, question).fill(answers[round % answers.length]!);
        }
        if (round === 0) {
          await plan.notes(section).fill(planNotes[s]!);
          if (section === 'people') await addPlanPeople(page, plan);
          if (section === 'essentials') await addChecklist(page);
        }
        await plan.back();
      }
      // Everything typed in this round is written to the vault before it is printed.
      await plan.waitSaved();
      // The printed plan shows every part's text.
      await plan.openPrint();
      await plan.choosePrinted([...PLAN_SECTION_IDS]);
      await checkpoint(`plan print, round ${round + 1}`);
      await expectShown(page.locator('.plan-print'), [
        ...planAnswers.map((answers) => answers[round % answers.length]!),
        ...planNotes,
        ...planPeopleShown.flatMap((person) => [person.name, person.reach]),
        ...ownItems,
        ...whereKept,
      ]);
      await plan.back();
    }
    await expectQuiet();
  });

  test('urges: reminders (and rewording one), if-then plans, people, notes, unsent words', async () => {
    const { page } = session;
    const shell = new ShellPage(page, server.url);
    const urges = new UrgesPage(page);
    await shell.goTo('Staying gone');
    await page.locator('main h1').waitFor();
    await checkpoint('urges');
    await urges.openManage();
    await checkpoint('urges, manage');

    await page.getByLabel(urges.w['urges.reminderLabel']).fill(reminder);
    await page.getByLabel(urges.w['urges.ifWhen'], { exact: true }).fill(ifWhen);
    await page.getByLabel(urges.w['urges.ifThen'], { exact: true }).fill(ifThen);
    await dwell(page);
    await page.getByRole('button', { name: urges.w['urges.reminderAdd'] }).click();
    await waitForMarker(page, reminder);
    await expectShown(page.locator('.urges-words').first(), [reminder]);
    // Reworded: the reminder's own edit field.
    await page.getByRole('button', { name: urges.w['urges.edit'], exact: true }).click();
    await page.locator('.urges-edit textarea').fill(reminderReworded);
    await page
      .locator('.urges-edit')
      .getByRole('button', { name: urges.w['urges.save'], exact: true })
      .click();
    await waitForMarker(page, reminderReworded);

    await page.getByRole('button', { name: urges.w['urges.ifAdd'] }).click();
    await waitForMarker(page, ifWhen);

    const name = page.getByLabel(urges.w['urges.personName'], { exact: true });
    const phone = page.getByLabel(urges.w['urges.personPhone'], { exact: true });
    const add = page.getByRole('button', { name: urges.w['urges.personAdd'] });
    for (const [i, contact] of urgeContacts.entries()) {
      await name.fill(contact);
      await phone.fill(`+44 7700 900${String(100 + i)}`);
      await add.click();
      await waitForMarker(page, contact);
    }
    // A phone number must be a phone number: every payload there is refused.
    await name.fill(marker('uq'));
    for (const payload of PAYLOADS) {
      await phone.fill(payload);
      await add.click();
      await page.getByRole('alert').filter({ hasText: urges.w['urges.personInvalid'] }).waitFor();
      // Not saved (a saved person clears the form); the field takes 32 characters.
      expect(await phone.inputValue()).toBe(payload.slice(0, 32));
    }
    await name.fill('');
    await phone.fill('');
    await checkpoint('urges, manage filled');
    await expectShown(page.locator('main'), [
      reminderReworded,
      ifWhen,
      ifThen,
      ...urgeContacts.map((c, i) => `${c}: +44 7700 900${String(100 + i)}`),
    ]);
    expect(await page.locator('main').textContent()).not.toContain(reminder);

    for (const [i, note] of urgeNotes.entries()) {
      await urges.openStart();
      await checkpoint(`urges, urge ${i + 1}`);
      await urges.setStrength(7);
      await page.getByLabel(urges.w['urges.note']).fill(note);
      if (i === 0) await dwell(page);
      await urges.next();
      await checkpoint(`urges, own words ${i + 1}`);
      await page
        .locator('.urges-people li')
        .nth(urgeContacts.length - 1)
        .waitFor();
      await expectShown(page.locator('main'), [
        reminderReworded,
        ifWhen,
        ifThen,
        ...urgeContacts.map((c) => `Text ${c}`),
      ]);
      if (i === 0) {
        await page.getByLabel(urges.w['urges.unsentLabel']).fill(unsent);
        await dwell(page);
        await page.getByRole('button', { name: urges.w['urges.unsentSave'] }).click();
        await page.getByText(urges.w['urges.unsentSaved']).waitFor();
      }
    }
    await urges.openManage();
    // The list of unsent words is read from the vault after the screen opens.
    await page.locator('#urges-m-unsent').waitFor();
    await checkpoint('urges, manage with unsent');
    await expectShown(page.locator('main'), [unsent]);
    await urges.openLog();
    await checkpoint('urges, log');
    await expectQuiet();
  });

  test('check-in notes and the rebuilding log, then progress', async () => {
    const { page } = session;
    const checkin = new CheckInPage(page);
    const progress = new ProgressPage(page);
    const note = page.getByLabel(checkin.w['checkin.note']);
    // One check-in a day: each save replaces the day's note, so each is saved in turn
    // and read back from the vault before the next.
    for (const [i, text] of checkinNotes.entries()) {
      await checkin.open();
      await checkpoint(`check-in ${i + 1}`);
      await checkin.fill(SCALES, text);
      await checkin.save();
      await progress.open();
      await checkin.open();
      await page.getByText(checkin.w['checkin.already']).waitFor();
      await expect.poll(() => note.inputValue()).toBe(text);
    }
    await checkpoint('check-in, saved');

    const step = page.getByLabel(checkin.w['rebuild.text'], { exact: true });
    for (const [i, text] of rebuildSteps.entries()) {
      await page
        .getByRole('radio', {
          name: checkin.w[i % 2 ? 'rebuild.kind.connection' : 'rebuild.kind.freedom'],
        })
        .check();
      await step.fill(text);
      await page.getByRole('button', { name: checkin.w['rebuild.save'] }).click();
      await waitForMarker(page, text);
    }
    await checkpoint('rebuilding log');
    expect(rebuildSteps.length).toBeLessThanOrEqual(20);
    await expectShown(page.locator('.rebuild-list'), rebuildSteps);

    await progress.open();
    await progress.feltTable('week').waitFor();
    await checkpoint('progress');
    await expectQuiet();
  });

  test('settings: the quick-exit address and the disguise code refuse every payload', async () => {
    const { page } = session;
    const shell = new ShellPage(page, server.url);
    await shell.goTo('Settings');
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
    await checkpoint('settings');

    const address = page.getByLabel('Web address');
    const status = page.locator('#settings-exit-status');
    const reset = page.getByRole('button', { name: 'Use the default (a weather page)' });
    const invalid = 'That does not look like a web address. It should start with https://';
    await reset.click();
    await expect.poll(() => status.textContent()).toBe('');
    for (const [i, payload] of PAYLOADS.entries()) {
      const typed = `${payload}#${marker('sx')}`;
      if (i === 0) {
        // Typed for real, key by key.
        await address.fill('');
        await address.pressSequentially(typed);
      } else {
        await address.fill(typed);
      }
      await page.getByRole('button', { name: 'Save address' }).click();
      await expect.poll(() => status.textContent()).toBe(invalid);
      expect(await address.getAttribute('aria-invalid')).toBe('true');
      // A refused address is not taken as typed: the field still holds it.
      expect(await address.inputValue()).toBe(typed);
    }
    await checkpoint('settings, address refused');

    await page.getByRole('radio', { name: 'Open as a calculator' }).check();
    const code = page.locator('#disguise-code');
    const disguiseStatus = page.locator('#disguise-status');
    for (const payload of PAYLOADS) {
      await code.fill(`${payload}${marker('sd')}`);
      await page.getByRole('button', { name: 'Save disguise' }).click();
      await expect
        .poll(() => disguiseStatus.textContent())
        .toBe('The code must be 4 to 8 digits, with nothing else.');
    }
    await page.getByRole('radio', { name: 'No disguise' }).check();
    await checkpoint('settings, code refused');
    // Nothing refused was kept: the plain preferences hold neither.
    const prefs = await page.evaluate(() => localStorage.getItem('steady.prefs'));
    expect(prefs ?? '').not.toContain(MARK);
    expect(JSON.parse(prefs ?? '{}')).toMatchObject({ exitUrl: '', disguise: 'none' });

    // Security settings are saved in the vault too.
    await page.getByLabel('Lock after this many minutes without use').selectOption('10');
    await page.getByText('Saved.').waitFor();
    await expectQuiet();
  });

  test('every other screen is visited with all of it saved', async () => {
    const { page } = session;
    const shell = new ShellPage(page, server.url);
    const names = await shell.navItems().allTextContents();
    expect(names.length).toBeGreaterThan(5);
    for (const name of names) {
      await shell.goTo(name);
      await page.locator('main h1').first().waitFor();
      await checkpoint(`screen ${name}`);
    }
    const calm = new CalmPage(page);
    await calm.open();
    await calm.openGrounding();
    await checkpoint('calm, grounding');
    await page.locator('header button.get-help').click();
    await page.locator('main h1#help-title').waitFor();
    await checkpoint('help');
    await expectQuiet();
  });

  test('locked and closed, the profile holds no marker of any kind in plain', async () => {
    const { page } = session;
    await new LockPage(page).lock();
    await checkpoint('locked');
    await drainPageViolations(page);
    await page.evaluate((control) => localStorage.setItem('hardening-control', control), CONTROL);
    watch.requests.push(...session.requests);
    await session.close({ keepProfile: true });
    sessionOpen = false;

    const kinds = new Set(markers.map((m) => m.kind));
    expect([...kinds].sort()).toEqual(Object.keys(KINDS).sort());
    const hits = await searchProfile(session.profileDir, [
      ...markers.map((m) => m.marker),
      CONTROL,
    ]);
    // The control is found, so the search can find plain text; nothing else is.
    expect(hits.some((hit) => hit.endsWith(CONTROL))).toBe(true);
    const leaked = hits
      .filter((hit) => !hit.endsWith(CONTROL))
      .map((hit) => {
        const found = markers.find((m) => hit.endsWith(m.marker));
        return found ? `${hit} (${KINDS[found.kind]})` : hit;
      });
    expect(leaked).toEqual([]);
    // The photo's bytes are nowhere in plain either.
    expect(attachmentScan.length).toBe(64);
    expect(await profileHasBytes(session.profileDir, [attachmentScan])).toEqual([]);
  });

  test('unlocked again, everything stored is shown as text and still runs nothing', async () => {
    await open(session.profileDir);
    const { page } = session;
    await page.goto(server.url);
    const lock = new LockPage(page);
    await lock.waitLocked();
    await checkpoint('unlock screen');
    await lock.unlock(PASSPHRASE);
    await lock.waitUnlocked();
    await checkpoint('home after unlock');

    const journal = new JournalPage(page);
    await journal.open();
    await checkpoint('journal list, reopened');
    expect(await journal.rows.count()).toBe(ENTRY_COUNT);
    for (let k = 0; k < ENTRY_COUNT; k++) {
      await journal.rows.nth(k).getByRole('button').click();
      await journal.entryHeading.waitFor();
      await checkpoint(`journal entry ${k + 1}, reopened`);
      expect(await page.locator('main').textContent()).toContain('<svg onload=__pwned(13)>');
      await journal.toList();
    }
    const report = new ReportPage(page);
    await report.open();
    await report.setPart('originals', true);
    await checkpoint('report, reopened');
    await expectShown(report.doc, [
      ...journalWhat,
      ...journalFelt,
      journalEdited,
      ...journalShort.injuries,
    ]);

    const plan = new PlanPage(page);
    await plan.open();
    await plan.openPrint();
    await plan.choosePrinted([...PLAN_SECTION_IDS]);
    await checkpoint('plan print, reopened');
    await expectShown(page.locator('.plan-print'), [...planNotes, ...ownItems, ...whereKept]);
    await plan.back();

    const urges = new UrgesPage(page);
    await new ShellPage(page, server.url).goTo('Staying gone');
    await page.locator('main h1').waitFor();
    await urges.openManage();
    await waitForMarker(page, unsent);
    await checkpoint('urges manage, reopened');
    await expectShown(page.locator('main'), [reminderReworded, ifWhen, ifThen, unsent]);

    const checkin = new CheckInPage(page);
    await checkin.open();
    await page.getByText(checkin.w['checkin.already']).waitFor();
    await page.locator('.rebuild-list').waitFor();
    await checkpoint('check-in, reopened');
    expect(await page.getByLabel(checkin.w['checkin.note']).inputValue()).toBe(checkinNotes.at(-1));
    await expectShown(page.locator('.rebuild-list'), rebuildSteps);
    await expectQuiet();
  });

  test('the whole run: nothing ran, no CSP violation, no other origin, no content in titles or addresses', async () => {
    await drainPageViolations(session.page);
    watch.requests.push(...session.requests);
    expect(watch.screens.length).toBeGreaterThan(60);
    expect(alarms()).toEqual(QUIET);
    expect(watch.requests.length).toBeGreaterThan(10);
    expect(foreignRequests(watch.requests, server.url)).toEqual([]);
  });
});

async function addPlanPeople(page: Page, plan: PlanPage): Promise<void> {
  const people = page.locator('.plan-person');
  const add = page.getByRole('button', { name: 'Add this person' });
  for (let start = 0; start < PEOPLE_COUNT; start += PEOPLE_BATCH) {
    // The plan keeps up to twenty people: add a batch, see it shown, then make room.
    if (start > 0) {
      while ((await people.count()) > 0) {
        const before = await people.count();
        await people.first().getByRole('button').click();
        await people.nth(before - 1).waitFor({ state: 'detached' });
      }
    }
    planPeopleShown = [];
    for (let i = start; i < Math.min(start + PEOPLE_BATCH, PEOPLE_COUNT); i++) {
      const person = {
        name: personNames[i % personNames.length]!,
        reach: personReach[i % personReach.length]!,
      };
      const before = await people.count();
      await page.getByLabel('Name', { exact: true }).fill(person.name);
      await page.getByLabel('How to reach them (phone)').fill(person.reach);
      await add.click();
      await people.nth(before).waitFor();
      planPeopleShown.push(person);
    }
    await plan.waitSaved();
    await checkpoint(`plan people, batch from ${start + 1}`);
    await expectShown(
      page.locator('.plan-people-list'),
      planPeopleShown.flatMap((p) => [p.name, p.reach]),
    );
  }
}

async function addChecklist(page: Page): Promise<void> {
  const items = page.locator('li.plan-item');
  for (const text of ownItems) {
    const before = await items.count();
    await page.locator('#plan-essentials-own').fill(text);
    await page.getByRole('button', { name: 'Add to the list' }).click();
    await items.nth(before).waitFor();
  }
  expect(await items.count()).toBeGreaterThanOrEqual(whereKept.length);
  for (const [i, text] of whereKept.entries()) {
    await items.nth(i).locator('input.plan-where').fill(text);
  }
  await checkpoint('plan essentials checklist');
  await expectShown(page.locator('.plan-items'), ownItems);
}
