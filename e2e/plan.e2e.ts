import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningServer } from '@steady/server';
import { axeViolations } from './support/axe.ts';
import { openSession, type Session } from './support/browser.ts';
import { printToPdf } from './support/pdf.ts';
import { searchProfile } from './support/profile.ts';
import { startAppServer } from './support/server.ts';
import { LockPage } from './pages/LockPage.ts';
import { PLAN_SECTION_IDS, PlanPage, type PlanSectionName } from './pages/PlanPage.ts';
import { ShellPage, openFromNav } from './pages/ShellPage.ts';

let server: RunningServer;
let session: Session;
let scratch: string;

const PASSPHRASE = 'meadow lantern cobalt 5821 softly';
// One word per part, unique to this run, so the PDF and the profile can be searched.
const run = randomBytes(4).toString('hex');
const marker = (id: string) => `plnmk${id}${run}`;
const PERSON = `Rosalind${run}`;
const PHONE = '+44 7700 900123';
const WHERE = `shoebox${run}`;
const OWN_ITEM = `glasses${run}`;
const CODE_WORD = `tangerine${run}`;

/** What each part gets: one guided answer (by question id) and its notes. */
const ANSWERS: Record<PlanSectionName, [question: string, text: string]> = {
  people: ['checkIn', `Text my sister at nine ${run}`],
  professional: ['advocate', `Local outreach service ${run}`],
  essentials: ['bag', `My friend at work ${run}`],
  digital: ['device', `Library computer ${run}`],
  crash: ['contactRule', `Only about the children ${run}`],
  children: ['school', `Tell the office ${run}`],
  places: ['routes', `Back door, bus twelve ${run}`],
  after: ['work', `Tell my manager ${run}`],
  risk: ['sense', `It feels worse lately ${run}`],
};

beforeAll(async () => {
  server = await startAppServer();
  scratch = await mkdtemp(join(tmpdir(), 'steady-plan-'));
  session = await openSession();
  await session.page.goto(server.url);
  await new LockPage(session.page).setUp(PASSPHRASE);
});
afterAll(async () => {
  await session?.close();
  await server?.close();
  await rm(scratch, { recursive: true, force: true });
});

describe('the safety plan', () => {
  test('every part can be filled in and is saved as the person goes', async () => {
    const plan = new PlanPage(session.page);
    await plan.open();
    expect(await plan.heading.textContent()).toBe('Your safety plan');
    expect(await plan.page.locator('.plan-state').allTextContents()).toEqual(
      PLAN_SECTION_IDS.map(() => 'Not started'),
    );

    for (const id of PLAN_SECTION_IDS) {
      await plan.openSection(id);
      const [question, text] = ANSWERS[id];
      await plan.field(id, question).fill(text);
      await plan.notes(id).fill(`Notes ${marker(id)} end`);
      if (id === 'people') {
        await plan.field('people', 'codeWord').fill(CODE_WORD);
        await plan.addPerson(PERSON, PHONE, ['A ride', 'A check-in']);
      }
      if (id === 'essentials') {
        await plan.item('Medicines and prescriptions').getByRole('checkbox').check();
        await plan.item('Medicines and prescriptions').getByLabel('Where it is kept').fill(WHERE);
        await plan.addOwnItem('essentials', OWN_ITEM);
        expect(await plan.item(OWN_ITEM).getByLabel('Where it is kept').count()).toBe(1);
      }
      if (id === 'digital' || id === 'children') {
        // Steps to take, not things to keep: no place to say where they are kept.
        await plan.item(id === 'digital' ? 'Passwords changed' : 'The school knows').waitFor();
        expect(await plan.page.getByLabel('Where it is kept').count()).toBe(0);
      }
      if (id === 'risk') {
        // Not one of the gravest: listed, but help is not pushed forward.
        await plan.sign(/follow you, turn up where you are/).check();
      }
      if (id === 'after') await plan.page.getByLabel('This part is done for now').check();
      await plan.waitSaved();
      expect(await plan.saveStatus.textContent()).toBe('Saved');
      await plan.back();
    }
    expect(await plan.helpForward.count()).toBe(0);
    await plan.page.getByLabel('A day to look at the plan again').fill('2031-05-17');
    await plan.waitSaved();

    const states = await plan.page.locator('.plan-state').allTextContents();
    expect(states[PLAN_SECTION_IDS.indexOf('after')]).toBe('Done for now');
    expect(states.filter((s) => s === 'Started')).toHaveLength(8);
  });

  test('after a reload and unlock, everything is still there', async () => {
    const { page } = session;
    await page.reload();
    const lock = new LockPage(page);
    await lock.waitLocked();
    await lock.unlock(PASSPHRASE);
    await lock.waitUnlocked();
    const plan = new PlanPage(page);
    await plan.open();
    expect(await page.getByLabel('A day to look at the plan again').inputValue()).toBe(
      '2031-05-17',
    );
    for (const id of PLAN_SECTION_IDS) {
      await plan.openSection(id);
      const [question, text] = ANSWERS[id];
      expect(await plan.field(id, question).inputValue()).toBe(text);
      expect(await plan.notes(id).inputValue()).toBe(`Notes ${marker(id)} end`);
      if (id === 'people') {
        expect(await plan.field('people', 'codeWord').inputValue()).toBe(CODE_WORD);
        const person = page.locator('.plan-person');
        await expect(person.textContent()).resolves.toContain(PERSON);
        await expect(person.textContent()).resolves.toContain(PHONE);
        await expect(person.textContent()).resolves.toContain('A ride · A check-in');
      }
      if (id === 'essentials') {
        const item = plan.item('Medicines and prescriptions');
        expect(await item.getByRole('checkbox').isChecked()).toBe(true);
        expect(await item.getByLabel('Where it is kept').inputValue()).toBe(WHERE);
        expect(await plan.item(OWN_ITEM).count()).toBe(1);
      }
      if (id === 'risk') {
        expect(await plan.sign(/follow you, turn up where you are/).isChecked()).toBe(true);
      }
      if (id === 'after') {
        expect(await page.getByLabel('This part is done for now').isChecked()).toBe(true);
      }
      await plan.back();
    }
  });

  test('a change typed just before a lock is kept, not lost with the keys', async () => {
    const { page } = session;
    const plan = new PlanPage(page);
    await plan.open();
    await plan.openSection('after');
    const late = 'zq-plan-typed-then-locked';
    // No wait for "saved": the lock comes inside the pause before the save.
    await plan.notes('after').fill(late);
    const lock = new LockPage(page);
    await lock.lock();
    await lock.unlock(PASSPHRASE);
    await lock.waitUnlocked();
    await plan.open();
    await plan.openSection('after');
    expect(await plan.notes('after').inputValue()).toBe(late);
    await plan.notes('after').fill(`Notes ${marker('after')} end`);
    await plan.waitSaved();
    await plan.back();
  });

  test('printing shows only the chosen parts, under a neutral title, with no app chrome', async () => {
    const { page } = session;
    const plan = new PlanPage(page);
    await plan.openPrint();
    const chosen: PlanSectionName[] = ['people', 'essentials', 'after'];
    await plan.choosePrinted(chosen);
    // Nothing of the parts left out is even in the page's print tree.
    const printed = (await page.locator('.plan-print').textContent()) ?? '';
    for (const id of PLAN_SECTION_IDS) {
      expect(printed.includes(marker(id)), id).toBe(chosen.includes(id));
    }

    const { text } = await printToPdf(page, scratch, 'plan');

    for (const id of PLAN_SECTION_IDS) {
      expect(text.includes(marker(id)), `${id} in the PDF`).toBe(chosen.includes(id));
    }
    expect(text).toContain(PERSON);
    expect(text).toContain(WHERE);
    expect(text).toContain(OWN_ITEM);
    expect(text).toContain('Notes');
    // No chrome: no quick exit, navigation, help button or the chooser itself.
    for (const chrome of ['Quick exit', 'My plan', 'Get help', 'Parts to include', 'Lock']) {
      expect(text, chrome).not.toContain(chrome);
    }
    await plan.back();
  });

  test('separating from a partner who controls brings help to the front', async () => {
    const { page } = session;
    const plan = new PlanPage(page);
    await plan.open();
    await plan.openSection('risk');
    await plan.sign(/recently separated/).check();
    await plan.waitSaved();
    // Separation alone is a sign, not yet the one that brings help forward.
    expect(await plan.helpForward.count()).toBe(0);
    await plan.sign(/jealous/).check();
    await plan.helpForward.waitFor();
    expect(await plan.helpForwardIsFirst()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await plan.sign(/jealous/).uncheck();
    await plan.sign(/recently separated/).uncheck();
    await plan.helpForward.waitFor({ state: 'detached' });
    await plan.waitSaved();
    await plan.back();
  });

  test('marking one of the gravest signs brings help to the front', async () => {
    const { page } = session;
    const plan = new PlanPage(page);
    await plan.openSection('risk');
    expect(await plan.helpForward.count()).toBe(0);
    await plan.sign(/choked or strangled you/).check();
    await plan.helpForward.waitFor();
    expect(await plan.helpForwardIsFirst()).toBe(true);
    expect(await plan.helpForward.getAttribute('role')).toBe('alert');
    expect(await plan.helpForward.getAttribute('tabindex')).toBe('-1');
    const panelTop = (await plan.helpForward.boundingBox())!.y;
    const headingTop = (await plan.heading.boundingBox())!.y;
    expect(panelTop).toBeLessThan(headingTop);
    await expect(plan.helpForward.textContent()).resolves.toContain('advocate');
    await plan.waitSaved();

    // It stays at the top of every part of the plan.
    await plan.back();
    expect(await plan.helpForwardIsFirst()).toBe(true);

    await plan.helpForward.getByRole('button', { name: 'Get help and emergency numbers' }).click();
    await page.locator('main h1#help-title').waitFor();

    // Unmarking takes it away again.
    await plan.open();
    await plan.openSection('risk');
    await plan.sign(/choked or strangled you/).uncheck();
    await plan.helpForward.waitFor({ state: 'detached' });
    await plan.waitSaved();
    await plan.back();
  });

  test('the help link from professional help opens the Help screen', async () => {
    const { page } = session;
    const plan = new PlanPage(page);
    await plan.openSection('professional');
    await page.getByRole('button', { name: 'Open Help' }).click();
    await page.locator('main h1#help-title').waitFor();
    await plan.open();
  });

  test('axe passes on every plan screen, in English and in Spanish', async () => {
    const { page } = session;
    const plan = new PlanPage(page);
    const check = async (where: string) => {
      expect(await axeViolations(page), where).toEqual([]);
    };

    const everyView = async (language: string) => {
      await check(`${language} overview`);
      for (const id of PLAN_SECTION_IDS) {
        await plan.openSection(id);
        if (id === 'risk') {
          await plan.sign(/choked or strangled|agarrado del cuello/).check();
          await plan.helpForward.waitFor();
          await check(`${language} risk with help forward`);
          await plan.sign(/choked or strangled|agarrado del cuello/).uncheck();
          await plan.helpForward.waitFor({ state: 'detached' });
          await plan.waitSaved();
        }
        await check(`${language} ${id}`);
        await plan.back();
      }
      await plan.page.locator('.plan-overview .row button').click();
      await plan.page.locator('.plan-print-choose').waitFor();
      await check(`${language} print chooser`);
      await plan.back();
    };

    await everyView('en');

    // Dark appearance and the narrowest phones: still AA, nothing wider than the screen.
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.setViewportSize({ width: 320, height: 640 });
    for (const id of ['essentials', 'risk'] as const) {
      await plan.openSection(id);
      if (id === 'risk') {
        await plan.sign(/choked or strangled/).check();
        await plan.helpForward.waitFor();
      }
      await check(`dark 320px ${id}`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        320,
      );
      if (id === 'risk') {
        await plan.sign(/choked or strangled/).uncheck();
        await plan.helpForward.waitFor({ state: 'detached' });
        await plan.waitSaved();
      }
      await plan.back();
    }
    await check('dark 320px overview');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 390, height: 844 });
    await new ShellPage(page, server.url).goTo('Settings');
    await page.locator('#settings-language').selectOption('es');
    await openFromNav(page, 'Mi plan');
    await plan.overview.waitFor();
    expect(await plan.heading.textContent()).toBe('Tu plan de seguridad');
    await everyView('es');
    await openFromNav(page, 'Ajustes');
    await page.locator('#settings-language').selectOption('en');
    await page.locator('nav.nav').getByRole('button', { name: 'My plan' }).waitFor();
  });

  test('nothing of the plan is in the browser profile in plain', async () => {
    await session.close({ keepProfile: true });
    const markers = [
      ...PLAN_SECTION_IDS.map(marker),
      ...PLAN_SECTION_IDS.map((id) => ANSWERS[id][1]),
      PERSON,
      WHERE,
      OWN_ITEM,
      CODE_WORD,
    ];
    const hits = await searchProfile(session.profileDir, markers);
    await rm(session.profileDir, { recursive: true, force: true });
    expect(hits).toEqual([]);
    session = await openSession();
  });
});
