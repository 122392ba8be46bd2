import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  CHECKIN_MEASURES,
  PROGRESS_LIMITS,
  dailyCheckIn,
  putChange,
  type CheckIn,
  type CheckInMeasure,
  type CheckInScales,
} from '@steady/core';
import { useShell } from '../../shell/context.ts';
import { useVault } from '../../vault/api.ts';
import { previewOf, useDraft } from '../../vault/drafts.ts';
import { DraftResumed } from '../../shell/DraftResumed.tsx';
import { Scale } from '../../ui/Scale.tsx';
import { todayOnDevice } from '../../lib/deviceTime.ts';

/** Each scale's answer, or null while it is not answered: nothing is guessed. */
type Values = Record<CheckInMeasure, number | null>;
const START: Values = {
  steadiness: null,
  sleep: null,
  safety: null,
  feelingLikeMyself: null,
  urge: null,
};

/** Only the answered scales go into the record. */
function answered(values: Values): CheckInScales {
  const scales: { -readonly [M in CheckInMeasure]?: number } = {};
  for (const m of CHECKIN_MEASURES) {
    const value = values[m];
    if (value !== null) scales[m] = value;
  }
  return scales;
}

interface CheckInDraft {
  values: Values;
  note: string;
}

function readCheckInDraft(data: unknown): CheckInDraft | null {
  if (typeof data !== 'object' || data === null) return null;
  const { values, note } = data as { values?: unknown; note?: unknown };
  if (typeof note !== 'string' || typeof values !== 'object' || values === null) return null;
  const given = values as Record<string, unknown>;
  const out = { ...START };
  for (const m of CHECKIN_MEASURES) {
    const v = given[m];
    // A draft from before scales could be left unanswered holds a number for each.
    if (v === null || v === undefined) continue;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 10) return null;
    out[m] = v;
  }
  return { values: out, note };
}

/** Today's check-in: one record a day, its id the date, so saving again replaces it. */
export function CheckInForm() {
  const { t } = useShell();
  const vault = useVault();
  const [today] = useState(todayOnDevice);
  const [values, setValues] = useState<Values>(START);
  const [note, setNote] = useState('');
  const [existing, setExisting] = useState(false);
  const [todayUnreadable, setTodayUnreadable] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  // What is saved (or nothing yet): the draft is what differs from it.
  const [saved, setSaved] = useState<CheckInDraft>({ values: START, note: '' });
  const [discarded, setDiscarded] = useState(false);
  const resumed = useRef(false);
  const value = useMemo(() => ({ values, note }), [values, note]);
  const draft = useDraft<CheckInDraft>({
    form: 'checkin',
    value,
    dirty: JSON.stringify(value) !== JSON.stringify(saved),
    preview: previewOf(note),
    read: readCheckInDraft,
    onResume(data) {
      resumed.current = true;
      setValues(data.values);
      setNote(data.note);
    },
  });

  useEffect(() => {
    vault
      .read(dailyCheckIn, today)
      .then((read) => {
        if (read === undefined) return;
        if (!read.ok) {
          // Kept as it is: today's check-in is not saved over a record that could not be read.
          setTodayUnreadable(true);
          return;
        }
        const c = read.value;
        const kept = {
          values: {
            steadiness: c.steadiness ?? null,
            sleep: c.sleep ?? null,
            safety: c.safety ?? null,
            feelingLikeMyself: c.feelingLikeMyself ?? null,
            urge: c.urge ?? null,
          },
          note: c.note,
        };
        setSaved(kept);
        setExisting(true);
        // A draft carried on from is newer than what was saved: it stays on screen.
        if (resumed.current) return;
        setValues(kept.values);
        setNote(kept.note);
      })
      .catch(() => setStatus({ ok: false, text: t('checkin.loadFailed') }));
  }, [vault, today, t]);

  async function save(event: Event) {
    event.preventDefault();
    if (todayUnreadable) return;
    const scales = answered(values);
    if (Object.keys(scales).length === 0 && note.trim() === '') {
      setStatus({ ok: false, text: t('checkin.nothing') });
      return;
    }
    const record: CheckIn = { ...scales, date: today, note, savedAt: new Date().toISOString() };
    try {
      await vault.commit([putChange(dailyCheckIn, today, record), draft.removal()]);
      draft.settle(false);
      setSaved({ values, note });
      setExisting(true);
      setStatus({ ok: true, text: t('checkin.saved') });
    } catch {
      setStatus({ ok: false, text: t('checkin.failed') });
    }
  }

  return (
    <form class="checkin-form" onSubmit={(e) => void save(e)} noValidate>
      {draft.resumedAt && !discarded && (
        <DraftResumed
          at={draft.resumedAt}
          onDiscard={() => {
            setDiscarded(true);
            setValues(saved.values);
            setNote(saved.note);
            // If the draft cannot be removed it is offered again next time: nothing is lost.
            draft.discard(false).catch(() => undefined);
          }}
        />
      )}
      {existing && <p class="hint">{t('checkin.already')}</p>}
      {CHECKIN_MEASURES.map((m) => {
        const ends = { low: t(`checkin.${m}.low`), high: t(`checkin.${m}.high`) };
        return (
          <Scale
            key={m}
            id={`checkin-${m}`}
            label={t(`checkin.${m}`)}
            hint={t('checkin.ends', ends)}
            hintId={`checkin-${m}-ends`}
            ends={ends}
            valueText={(value) => t('checkin.scaleValue', { value })}
            value={values[m]}
            onChange={(value) => setValues((v) => ({ ...v, [m]: value }))}
            unset={{
              text: t('checkin.notAnswered'),
              clear: t('checkin.clear'),
              onClear: () => setValues((v) => ({ ...v, [m]: null })),
            }}
          />
        );
      })}
      {values.safety !== null && values.safety <= 3 && (
        <p class="card checkin-safety">{t('checkin.safetyLow')}</p>
      )}
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
      {todayUnreadable && <p class="error">{t('checkin.todayUnreadable')}</p>}
      <button type="submit" disabled={todayUnreadable}>
        {t('checkin.save')}
      </button>
      <p role="status" class={status?.ok === false ? 'error' : 'ok'}>
        {status?.text ?? ''}
      </p>
    </form>
  );
}
