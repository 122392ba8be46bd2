// Issue 21 on a 360 × 740 phone: the journal timeline drawn at its shown width and tall
// enough to read, every mark inside the frame and a button that opens its entry (by tap,
// by a tap near it, by keyboard), tables that never break a word, and in place of an
// empty frame, a sentence that says what will appear. In English and in Spanish.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningServer } from '@steady/server';
import { axeViolations } from './support/axe.ts';
import { openSession, type Session } from './support/browser.ts';
import { brokenWords, pageOverflow } from './support/layout.ts';
import { startAppServer } from './support/server.ts';
import { WORDS, type Words } from './support/words.ts';
import { CheckInPage } from './pages/CheckInPage.ts';
import { JournalPage } from './pages/JournalPage.ts';
import { LockPage } from './pages/LockPage.ts';
import { ProgressPage } from './pages/ProgressPage.ts';
import { ShellPage } from './pages/ShellPage.ts';
import { UrgesPage } from './pages/UrgesPage.ts';

const PASSPHRASE = 'lantern copper meadow 7734 gently';
const PHONE = { width: 360, height: 740 };

let server: RunningServer;
beforeAll(async () => {
  server = await startAppServer();
});
afterAll(async () => {
  await server.close();
});

/** Five days, four or five days apart, one of each stage (labels as the form shows them). */
const ENTRIES = [
  { date: '2026-11-02', stage: 'tension', severity: 2, what: 'zq-tl-one' },
  { date: '2026-11-06', stage: 'incident', severity: 4, what: 'zq-tl-two' },
  { date: '2026-11-10', stage: 'repair', severity: 2, what: 'zq-tl-three' },
  { date: '2026-11-15', stage: 'calm', severity: 1, what: 'zq-tl-four' },
  { date: '2026-11-20', stage: 'unsure', severity: 3, what: 'zq-tl-five' },
] as const;

type Lang = 'en' | 'es';

/** A fresh vault on a phone with a touch screen. */
async function phone(): Promise<Session> {
  const session = await openSession({ viewport: PHONE, hasTouch: true });
  await session.page.goto(server.url);
  await new LockPage(session.page).setUp(PASSPHRASE);
  return session;
}

/** Chooses the language in Settings, as a person would. */
async function speak(session: Session, lang: Lang): Promise<void> {
  const { page } = session;
  const shell = new ShellPage(page, server.url);
  await shell.goTo(lang === 'es' ? 'Settings' : 'Ajustes');
  await page.getByLabel(lang === 'es' ? 'Language' : 'Idioma').selectOption(lang);
  await page.getByLabel(WORDS[lang]['settings.language']).waitFor();
}

function markName(w: Words, lang: Lang, entry: (typeof ENTRIES)[number]): string {
  const date = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    Date.parse(`${entry.date}T00:00:00Z`),
  );
  return w['journal.timeline.mark']
    .replace('{date}', date)
    .replace('{stage}', w[`journal.stage.${entry.stage}`])
    .replace('{severity}', String(entry.severity));
}

/** The journal in the chosen language, opened from the navigation. */
async function openJournal(session: Session, w: Words): Promise<void> {
  const { page } = session;
  await new ShellPage(page, server.url).goTo(w['nav.journal']);
  await page.getByRole('heading', { name: w['journal.title'], level: 1 }).waitFor();
}

async function openTimeline(session: Session, w: Words): Promise<void> {
  const { page } = session;
  await page
    .getByRole('navigation', { name: w['journal.views'] })
    .getByRole('button', { name: w['journal.toTimeline'] })
    .click();
  await page.getByRole('heading', { name: w['journal.timeline.title'], level: 2 }).waitFor();
}

/** What a person would measure on the drawn chart. */
function measureChart(session: Session) {
  return session.page.evaluate(() => {
    const box = document.querySelector('.journal-chart .chart-box')!.getBoundingClientRect();
    const svg = document.querySelector<SVGSVGElement>('.journal-chart svg[role="img"]')!;
    const frame = svg.getBoundingClientRect();
    const scale = svg.getScreenCTM()!.a;
    const labels = [...svg.querySelectorAll('text')].map(
      (text) => Number.parseFloat(getComputedStyle(text).fontSize) * scale,
    );
    const outside = [...svg.querySelectorAll('path.journal-mark')].filter((path) => {
      const r = path.getBoundingClientRect();
      return (
        r.left < frame.left || r.right > frame.right || r.top < frame.top || r.bottom > frame.bottom
      );
    }).length;
    const size = (selector: string) => {
      const r = document.querySelector(selector)!.getBoundingClientRect();
      return [Math.round(r.width), Math.round(r.height)];
    };
    return {
      boxWidth: Math.round(box.width),
      width: Math.round(frame.width),
      height: Math.round(frame.height),
      // One unit of the drawing is one CSS pixel: drawn at the width shown.
      scale,
      labels,
      outside,
      // One incident on the chart, one in the key.
      incidentMark: size('.journal-chart svg[role="img"] path.journal-stage-incident'),
      incidentKey: size('.journal-legend path.journal-stage-incident'),
    };
  });
}

describe('the timeline on a 360 px phone', () => {
  for (const lang of ['en', 'es'] as const) {
    const w = WORDS[lang];

    test(`a new person sees what each chart will show, not an empty frame (${lang})`, async () => {
      const session = await phone();
      const { page } = session;
      try {
        if (lang === 'es') await speak(session, 'es');
        await openJournal(session, w);
        await openTimeline(session, w);
        await page.getByText(w['journal.timeline.empty']).waitFor();
        await page.getByText(w['journal.timeline.emptyMore']).waitFor();
        expect(await page.locator('.journal-chart').count()).toBe(0);
        expect(await axeViolations(page)).toEqual([]);

        const progress = new ProgressPage(page, lang);
        await progress.open();
        await page.getByText(w['progress.empty']).waitFor();

        const urges = new UrgesPage(page, lang);
        await new ShellPage(page, server.url).goTo(w['nav.urges']);
        await urges.openLog();
        await page.getByText(w['urges.logEmpty']).waitFor();

        // One of each, written in English (the page objects' words): an entry, a
        // check-in, an urge.
        if (lang === 'es') await speak(session, 'en');
        const journal = new JournalPage(page);
        await journal.open();
        await journal.create({
          date: '2026-11-06',
          stage: 'An incident of harm',
          severity: '4: very bad',
          what: 'zq-tl-only',
        });
        const checkin = new CheckInPage(page);
        await checkin.open();
        await checkin.fill({ steadiness: 4, sleep: 6 });
        await checkin.save();
        await new ShellPage(page, server.url).goTo('Home');
        const reachOut = new UrgesPage(page);
        await reachOut.reachOut();
        await reachOut.next();
        if (lang === 'es') await speak(session, 'es');

        await openJournal(session, w);
        await openTimeline(session, w);
        const one = page.locator('.journal-timeline-one');
        const date = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(
          Date.parse('2026-11-06T00:00:00Z'),
        );
        expect(await one.textContent()).toContain(
          w['journal.timeline.one'].replace('{date}', date),
        );
        expect(await page.locator('.journal-chart').count()).toBe(0);
        expect(await brokenWords(page, '.journal-timeline')).toEqual([]);
        expect(await axeViolations(page)).toEqual([]);
        await one.getByRole('button', { name: w['journal.timeline.openOne'] }).click();
        await page.locator('#journal-entry-title').waitFor();
        expect(await page.locator('.journal-content').first().textContent()).toContain(
          'zq-tl-only',
        );

        await progress.open();
        await progress.few('progress.feltFewWeeks').waitFor();
        await progress.few('progress.daysFew').waitFor();
        await progress.few('progress.stepsFewWeeks').waitFor();
        expect(await page.locator('main').getByRole('img').count()).toBe(0);
        await progress.feltTable('week').waitFor();
        expect(await brokenWords(page, '.progress')).toEqual([]);
        expect(await pageOverflow(page)).toBe(0);
        expect(await axeViolations(page)).toEqual([]);

        await new ShellPage(page, server.url).goTo(w['nav.urges']);
        await urges.openLog();
        await urges.chartFew().waitFor();
        expect(await urges.chart().count()).toBe(0);
        await expect(urges.tableRows().count()).resolves.toBe(1);
        expect(await brokenWords(page, 'main')).toEqual([]);
        expect(await pageOverflow(page)).toBe(0);
        expect(await axeViolations(page)).toEqual([]);
      } finally {
        await session.close();
      }
    });

    test(`marks are readable, inside the frame, and open their entries (${lang})`, async () => {
      const session = await phone();
      const { page } = session;
      try {
        const journal = new JournalPage(page);
        await journal.open();
        const labels = WORDS.en;
        for (const entry of ENTRIES)
          await journal.create({
            date: entry.date,
            stage: labels[`journal.stage.${entry.stage}`],
            severity: labels[`journal.severity.${entry.severity}`],
            what: entry.what,
          });
        if (lang === 'es') await speak(session, 'es');
        await openJournal(session, w);
        await openTimeline(session, w);
        await page.locator('.journal-chart svg[role="img"]').waitFor();

        const chart = await measureChart(session);
        expect(chart.width).toBe(chart.boxWidth - 2);
        expect(chart.scale).toBe(1);
        expect(chart.height).toBeGreaterThanOrEqual(200);
        expect(chart.height).toBeLessThanOrEqual(280);
        // The five severities and the first and last dates.
        expect(chart.labels).toHaveLength(7);
        for (const size of chart.labels) expect(size).toBeGreaterThanOrEqual(12);
        expect(chart.outside).toBe(0);
        expect(chart.incidentKey).toEqual(chart.incidentMark);

        // One button a day, named by its date, stage and severity; one tab stop for all.
        const marks = page.getByRole('group', { name: w['journal.timeline.marks'] });
        const buttons = marks.getByRole('button');
        expect(await buttons.count()).toBe(ENTRIES.length);
        const names = await buttons.evaluateAll((all) =>
          all.map((b) => b.getAttribute('aria-label')),
        );
        expect(names).toEqual(ENTRIES.map((entry) => markName(w, lang, entry)));
        expect(await marks.locator('[tabindex="0"]').count()).toBe(1);
        for (const target of await buttons.all()) {
          const box = (await target.boundingBox())!;
          expect([Math.round(box.width), Math.round(box.height)]).toEqual([24, 24]);
        }

        expect(await brokenWords(page, '.journal-timeline')).toEqual([]);
        expect(await pageOverflow(page)).toBe(0);
        expect(await axeViolations(page)).toEqual([]);

        // A tap on a mark opens its entry.
        await buttons.nth(1).tap();
        await page.locator('#journal-entry-title').waitFor();
        expect(await page.locator('.journal-content').first().textContent()).toContain('zq-tl-two');

        // A tap just beside a mark, outside its target but within 22 px, opens it too.
        await openTimeline(session, w);
        // Raw taps land where they are told: the chart must be on screen first, clear
        // of the bar of parts along the bottom.
        await buttons.nth(2).evaluate((mark) => mark.scrollIntoView({ block: 'center' }));
        const third = (await buttons.nth(2).boundingBox())!;
        const bar = (await page.locator('nav.nav').boundingBox())!;
        expect(third.y + third.height + 20).toBeLessThan(bar.y);
        const centre = { x: third.x + third.width / 2, y: third.y + third.height / 2 };
        // Well away from every mark (the next is about 60 px on): nothing opens.
        await page.touchscreen.tap(centre.x + 30, centre.y);
        expect(await page.locator('#journal-entry-title').count()).toBe(0);
        expect(await marks.count()).toBe(1);
        await page.touchscreen.tap(centre.x + 12, centre.y - 12);
        await page.locator('#journal-entry-title').waitFor();
        expect(await page.locator('.journal-content').first().textContent()).toContain(
          'zq-tl-three',
        );

        // By keyboard: the most recent day is the tab stop; Home, End and the arrows move.
        await openTimeline(session, w);
        const focused = () =>
          page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
        // From the words just above the chart, as a keyboard user would arrive.
        await page.getByText(w['journal.timeline.intro']).click();
        for (let tabs = 0; tabs < 5 && !(await focused()).includes(':'); tabs++)
          await page.keyboard.press('Tab');
        expect(await focused()).toBe(markName(w, lang, ENTRIES[4]));
        await page.keyboard.press('Home');
        expect(await focused()).toBe(markName(w, lang, ENTRIES[0]));
        await page.keyboard.press('ArrowRight');
        expect(await focused()).toBe(markName(w, lang, ENTRIES[1]));
        await page.keyboard.press('End');
        await page.keyboard.press('ArrowLeft');
        expect(await focused()).toBe(markName(w, lang, ENTRIES[3]));
        expect(await marks.locator('[tabindex="0"]').getAttribute('aria-label')).toBe(
          markName(w, lang, ENTRIES[3]),
        );
        expect(await axeViolations(page)).toEqual([]);
        await page.keyboard.press('Enter');
        await page.locator('#journal-entry-title').waitFor();
        expect(await page.locator('.journal-content').first().textContent()).toContain(
          'zq-tl-four',
        );
      } finally {
        await session.close();
      }
    });
  }

  for (const lang of ['en', 'es'] as const) {
    const w = WORDS[lang];
    test(`progress and the urge log draw their charts at the width shown (${lang})`, async () => {
      const session = await openSession({ viewport: PHONE, hasTouch: true });
      const { page } = session;
      try {
        // Three check-ins and three urges, a week apart, on the device's clock.
        await page.clock.install({ time: new Date('2026-11-02T10:00:00') });
        await page.goto(server.url);
        await new LockPage(page).setUp(PASSPHRASE);
        const shell = new ShellPage(page, server.url);
        for (const [day, steadiness] of [
          ['2026-11-02', 3],
          ['2026-11-10', 5],
          ['2026-11-17', 6],
        ] as const) {
          await page.clock.setSystemTime(new Date(`${day}T10:00:00`));
          const checkin = new CheckInPage(page);
          await checkin.open();
          await checkin.fill({ steadiness, sleep: 4 });
          await checkin.save();
          await shell.goTo('Home');
          const urges = new UrgesPage(page);
          await urges.reachOut();
          await urges.setStrength(10 - steadiness);
          await urges.next();
        }
        if (lang === 'es') await speak(session, 'es');

        const progress = new ProgressPage(page, lang);
        await progress.open();
        const drawn = () =>
          page.evaluate(() =>
            [...document.querySelectorAll('main .chart-box')].map((box) => {
              const svg = box.querySelector('svg')!;
              return {
                box: Math.round(box.getBoundingClientRect().width) - 2,
                width: Math.round(svg.getBoundingClientRect().width),
                height: Math.round(svg.getBoundingClientRect().height),
                scale: svg.getScreenCTM()!.a,
              };
            }),
          );
        const felt = w['progress.feltChartWeeks'].replace(
          '{measure}',
          w['progress.col.steadiness'],
        );
        await progress.chart(felt).waitFor();
        await progress.chart(w['progress.stepsTitle']).waitFor();
        // Three check-ins within the last four weeks: the days chart is drawn too.
        await progress.chart(w['progress.daysTitle']).waitFor();
        const charts = await drawn();
        expect(charts).toHaveLength(3);
        for (const chart of charts) {
          expect(chart.width).toBe(chart.box);
          expect(chart.scale).toBe(1);
          expect(chart.height).toBeGreaterThanOrEqual(200);
          expect(chart.height).toBeLessThanOrEqual(280);
        }
        expect(await page.locator('main .progress-dot').count()).toBeGreaterThanOrEqual(6);
        await expect(progress.rows(progress.feltTable('week')).count()).resolves.toBe(3);
        expect(await brokenWords(page, '.progress')).toEqual([]);
        expect(await pageOverflow(page)).toBe(0);
        expect(await axeViolations(page)).toEqual([]);

        await shell.goTo(w['nav.urges']);
        const urges = new UrgesPage(page, lang);
        await urges.openLog();
        await urges.chart().waitFor();
        expect(await urges.chartFew().count()).toBe(0);
        const [urgeChart] = await drawn();
        expect(urgeChart?.width).toBe(urgeChart?.box);
        expect(urgeChart?.scale).toBe(1);
        expect(await page.locator('main .urges-bar').count()).toBe(3);
        await expect(urges.tableRows().count()).resolves.toBe(3);
        expect(await brokenWords(page, 'main')).toEqual([]);
        expect(await pageOverflow(page)).toBe(0);
        expect(await axeViolations(page)).toEqual([]);
      } finally {
        await session.close();
      }
    });
  }

  test('the broken-word check finds a word split over two lines', async () => {
    const session = await openSession({ viewport: PHONE });
    const { page } = session;
    try {
      await page.goto(server.url);
      await page.locator('body').waitFor();
      await page.evaluate(() => {
        const cell = document.createElement('p');
        cell.className = 'zq-narrow';
        cell.textContent = 'Freedoms and September';
        cell.style.width = '40px';
        cell.style.overflowWrap = 'anywhere';
        document.body.append(cell);
      });
      const broken = await brokenWords(page, '.zq-narrow');
      expect(broken.map((b) => b.word)).toEqual(['Freedoms', 'September']);
      await page.evaluate(() => {
        document.querySelector<HTMLElement>('.zq-narrow')!.style.overflowWrap = 'normal';
      });
      expect(await brokenWords(page, '.zq-narrow')).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
