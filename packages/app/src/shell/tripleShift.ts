/**
 * Recognises Shift pressed three times within `windowMs`, the GOV.UK "Exit this page"
 * gesture. Held-down repeats do not count, and any other key starts the count again,
 * so typing capital letters in a text field does not trigger it.
 */
export function createTripleShift(now: () => number, windowMs = 1000) {
  let presses: number[] = [];
  return (event: { key: string; repeat: boolean }): boolean => {
    if (event.key !== 'Shift') {
      presses = [];
      return false;
    }
    if (event.repeat) return false;
    const at = now();
    presses = [...presses.filter((time) => at - time <= windowMs), at];
    if (presses.length >= 3) {
      presses = [];
      return true;
    }
    return false;
  };
}
