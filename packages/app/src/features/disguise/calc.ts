// A small, honest calculator: the cover Steady can wear. Arithmetic is done on
// numbers, never by evaluating text. A secret code typed before "=" opens Steady.

export type Operator = '+' | '-' | '*' | '/';
export type Key =
  '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9' | '.' | Operator | '=' | 'C';

export interface CalcState {
  display: string;
  stored: number | null;
  operator: Operator | null;
  /** The next digit starts a new number (after an operator or "="). */
  fresh: boolean;
  /** Every key since the last clear or "=", for the secret code. */
  typed: string;
}

export const initialCalc: CalcState = {
  display: '0',
  stored: null,
  operator: null,
  fresh: true,
  typed: '',
};

const MAX_DIGITS = 12;

function apply(a: number, op: Operator, b: number): number {
  switch (op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      return b === 0 ? Number.NaN : a / b;
  }
}

function show(value: number): string {
  if (!Number.isFinite(value)) return 'Error';
  const rounded = Number.parseFloat(value.toPrecision(MAX_DIGITS));
  return String(rounded);
}

export interface CalcResult {
  state: CalcState;
  /** True when the person typed the secret code and then "=". */
  unlock: boolean;
}

export function press(state: CalcState, key: Key, secret: string): CalcResult {
  if (key === 'C') return { state: initialCalc, unlock: false };
  if (key === '=') {
    const unlock = secret !== '' && state.typed === secret;
    const value =
      state.operator !== null && state.stored !== null
        ? apply(state.stored, state.operator, Number(state.display))
        : Number(state.display);
    return {
      state: { ...initialCalc, display: show(value) },
      unlock,
    };
  }
  const typed = (state.typed + key).slice(-32);
  if (key === '+' || key === '-' || key === '*' || key === '/') {
    const current = Number(state.display);
    const stored =
      state.operator !== null && state.stored !== null && !state.fresh
        ? apply(state.stored, state.operator, current)
        : current;
    return {
      state: { display: show(stored), stored, operator: key, fresh: true, typed },
      unlock: false,
    };
  }
  // A digit or the decimal point.
  let display = state.fresh ? '0' : state.display;
  if (key === '.') {
    if (!display.includes('.')) display += '.';
  } else if (display.replace(/[-.]/g, '').length < MAX_DIGITS) {
    display = display === '0' ? key : display + key;
  }
  return { state: { ...state, display, fresh: false, typed }, unlock: false };
}

/** A code is 4 to 8 digits; it is typed on the calculator and followed by "=". */
export function isValidCode(code: string): boolean {
  return /^[0-9]{4,8}$/.test(code);
}
