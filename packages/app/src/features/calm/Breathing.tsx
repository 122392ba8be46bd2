import { useEffect, useRef, useState } from 'preact/hooks';
import {
  breathingSchedule,
  elapsedOn,
  pauseClock,
  phaseAt,
  resumeClock,
  startClock,
  type BreathPhase,
  type BreathingSchedule,
  type PhaseState,
  type SessionClock,
} from '@steady/core';
import { useShell } from '../../shell/context.ts';
import { RadioGroup } from '../../ui/RadioGroup.tsx';
import { useReducedMotion } from './motion.ts';

const SECONDS = [3, 4, 5, 6, 7] as const;
const LENGTHS = [1, 3, 5] as const;

interface Run {
  readonly schedule: BreathingSchedule;
  readonly clock: SessionClock;
}

/** What the words on screen show; changes a few times a breath, not every frame. */
interface Shown {
  readonly phase: BreathPhase | 'done';
  readonly breath: number;
  readonly count: number;
}

function shownOf(state: PhaseState): Shown {
  return {
    phase: state.phase,
    breath: state.breath,
    count: Math.max(1, Math.ceil(state.remainingMs / 1000)),
  };
}

const ease = (p: number) => (1 - Math.cos(Math.PI * p)) / 2;
const SMALL = 0.55;

/** How large the circle is: it grows as the breath comes in and shrinks as it goes out. */
function scaleOf(state: PhaseState): number {
  switch (state.phase) {
    case 'in':
      return SMALL + (1 - SMALL) * ease(state.phaseProgress);
    case 'hold':
      return 1;
    case 'out':
      return 1 - (1 - SMALL) * ease(state.phaseProgress);
    default:
      return SMALL;
  }
}

/**
 * Paced breathing. Every frame reads one clock and asks the schedule where the
 * breath is, so a slow frame or a hidden tab never pushes the pace off.
 */
export function Breathing() {
  const { t } = useShell();
  const reduce = useReducedMotion();
  const [inhale, setInhale] = useState(4);
  const [exhale, setExhale] = useState(6);
  const [minutes, setMinutes] = useState<(typeof LENGTHS)[number]>(3);
  const [vibrate, setVibrate] = useState(false);
  const [run, setRun] = useState<Run | null>(null);
  const [shown, setShown] = useState<Shown | null>(null);
  const circle = useRef<HTMLDivElement>(null);
  const primary = useRef<HTMLButtonElement>(null);
  const vibrateRef = useRef(vibrate);
  vibrateRef.current = vibrate;
  const canVibrate = typeof navigator.vibrate === 'function';

  useEffect(() => {
    if (!run) return;
    let frame = 0;
    let last: Shown | null = null;
    const draw = () => {
      const state = phaseAt(run.schedule, elapsedOn(run.clock, performance.now()));
      if (circle.current) circle.current.style.transform = `scale(${scaleOf(state).toFixed(3)})`;
      const next = shownOf(state);
      if (
        !last ||
        last.phase !== next.phase ||
        last.breath !== next.breath ||
        last.count !== next.count
      ) {
        if (last && last.phase !== next.phase && vibrateRef.current && canVibrate)
          navigator.vibrate(next.phase === 'done' ? [40, 80, 40] : 40);
        last = next;
        setShown(next);
      }
      if (state.phase !== 'done' && run.clock.runningSince !== null)
        frame = requestAnimationFrame(draw);
    };
    draw();
    return () => cancelAnimationFrame(frame);
  }, [run, canVibrate]);

  const running = run !== null && run.clock.runningSince !== null;
  const done = shown?.phase === 'done';

  function start() {
    const schedule = breathingSchedule({
      inhaleMs: inhale * 1000,
      exhaleMs: exhale * 1000,
      durationMs: minutes * 60_000,
    });
    setShown(null);
    setRun({ schedule, clock: startClock(performance.now()) });
  }

  function stop() {
    setRun(null);
    setShown(null);
    primary.current?.focus();
  }

  function primaryAction() {
    if (run === null) start();
    else if (done) stop();
    else {
      const now = performance.now();
      setRun({
        ...run,
        clock: running ? pauseClock(run.clock, now) : resumeClock(run.clock, now),
      });
    }
  }

  // Written with one decimal at most, like every count in a message.
  const perMinute = 60 / (inhale + exhale);
  const phaseLabel = shown && shown.phase !== 'done' ? t(`calm.phase.${shown.phase}`) : '';

  return (
    <section class="calm-panel" aria-labelledby="calm-breathe-title">
      <h2 id="calm-breathe-title">{t('calm.breatheTitle')}</h2>
      <p>{t('calm.breatheIntro')}</p>

      {run === null && (
        <fieldset class="field calm-settings">
          <legend>{t('calm.settings')}</legend>
          <div class="field">
            <label for="calm-inhale">{t('calm.inhale')}</label>
            <select
              autoComplete="off"
              id="calm-inhale"
              value={inhale}
              onChange={(e) => setInhale(Number(e.currentTarget.value))}
            >
              {SECONDS.map((s) => (
                <option key={s} value={s}>
                  {t('calm.seconds', { count: s })}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="calm-exhale">{t('calm.exhale')}</label>
            <select
              autoComplete="off"
              id="calm-exhale"
              value={exhale}
              onChange={(e) => setExhale(Number(e.currentTarget.value))}
            >
              {SECONDS.map((s) => (
                <option key={s} value={s}>
                  {t('calm.seconds', { count: s })}
                </option>
              ))}
            </select>
          </div>
          <p class="hint">{t('calm.perMinute', { count: perMinute })}</p>
          <RadioGroup
            legend={t('calm.length')}
            name="calm-length"
            options={LENGTHS}
            value={minutes}
            onChange={setMinutes}
            label={(m) => t('calm.minutes', { count: m })}
          />
          {canVibrate && (
            <div class="field">
              <label class="choice">
                <input
                  autoComplete="off"
                  type="checkbox"
                  checked={vibrate}
                  aria-describedby="calm-vibrate-hint"
                  onChange={(e) => setVibrate(e.currentTarget.checked)}
                />
                {t('calm.vibrate')}
              </label>
              <p class="hint" id="calm-vibrate-hint">
                {t('calm.vibrateHint')}
              </p>
            </div>
          )}
        </fieldset>
      )}

      {run !== null && (
        <div class="calm-breath" data-phase={shown?.phase ?? 'in'}>
          {!reduce && !done && (
            <div class="calm-circle-box" aria-hidden="true">
              <div class="calm-circle" ref={circle} />
            </div>
          )}
          {shown && !done && (
            <p class="calm-count" aria-hidden="true">
              {running
                ? t('calm.phaseCount', { phase: phaseLabel, number: shown.count })
                : t('calm.paused')}
            </p>
          )}
          {shown && !done && (
            <p class="hint calm-breath-of">
              {t('calm.breathOf', { breath: shown.breath, total: run.schedule.breaths })}
            </p>
          )}
          {done && <p class="calm-done">{t('calm.done')}</p>}
        </div>
      )}
      {/* Announced once per phase change, never every second. */}
      <p class="visually-hidden calm-live" role="status">
        {shown === null ? '' : done ? t('calm.done') : running ? phaseLabel : t('calm.paused')}
      </p>

      <div class="row">
        {/* One button that changes its words, so focus stays on it from start to finish. */}
        <button type="button" ref={primary} onClick={primaryAction}>
          {run === null
            ? t('calm.start')
            : done
              ? t('calm.again')
              : running
                ? t('calm.pause')
                : t('calm.resume')}
        </button>
        {run !== null && !done && (
          <button type="button" class="secondary" onClick={stop}>
            {t('calm.stop')}
          </button>
        )}
      </div>
      {run === null && <p class="hint">{t('calm.ready')}</p>}
    </section>
  );
}
