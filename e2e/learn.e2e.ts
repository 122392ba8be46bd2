import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningServer } from '@steady/server';
import { axeViolations } from './support/axe.ts';
import {
  foreignRequests,
  openSession,
  waitForServiceWorker,
  type Session,
} from './support/browser.ts';
import { searchProfile } from './support/profile.ts';
import { startAppServer } from './support/server.ts';
import { LearnPage } from './pages/LearnPage.ts';
import { LockPage } from './pages/LockPage.ts';
import { SelfCheckPage } from './pages/SelfCheckPage.ts';
import { ShellPage } from './pages/ShellPage.ts';

let server: RunningServer;
const allRequests: string[] = [];

beforeAll(async () => {
  server = await startAppServer();
});
afterAll(async () => {
  await server.close();
});

const PASSPHRASE = 'meadow copper lantern 2290 slowly';

async function expectNoViolations(session: Session, where: string): Promise<void> {
  expect({ where, violations: await axeViolations(session.page) }).toEqual({
    where,
    violations: [],
  });
}

async function horizontalOverflow(session: Session): Promise<number> {
  return session.page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

describe('Learn and the self-check, in English', () => {
  let session: Session;
  let shell: ShellPage;
  let learn: LearnPage;
  let check: SelfCheckPage;

  beforeAll(async () => {
    session = await openSession();
    shell = new ShellPage(session.page, server.url);
    learn = new LearnPage(session.page);
    check = new SelfCheckPage(session.page);
    await shell.open();
    await new LockPage(session.page).setUp(PASSPHRASE);
  });
  afterAll(async () => {
    allRequests.push(...session.requests);
    await session.close();
  });

  test('lists every chapter with its summary and reading time', async () => {
    await learn.open();
    const titles = await learn.chapterTitles();
    expect(titles).toHaveLength(7);
    expect(titles[0]).toBe('What a trauma bond is');
    const times = await learn.readingTimes();
    expect(times).toHaveLength(7);
    for (const time of times) expect(time).toMatch(/^About \d+ minutes to read$/);
    await expectNoViolations(session, 'chapter list');
  });

  test('a chapter opens with its topics first, focus on its heading, and moves on', async () => {
    await learn.openChapter('What a trauma bond is');
    // The content note comes before the heading, in reading order.
    expect(await learn.topics.textContent()).toMatch(/^Topics: /);
    const noteFirst = await session.page.evaluate(() => {
      const note = document.querySelector('main .learn-topics');
      const heading = document.getElementById('chapter-title');
      return !!note && !!heading && !!(note.compareDocumentPosition(heading) & 4);
    });
    expect(noteFirst).toBe(true);
    expect(await learn.sectionHeadings().count()).toBeGreaterThan(1);
    expect(await learn.whatHelpsLinks().count()).toBeGreaterThan(0);
    await expectNoViolations(session, 'a chapter');

    await learn.next();
    expect(await learn.chapterHeading.textContent()).toBe('The cycle: tension, harm, repair, calm');
    await learn.previous();
    expect(await learn.chapterHeading.textContent()).toBe('What a trauma bond is');
    await learn.backToList();
    // Back in the list, focus returns to the chapter just read.
    await session.page.waitForFunction(
      () => document.activeElement?.textContent === 'What a trauma bond is',
    );
  });

  test('a "what helps" link opens that part of Steady', async () => {
    await learn.openChapter('What a trauma bond is');
    await learn.followWhatHelps('Try the self-check');
    await check.introHeading.waitFor();
    expect(await check.introHeading.textContent()).toBe('Self-check: the signs in your own life');

    await learn.open();
    await learn.openChapter('What a trauma bond is');
    await learn.followWhatHelps('Find a support line');
    await session.page.locator('main h1#help-title').waitFor();

    // Every part of Steady the chapters point to exists in this build, so every
    // item is a working link, none left as plain words.
    await learn.open();
    await learn.openChapter('What a trauma bond is');
    for (let chapter = 1; chapter <= 7; chapter++) {
      expect(await session.page.locator('main .learn-what-helps .learn-help-text').count()).toBe(0);
      expect(await learn.whatHelpsLinks().count()).toBeGreaterThan(1);
      if (chapter < 7) await learn.next();
    }
  });

  test('reads offline after one visit, even a language not opened before', async () => {
    const { page, context } = session;
    await waitForServiceWorker(page);
    await context.setOffline(true);
    try {
      await page.reload();
      const lock = new LockPage(page);
      await lock.waitLocked();
      await lock.unlock(PASSPHRASE);
      await lock.waitUnlocked();

      await learn.open();
      await learn.openChapter('Why it can feel like an addiction');
      expect(await learn.bodyText()).toContain('relief');

      // Spanish was never loaded in this session: its catalog and chapters come
      // from the service worker's precache, with the network off.
      await shell.goTo('Settings');
      await page.getByLabel('Language').selectOption('es');
      await page.getByRole('heading', { name: 'Ajustes' }).waitFor();
      await learn.open('Aprender');
      await learn.openChapter('Por qué irse es difícil, y puede ser peligroso');
      expect(await learn.topics.textContent()).toMatch(/^Temas: /);
      await check.open('Revisión de señales');
      expect(await check.introHeading.textContent()).toBe(
        'Revisión de señales: lo que ves en tu propia vida',
      );
    } finally {
      await context.setOffline(false);
    }
    await shell.goTo('Ajustes');
    await page.getByLabel('Idioma').selectOption('en');
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
  });

  test('the self-check: introduction, one sign at a time, reflections and never a score', async () => {
    await check.open();
    const intro = await check.main.innerText();
    expect(intro).toContain('This is not a test, and it is not a diagnosis.');
    expect(intro).toContain('pressing Shift three times leaves at once');
    await expectNoViolations(session, 'self-check introduction');

    await check.start();
    expect(await check.signHeading.textContent()).toBe('Going back after harm');
    await check.answer(['Often', 'Sometimes']);
    await expectNoViolations(session, 'self-check statements');
    await check.next();
    // Skipping is a choice like any other.
    await check.answer(['Skip', 'Skip']);
    await check.next();
    await check.answerAll({ 2: ['Sometimes', 'Not at all'] });
    await check.finish();

    expect(await check.signsShown('often')).toEqual(['Going back after harm']);
    expect(await check.signsShown('sometimes')).toEqual(['Keeping the good, losing the bad']);
    const results = await check.main.innerText();
    expect(results).toContain('This is not a score');
    expect(results).toContain('not a diagnosis');
    // Reflections in words: no number anywhere, so nothing reads as a score.
    expect(results).not.toMatch(/\d/);
    await expectNoViolations(session, 'self-check reflections');

    await check.save();
    await expectNoViolations(session, 'self-check saved');
  });

  test('pausing keeps the answers, locked, until the person carries on', async () => {
    await check.toStart();
    await check.start();
    await check.answer(['Sometimes', 'Not at all']);
    await check.next();
    await check.answer(['Often', 'Skip']);
    await check.pause();
    await expectNoViolations(session, 'self-check paused');

    // Leave the screen altogether, then come back.
    await shell.goTo('Home');
    await check.open();
    await check.main.getByText('You paused a self-check earlier.').waitFor();
    await check.resume();
    expect(await check.signHeading.textContent()).toBe('Making it smaller');
    expect(await check.checkedLabels()).toEqual(['Often', 'Skip']);
  });

  test('a later check-in is saved and compared with the first, in words', async () => {
    await check.button('Back').click();
    expect(await check.checkedLabels()).toEqual(['Sometimes', 'Not at all']);
    await check.next();
    await check.next();
    await check.answerAll({ 5: ['Often', 'Sometimes'] });
    await check.finish();
    // Signs seen most come first: Fear of leaving had a second answer, "sometimes".
    expect(await check.signsShown('often')).toEqual(['Fear of leaving', 'Making it smaller']);
    expect(await check.signsShown('sometimes')).toEqual(['Going back after harm']);
    await check.save();

    await check.openHistory();
    const dates = await check.historyDates();
    expect(dates).toHaveLength(2);
    await expectNoViolations(session, 'past check-ins');
    await check.compare();
    const compared = await check.main.innerText();
    expect(compared).toContain('This is not a diagnosis or a score');
    expect(await check.changedItems('Came up both times')).toEqual([
      'Going back after harm: often the first time, sometimes the second time',
    ]);
    expect(await check.changedItems('Came up only the second time')).toEqual([
      'Making it smaller: showed up often',
      'Fear of leaving: showed up often',
    ]);
    expect(await check.changedItems('Came up only the first time')).toEqual([
      'Keeping the good, losing the bad: showed up sometimes',
    ]);
    // Apart from the two dates, nothing here is a number.
    const withoutDates = dates.reduce((text, date) => text.replaceAll(date, ''), compared);
    expect(withoutDates).not.toMatch(/\d/);
    await expectNoViolations(session, 'what changed');
  });

  test('the saved check-ins survive locking and can be deleted', async () => {
    const lock = new LockPage(session.page);
    await lock.lock();
    await lock.unlock(PASSPHRASE);
    await lock.waitUnlocked();
    await check.open();
    await check.openHistory();
    expect(await check.historyDates()).toHaveLength(2);
    const oldest = (await check.historyDates())[1]!;
    await check.main.getByRole('button', { name: `Delete the check-in from ${oldest}` }).click();
    await check.button('Delete it').click();
    await session.page.waitForFunction(
      () => document.querySelectorAll('main .selfcheck-checkin').length === 1,
    );
    expect(await check.main.innerText()).toContain(
      'Once you have saved two check-ins, you can compare them here.',
    );
  });
});

describe('Learn and the self-check, in Spanish, dark and on a 320 px phone', () => {
  test('every screen passes axe and fits without sideways scrolling', async () => {
    const session = await openSession({
      locale: 'es-ES',
      colorScheme: 'dark',
      viewport: { width: 320, height: 640 },
    });
    try {
      const shell = new ShellPage(session.page, server.url);
      const learn = new LearnPage(session.page);
      const check = new SelfCheckPage(session.page);
      await shell.open();
      await setUpInSpanish(session);

      await learn.open('Aprender');
      expect(await learn.chapterTitles()).toHaveLength(7);
      await expectNoViolations(session, 'lista de capítulos');
      expect(await horizontalOverflow(session)).toBeLessThanOrEqual(0);

      await learn.openChapter('El ciclo: tensión, daño, reconciliación, calma');
      await expectNoViolations(session, 'un capítulo');
      expect(await horizontalOverflow(session)).toBeLessThanOrEqual(0);

      await check.open('Revisión de señales');
      await expectNoViolations(session, 'introducción');
      await check.start('Empezar');
      await check.answer(['A menudo', 'Saltar']);
      await expectNoViolations(session, 'frases');
      expect(await horizontalOverflow(session)).toBeLessThanOrEqual(0);
      await check.next();
      await check.answerAll({}, 'A veces');
      await check.finish();
      expect(await check.main.innerText()).not.toMatch(/\d/);
      await expectNoViolations(session, 'reflexiones');
      expect(await horizontalOverflow(session)).toBeLessThanOrEqual(0);
      await check.save();
      await check.toStart();
      await check.start('Empezar');
      await check.answerAll({ 0: ['A menudo', 'A menudo'] }, 'Nunca');
      await check.finish();
      await check.save();
      await check.openHistory();
      await expectNoViolations(session, 'revisiones anteriores');
      expect(await horizontalOverflow(session)).toBeLessThanOrEqual(0);
      await check.compare();
      expect(await check.changedItems('Aparecieron las dos veces')).toEqual([
        'Volver después del daño: a menudo las dos veces',
      ]);
      await expectNoViolations(session, 'qué ha cambiado');
    } finally {
      allRequests.push(...session.requests);
      await session.close();
    }
  });
});

/** Set-up in Spanish: the same steps as LockPage.setUp, with the Spanish words. */
async function setUpInSpanish(session: Session): Promise<void> {
  const { page } = session;
  await page.getByRole('heading', { name: 'Configura tu bloqueo' }).waitFor();
  await page.getByLabel('Frase de paso', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Escribe de nuevo la frase de paso').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Configurar el bloqueo' }).click();
  await page.locator('.recovery-group').first().waitFor({ timeout: 30_000 });
  const groups = await page.locator('.recovery-group').allTextContents();
  await page.getByRole('button', { name: 'Ya la anoté' }).click();
  await page.locator('#recovery-group-3').fill(groups[2]!);
  await page.locator('#recovery-group-last').fill(groups[groups.length - 1]!);
  await page.getByRole('button', { name: 'Comprobar y terminar' }).click();
  await page.getByRole('button', { name: 'Bloquear', exact: true }).waitFor({ timeout: 30_000 });
}

describe('the self-check’s written answers, on a 360 px phone', () => {
  // Words a person might write, with a marker no page of Steady holds.
  const FIRST = 'Quillwort-61: he promised again, the same words as in spring.';
  const SECOND = 'Quillwort-62: fewer promises now, and I wrote them down.';
  const QUESTION = 'Each time you went back or stayed, what changed? What stayed the same?';
  const FRIEND = 'If a friend were in your place, what would you wish for them?';
  let session: Session;
  let check: SelfCheckPage;

  beforeAll(async () => {
    session = await openSession({ viewport: { width: 360, height: 740 } });
    await new ShellPage(session.page, server.url).open();
    await new LockPage(session.page).setUp(PASSPHRASE);
    check = new SelfCheckPage(session.page);
  });
  afterAll(async () => {
    allRequests.push(...session.requests);
    await session.close();
  });

  test('an answer in your own words is optional, kept with the check-in, and too long is said plainly', async () => {
    await check.open();
    await check.start();
    await check.answerAll({ 0: ['Often', 'Often'] });
    await check.finish();
    await check.writeField(QUESTION).fill(FIRST);
    await check.writeField(FRIEND).fill('x'.repeat(2001));
    await check.main
      .getByText('This is longer than Steady can keep: 2,000 characters at most.', { exact: false })
      .waitFor();
    await check.button('Save this check-in').click();
    await check.main
      .getByRole('status')
      .filter({ hasText: 'One of your answers is too long to keep, so nothing was saved yet.' })
      .waitFor();
    await expectNoViolations(session, 'reflections with an answer too long');
    // Left empty, the second question is simply not kept.
    await check.writeField(FRIEND).fill('');
    await expectNoViolations(session, 'reflections with a written answer');
    expect(await horizontalOverflow(session)).toBeLessThanOrEqual(0);
    await check.save();
    // Saved: the words are shown as kept, no longer as a field.
    expect(await check.writeField(QUESTION).count()).toBe(0);
    expect(await check.main.locator('.selfcheck-answer').allTextContents()).toEqual([
      `What you wrote: ${FIRST}`,
    ]);

    await check.toStart();
    await check.start();
    await check.answerAll({ 0: ['Sometimes', 'Often'] });
    await check.finish();
    await check.writeField(QUESTION).fill(SECOND);
    await check.save();
  });

  test('the history and the comparison show what was written each time, and say it is not a diagnosis', async () => {
    await check.openHistory();
    expect(await check.historyDates()).toHaveLength(2);
    expect(await check.main.innerText()).toContain('These check-ins are not a diagnosis');
    await check.openWritten();
    const cards = check.main.locator('.selfcheck-checkin');
    expect(await cards.nth(0).innerText()).toContain(SECOND);
    expect(await cards.nth(1).innerText()).toContain(FIRST);
    await expectNoViolations(session, 'past check-ins with written answers');
    expect(await horizontalOverflow(session)).toBeLessThanOrEqual(0);

    await check.compare();
    const written = check.main.locator('section[aria-labelledby="selfcheck-written"]');
    expect(await written.locator('h3').allTextContents()).toEqual([QUESTION]);
    // One after the other: the earlier answer first, then the later.
    expect(await written.locator('dd').allTextContents()).toEqual([FIRST, SECOND]);
    expect(await check.main.innerText()).toContain('This is not a diagnosis or a score');
    await expectNoViolations(session, 'what changed, with written answers');
    expect(await horizontalOverflow(session)).toBeLessThanOrEqual(0);
  });

  test('in Spanish too, and axe passes', async () => {
    const { page } = session;
    const shell = new ShellPage(page, server.url);
    await shell.goTo('Settings');
    await page.getByLabel('Language').selectOption('es');
    await page.getByRole('heading', { name: 'Ajustes' }).waitFor();
    await check.open('Revisión de señales');
    await check.openHistory();
    expect(await check.main.innerText()).toContain('no son un diagnóstico');
    await check.openWritten();
    expect(await check.main.locator('.selfcheck-written dt').first().textContent()).toBe(
      '¿Qué cambió cada vez que volviste o te quedaste? ¿Qué siguió igual?',
    );
    await expectNoViolations(session, 'revisiones anteriores con respuestas escritas');
    await check.compare();
    expect(await check.main.innerText()).toContain('Lo que escribiste');
    await expectNoViolations(session, 'qué cambió, con respuestas escritas');
    expect(await horizontalOverflow(session)).toBeLessThanOrEqual(0);

    await check.button('Volver a las revisiones anteriores').click();
    await check.main.locator('h1#selfcheck-history').waitFor();
    await check.toStart();
    await check.start();
    await check.answerAll({ 0: ['A menudo', 'A menudo'] }, 'Nunca');
    await check.finish();
    await check
      .writeField('¿Qué cambió cada vez que volviste o te quedaste? ¿Qué siguió igual?')
      .fill('y'.repeat(2001));
    await check.main.getByText(/2\.?000 caracteres como máximo/).waitFor();
    await expectNoViolations(session, 'reflexiones con una respuesta escrita');
  });

  test('what was written is not in the browser profile in plain', async () => {
    await session.close({ keepProfile: true });
    expect(await searchProfile(session.profileDir, ['Quillwort-61', 'Quillwort-62'])).toEqual([]);
  });
});

describe('the whole run', () => {
  test('made no request to any origin but the app’s own', () => {
    expect(allRequests.length).toBeGreaterThan(10);
    expect(foreignRequests(allRequests, server.url)).toEqual([]);
  });
});
