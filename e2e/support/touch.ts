import type { CDPSession, Page } from 'playwright-core';

type Point = { x: number; y: number };

/**
 * Real touch input, through the browser's input pipeline (DevTools' Input domain), with
 * any number of fingers: Playwright's touchscreen has only one. The page's session must
 * have been opened with hasTouch.
 */
export class Fingers {
  private constructor(
    readonly page: Page,
    readonly cdp: CDPSession,
  ) {}

  /** Gestures made so far, for the record a false-trigger test keeps. */
  gestures = 0;

  static async on(page: Page): Promise<Fingers> {
    return new Fingers(page, await page.context().newCDPSession(page));
  }

  private send(type: 'touchStart' | 'touchMove' | 'touchEnd', points: readonly Point[]) {
    return this.cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: points.map((p, id) => ({ x: p.x, y: p.y, id })),
    });
  }

  /** One finger down and up where it landed. */
  async tap(at: Point): Promise<void> {
    this.gestures++;
    await this.send('touchStart', [at]);
    await this.send('touchEnd', []);
  }

  /** One finger dragged from `from` by `dy`, as a scroll does. */
  async swipe(from: Point, dy: number, steps = 8): Promise<void> {
    this.gestures++;
    await this.send('touchStart', [from]);
    for (let i = 1; i <= steps; i++) {
      await this.send('touchMove', [{ x: from.x, y: from.y + (dy * i) / steps }]);
    }
    // A finger that stops before it lifts: the page scrolls, but no fling goes on after.
    await this.page.waitForTimeout(60);
    await this.send('touchMove', [{ x: from.x, y: from.y + dy }]);
    await this.send('touchEnd', []);
  }

  /** Two fingers down together and up again: a two-finger tap. */
  async twoFingerTap(at: Point): Promise<void> {
    this.gestures++;
    await this.send('touchStart', [at, { x: at.x + 60, y: at.y + 10 }]);
    await this.send('touchEnd', []);
  }

  /** Two fingers moving apart, then together again: zoomed in to read, then back out. */
  async pinch(at: Point): Promise<void> {
    for (const [start, step] of [
      [20, 10],
      [90, -12],
    ] as const) {
      this.gestures++;
      const a = { x: at.x - start, y: at.y };
      const b = { x: at.x + start, y: at.y };
      await this.send('touchStart', [a, b]);
      for (let i = 1; i <= 6; i++) {
        await this.send('touchMove', [
          { x: a.x - step * i, y: a.y },
          { x: b.x + step * i, y: b.y },
        ]);
      }
      await this.send('touchEnd', []);
    }
  }

  /** Two fingers dragged together, as a two-finger scroll does. */
  async twoFingerScroll(at: Point, dy: number): Promise<void> {
    this.gestures++;
    const b = { x: at.x + 50, y: at.y };
    await this.send('touchStart', [at, b]);
    for (let i = 1; i <= 6; i++) {
      await this.send('touchMove', [
        { x: at.x, y: at.y + (dy * i) / 6 },
        { x: b.x, y: b.y + (dy * i) / 6 },
      ]);
    }
    await this.send('touchEnd', []);
  }

  /**
   * Back to the page's own scale and its top, whatever the gestures before did (a pinch
   * that landed on a slider zooms without zooming back): the browser's own pinch, all
   * the way out, then an instant scroll.
   */
  async settle(): Promise<void> {
    await this.cdp.send('Input.synthesizePinchGesture', { x: 100, y: 100, scaleFactor: 0.1 });
    await this.page.evaluate(() => window.scrollTo({ top: 0, left: 0, behavior: 'instant' }));
  }

  /** The quick-exit gesture: two two-finger taps in quick succession. */
  async doubleTwoFingerTap(at: Point): Promise<void> {
    await this.twoFingerTap(at);
    await this.page.waitForTimeout(120);
    await this.twoFingerTap(at);
  }
}
