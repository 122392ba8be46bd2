import { useState } from 'preact/hooks';
import { useShell } from '../../shell/context.ts';
import {
  convert,
  DEFAULT_PAIR,
  MEASURES,
  parseAmount,
  unitsOf,
  type Measure,
  type Unit,
} from './convert.ts';

/**
 * The second cover: a unit converter that works. Typing the person's code as the
 * amount and pressing Convert opens the lock screen; any other amount is converted.
 */
export function Converter({ code, onOpen }: { code: string; onOpen(): void }) {
  const { t, locale } = useShell();
  const [measure, setMeasure] = useState<Measure>('length');
  const [[from, to], setPair] = useState<[Unit, Unit]>(DEFAULT_PAIR.length);
  const [amount, setAmount] = useState('1');

  const value = parseAmount(amount);
  const result = value === null ? null : convert(measure, value, from, to);
  const shown =
    result === null
      ? t('converter.notNumber')
      : new Intl.NumberFormat(locale, { maximumFractionDigits: 6 }).format(result);

  function submit(event: Event) {
    event.preventDefault();
    if (code !== '' && amount.trim() === code) onOpen();
  }

  function chooseMeasure(next: Measure) {
    setMeasure(next);
    setPair(DEFAULT_PAIR[next]);
  }

  const unitSelect = (id: string, selected: Unit, pick: (unit: Unit) => void) => (
    <select
      autoComplete="off"
      id={id}
      value={selected}
      onChange={(event) => pick(event.currentTarget.value as Unit)}
    >
      {unitsOf(measure).map((unit) => (
        <option key={unit} value={unit}>
          {t(`converter.unit.${unit}`)}
        </option>
      ))}
    </select>
  );

  return (
    <main class="converter" aria-labelledby="conv-title">
      <h1 id="conv-title">{t('converter.title')}</h1>
      <form onSubmit={submit} noValidate>
        <div class="field">
          <label for="conv-measure">{t('converter.measure')}</label>
          <select
            autoComplete="off"
            id="conv-measure"
            value={measure}
            onChange={(event) => chooseMeasure(event.currentTarget.value as Measure)}
          >
            {MEASURES.map((m) => (
              <option key={m} value={m}>
                {t(`converter.measure.${m}`)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="conv-amount">{t('converter.amount')}</label>
          <input
            id="conv-amount"
            type="text"
            inputMode="decimal"
            autoComplete="off"
            spellcheck={false}
            value={amount}
            onInput={(event) => setAmount(event.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for="conv-from">{t('converter.from')}</label>
          {unitSelect('conv-from', from, (unit) => setPair([unit, to]))}
        </div>
        <button type="button" class="secondary" onClick={() => setPair([to, from])}>
          {t('converter.swap')}
        </button>
        <div class="field">
          <label for="conv-to">{t('converter.to')}</label>
          {unitSelect('conv-to', to, (unit) => setPair([from, unit]))}
        </div>
        <button type="submit">{t('converter.convert')}</button>
        <p>
          {t('converter.result')}:{' '}
          <output class="conv-result" for="conv-amount conv-from conv-to" aria-live="polite">
            {shown}
          </output>
        </p>
      </form>
    </main>
  );
}
