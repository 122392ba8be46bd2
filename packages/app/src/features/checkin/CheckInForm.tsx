import { useEffect, useState } from 'preact/hooks';
import {
  CHECKIN_MEASURES,
  PROGRESS_LIMITS,
  validateCheckIn,
  type CheckIn,
  type CheckInMeasure,
} from '@steady/core';
import { useShell } from '../../shell/context.ts';
import { useVault } from '../../vault/api.ts';
import { Scale } from './Scale.tsx';
import { todayOnDevice } from './today.ts';

export const CHECKIN_KIND = 'checkin';

type Values = Record<CheckInMeasure, number>;
const START: Values = { steadiness: 5, sleep: 5, safety: 5, feelingLikeMyself: 5, urge: 5 };

/** Today's check-in: one record a day, its id the date, so saving again replaces it. */
export function CheckInForm() {
  const { t } = useShell();
  const vault = useVault();
  const [today] = useState(todayOnDevice);
  const [values, setValues] = useState<Values>(START);
  const [note, setNote] = useState('');
  const [existing, setExisting] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);

  useEffect(() => {
    vault
      .get<unknown>(CHECKIN_KIND, today)
      .then((stored) => {
        const checked = validateCheckIn(stored);
        if (!checked.ok) return;
        const c = checked.value;
        setValues({
          steadiness: c.steadiness,
          sleep: c.sleep,
          safety: c.safety,
          feelingLikeMyself: c.feelingLikeMyself,
          urge: c.urge,
        });
        setNote(c.note);
        setExisting(true);
      })
      .catch(() => undefined);
  }, [vault, today]);

  async function save(event: Event) {
    event.preventDefault();
    const record = validateCheckIn({
      ...values,
      date: today,
      note,
      savedAt: new Date().toISOString(),
    } satisfies CheckIn);
    if (!record.ok) {
      setStatus({ ok: false, text: t('checkin.failed') });
      return;
    }
    try {
      await vault.put(CHECKIN_KIND, today, record.value);
      setExisting(true);
      setStatus({ ok: true, text: t('checkin.saved') });
    } catch {
      setStatus({ ok: false, text: t('checkin.failed') });
    }
  }

  return (
    <form class="checkin-form" onSubmit={(e) => void save(e)} noValidate>
      {existing && <p class="hint">{t('checkin.already')}</p>}
      {CHECKIN_MEASURES.map((m) => (
        <Scale
          key={m}
          id={`checkin-${m}`}
          label={t(`checkin.${m}`)}
          low={t(`checkin.${m}.low`)}
          high={t(`checkin.${m}.high`)}
          value={values[m]}
          onChange={(value) => setValues((v) => ({ ...v, [m]: value }))}
        />
      ))}
      {values.safety <= 3 && <p class="card checkin-safety">{t('checkin.safetyLow')}</p>}
      <div class="field">
        <label for="checkin-note">{t('checkin.note')}</label>
        <p class="hint" id="checkin-note-hint">
          {t('checkin.noteHint')}
        </p>
        <input
          id="checkin-note"
          type="text"
          autoComplete="off"
          maxLength={PROGRESS_LIMITS.note}
          aria-describedby="checkin-note-hint"
          value={note}
          onInput={(e) => setNote(e.currentTarget.value)}
        />
      </div>
      <button type="submit">{t('checkin.save')}</button>
      <p role="status" class={status?.ok === false ? 'error' : 'ok'}>
        {status?.text ?? ''}
      </p>
    </form>
  );
}
