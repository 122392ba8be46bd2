import './hold.css';
import { useState } from 'preact/hooks';
import {
  OUTCOMES,
  activeHold,
  holdState,
  resolveHold,
  splitRemaining,
  startHold,
  hold as holdKind,
  type HoldOutcome,
  type HoldRecord,
} from '@steady/core';
import { useShell } from '../../shell/context.ts';
import { RadioGroup } from '../../ui/RadioGroup.tsx';
import { newId } from '../../vault/api.ts';
import { useNow, useRecords } from './data.ts';
import { Scale } from '../../ui/Scale.tsx';

/**
 * The 24-hour hold: a start button, or the running countdown with a way to
 * record what happened at any time. Everything comes from the stored record,
 * so a reload or a lock only pauses the drawing, never the hold.
 */
export function HoldPanel({ urgeId, allowStart }: { urgeId?: string; allowStart: boolean }) {
  const { t } = useShell();
  const { items, reload, vault } = useRecords(holdKind);
  const [error, setError] = useState(false);
  const [saved, setSaved] = useState<HoldOutcome | null>(null);
  const hold = items ? activeHold(items) : undefined;

  async function start() {
    setError(false);
    setSaved(null);
    try {
      const hold = startHold(new Date(), newId(), urgeId);
      await vault.put(holdKind, hold.id, hold);
      await reload();
    } catch {
      setError(true);
    }
  }

  if (items === null || (!hold && !allowStart && !saved)) return null;
  return (
    <section class="card urges-hold" aria-labelledby="urges-hold-title">
      <h2 id="urges-hold-title">{hold ? t('urges.holdRunning') : t('urges.holdTitle')}</h2>
      {saved && (
        <p role="status" class="ok urges-saved">
          {t(`urges.outcomeSaved.${saved}`)}
        </p>
      )}
      {hold ? (
        <RunningHold
          hold={hold}
          onResolved={async (outcome, feeling) => {
            setError(false);
            try {
              await vault.put(holdKind, hold.id, resolveHold(hold, outcome, feeling, new Date()));
              await reload();
              setSaved(outcome);
            } catch {
              setError(true);
            }
          }}
        />
      ) : (
        allowStart && (
          <>
            <p>{t('urges.holdBody')}</p>
            <button type="button" onClick={() => void start()}>
              {t('urges.holdStart')}
            </button>
          </>
        )
      )}
      {error && (
        <p role="alert" class="error">
          {t('urges.saveError')}
        </p>
      )}
    </section>
  );
}

function RunningHold({
  hold,
  onResolved,
}: {
  hold: HoldRecord;
  onResolved: (outcome: HoldOutcome, feeling: number) => Promise<void>;
}) {
  const { t } = useShell();
  const now = useNow(1000);
  const state = holdState(hold, now);
  const [open, setOpen] = useState(false);
  const [outcome, setOutcome] = useState<HoldOutcome | null>(null);
  const [feeling, setFeeling] = useState(5);
  const ended = state.state === 'ended-awaiting-outcome';

  return (
    <>
      {state.state === 'running' && (
        <p class="urges-countdown" role="timer">
          {t('urges.holdLeft', splitRemaining(state.remainingMs))}
        </p>
      )}
      {ended && <p class="urges-ended">{t('urges.holdEnded')}</p>}
      {open || ended ? (
        <form
          class="urges-outcome"
          onSubmit={(event) => {
            event.preventDefault();
            if (outcome) void onResolved(outcome, feeling);
          }}
        >
          <RadioGroup
            legend={t('urges.outcomeTitle')}
            name="urges-outcome"
            options={OUTCOMES}
            value={outcome}
            onChange={setOutcome}
            label={(value) => t(`urges.outcome.${value}`)}
          />
          <Scale
            id="urges-feeling"
            label={t('urges.feeling')}
            hint={t('urges.feelingHint')}
            valueText={(value) => t('urges.strengthValue', { value })}
            value={feeling}
            onChange={setFeeling}
          />
          <button type="submit" disabled={outcome === null}>
            {t('urges.outcomeSave')}
          </button>
        </form>
      ) : (
        <button type="button" class="secondary" onClick={() => setOpen(true)}>
          {t('urges.outcomeOpen')}
        </button>
      )}
    </>
  );
}
