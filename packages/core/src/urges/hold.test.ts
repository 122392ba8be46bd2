import { describe, expect, test } from 'vitest';
import { activeHold, holdState, resolveHold, splitRemaining, startHold } from './hold.ts';
import { validateHold } from './validate.ts';

const HOUR = 3_600_000;
const start = new Date('2025-12-31T20:00:00.000Z');

/** What a reload does: the record goes to storage as JSON and comes back checked. */
function reload(value: unknown) {
  const checked = validateHold(JSON.parse(JSON.stringify(value)));
  if (!checked.ok) throw new Error(checked.issues.map((i) => i.path).join(', '));
  return checked.value;
}

describe('the 24-hour hold', () => {
  test('runs for 24 hours from when it started', () => {
    const hold = startHold(start, 'hold1', 'urge1');
    expect(hold.endsAt).toBe('2026-01-01T20:00:00.000Z');
    expect(holdState(hold, start)).toEqual({ state: 'running', remainingMs: 24 * HOUR });
  });

  test('keeps its place across reloads at later times', () => {
    let hold = reload(startHold(start, 'hold1'));
    hold = reload(hold);
    expect(holdState(hold, start.getTime() + 5 * HOUR)).toEqual({
      state: 'running',
      remainingMs: 19 * HOUR,
    });
    hold = reload(hold);
    expect(holdState(hold, new Date(start.getTime() + 24 * HOUR - 1))).toEqual({
      state: 'running',
      remainingMs: 1,
    });
    hold = reload(hold);
    expect(holdState(hold, start.getTime() + 24 * HOUR)).toEqual({
      state: 'ended-awaiting-outcome',
    });
    expect(holdState(reload(hold), start.getTime() + 72 * HOUR).state).toBe(
      'ended-awaiting-outcome',
    );
  });

  test('records what happened, at the end or before it', () => {
    const hold = reload(startHold(start, 'hold1'));
    const early = resolveHold(hold, 'contacted', 4, new Date(start.getTime() + 2 * HOUR));
    expect(holdState(reload(early), start.getTime() + 3 * HOUR)).toEqual({
      state: 'resolved',
      outcome: 'contacted',
      feelingAfter: 4,
    });
    const done = reload(
      resolveHold(hold, 'did-not-contact', undefined, new Date(start.getTime() + 25 * HOUR)),
    );
    expect(holdState(done, start.getTime() + 30 * HOUR)).toMatchObject({
      state: 'resolved',
      outcome: 'did-not-contact',
    });
    expect(() => resolveHold(hold, 'contacted', 11, start)).toThrow(RangeError);
  });

  test('a stored hold that does not add up is refused', () => {
    const hold = startHold(start, 'hold1');
    expect(validateHold({ ...hold, endsAt: '2025-12-30T20:00:00.000Z' }).ok).toBe(false);
    expect(validateHold({ ...hold, outcome: 'contacted' }).ok).toBe(false);
    expect(validateHold({ ...hold, outcome: 'maybe', resolvedAt: hold.endsAt }).ok).toBe(false);
    expect(validateHold({ ...hold, feelingAfter: 5 }).ok).toBe(false);
    expect(validateHold('hold').ok).toBe(false);
  });

  test('the home screen shows the newest unresolved hold', () => {
    const a = startHold(start, 'a');
    const b = startHold(new Date(start.getTime() + HOUR), 'b');
    const c = resolveHold(
      startHold(new Date(start.getTime() + 2 * HOUR), 'c'),
      'contacted',
      5,
      start,
    );
    expect(activeHold([a, c, b])?.id).toBe('b');
    expect(activeHold([c])).toBeUndefined();
  });

  test('the countdown splits into hours, minutes and seconds', () => {
    expect(splitRemaining(23 * HOUR + 59 * 60_000 + 1)).toEqual({
      hours: 23,
      minutes: 59,
      seconds: 1,
    });
    expect(splitRemaining(-5)).toEqual({ hours: 0, minutes: 0, seconds: 0 });
  });
});
