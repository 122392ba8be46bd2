/**
 * Recognises the touch-screen quick exit: two fingers tapping twice, quickly, anywhere.
 * Typing on a phone is one finger at a time and scrolling drags one finger, so neither
 * can make it; a pinch moves its fingers and a two-finger scroll lasts, so neither is a
 * tap. Every touch that is not part of the gesture starts the count again.
 */
export interface TouchPoint {
  readonly id: number;
  readonly x: number;
  readonly y: number;
}

export type TouchStep =
  | { readonly type: 'start' | 'move'; readonly touches: readonly TouchPoint[] }
  | { readonly type: 'end'; readonly touches: readonly TouchPoint[] }
  | { readonly type: 'cancel' };

export const TWO_FINGER_TAP = {
  /** A tap: both fingers down and up again within this. */
  tapMs: 350,
  /** From the first tap's end to the second tap's start. */
  gapMs: 400,
  /** How far a finger may drift and still be tapping (a pinch or scroll moves further). */
  slopPx: 24,
} as const;

export function createTwoFingerTap(now: () => number, limits = TWO_FINGER_TAP) {
  /** Where each finger of the current touch came down, while it still looks like a tap. */
  let downs = new Map<number, TouchPoint>();
  let startedAt = 0;
  let tapping = false;
  let sawTwo = false;
  let firstTapEnd: number | null = null;

  const reset = () => {
    downs = new Map();
    tapping = false;
    sawTwo = false;
  };

  return (step: TouchStep): boolean => {
    const at = now();
    if (step.type === 'cancel') {
      reset();
      firstTapEnd = null;
      return false;
    }
    if (step.type === 'start') {
      if (downs.size === 0) {
        // A new touch. Too long after the first tap, the count starts again.
        if (firstTapEnd !== null && at - firstTapEnd > limits.gapMs) firstTapEnd = null;
        startedAt = at;
        tapping = true;
        sawTwo = false;
      }
      for (const touch of step.touches) if (!downs.has(touch.id)) downs.set(touch.id, touch);
      if (step.touches.length > 2 || downs.size > 2) tapping = false;
      if (step.touches.length === 2) sawTwo = true;
      return false;
    }
    if (step.type === 'move') {
      for (const touch of step.touches) {
        const down = downs.get(touch.id);
        if (down && Math.hypot(touch.x - down.x, touch.y - down.y) > limits.slopPx) tapping = false;
      }
      return false;
    }
    // 'end': `touches` are the fingers still down.
    if (step.touches.length > 0) return false;
    const wasTap = tapping && sawTwo && downs.size === 2 && at - startedAt <= limits.tapMs;
    reset();
    if (!wasTap) {
      firstTapEnd = null;
      return false;
    }
    if (firstTapEnd === null) {
      firstTapEnd = at;
      return false;
    }
    firstTapEnd = null;
    return true;
  };
}
