import { useEffect, useState } from 'preact/hooks';
import type { PlainKey } from '../../i18n/index.ts';
import { useShell } from '../../shell/context.ts';
import { initialCalc, press, type Key } from './calc.ts';

const ROWS: ReadonlyArray<ReadonlyArray<[Key, string, PlainKey?]>> = [
  [
    ['C', 'C', 'disguise.clear'],
    ['/', '÷', 'disguise.divide'],
    ['*', '×', 'disguise.times'],
    ['-', '−', 'disguise.minus'],
  ],
  [
    ['7', '7'],
    ['8', '8'],
    ['9', '9'],
    ['+', '+', 'disguise.plus'],
  ],
  [
    ['4', '4'],
    ['5', '5'],
    ['6', '6'],
    ['.', '.', 'disguise.point'],
  ],
  [
    ['1', '1'],
    ['2', '2'],
    ['3', '3'],
    ['0', '0'],
  ],
];

const KEYBOARD: Record<string, Key> = {
  Enter: '=',
  '=': '=',
  Escape: 'C',
  Delete: 'C',
  ',': '.',
};

/**
 * The cover: a calculator that works. Typing the person's code and "=" opens
 * the lock screen; anything else is just arithmetic.
 */
export function Calculator({ code, onOpen }: { code: string; onOpen(): void }) {
  const { t } = useShell();
  const [state, setState] = useState(initialCalc);

  function tap(key: Key) {
    setState((current) => {
      const result = press(current, key, code);
      if (result.unlock) queueMicrotask(onOpen);
      return result.state;
    });
  }

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const key = KEYBOARD[event.key] ?? event.key;
      if (/^[0-9.+\-*/=C]$/.test(key)) {
        event.preventDefault();
        tap(key as Key);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  return (
    <main class="calculator" aria-labelledby="calc-title">
      <h1 id="calc-title" class="visually-hidden">
        {t('disguise.title')}
      </h1>
      <output class="calc-display" aria-live="polite" aria-label={t('disguise.display')}>
        {state.display === 'Error' ? t('disguise.error') : state.display}
      </output>
      <div class="calc-keys" role="group" aria-label={t('disguise.keys')}>
        {ROWS.flat().map(([key, face, label]) => (
          <button
            key={key}
            type="button"
            class={`calc-key${/[0-9.]/.test(key) ? '' : ' calc-op'}`}
            aria-label={label ? t(label) : undefined}
            onClick={() => tap(key)}
          >
            {face}
          </button>
        ))}
        <button
          type="button"
          class="calc-key calc-equals"
          aria-label={t('disguise.equals')}
          onClick={() => tap('=')}
        >
          =
        </button>
      </div>
    </main>
  );
}
