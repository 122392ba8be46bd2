// Paced breathing as a pure function of elapsed time. The screen asks "where
// are we now?" on every frame from one clock reading, instead of chaining
// timeouts (which add their lateness to every phase and drift over minutes).

export type BreathPhase = 'in' | 'hold' | 'out' | 'holdOut';

export interface BreathingOptions {
  readonly inhaleMs: number;
  readonly exhaleMs: number;
  readonly holdInMs?: number;
  readonly holdOutMs?: number;
  /** Roughly how long the session should last; it ends on a whole breath. */
  readonly durationMs: number;
}

export interface PhaseSpan {
  readonly phase: BreathPhase;
  /** When it starts and ends, from the start of its breath. */
  readonly startMs: number;
  readonly endMs: number;
}

export interface BreathingSchedule {
  /** The phases of one breath, in order; a hold of zero is left out. */
  readonly phases: readonly PhaseSpan[];
  readonly cycleMs: number;
  readonly breaths: number;
  /** breaths × cycleMs: a session never stops halfway through a breath. */
  readonly totalMs: number;
}

export interface PhaseState {
  readonly phase: BreathPhase | 'done';
  /** 0 at the start of the phase, 1 at its end. */
  readonly phaseProgress: number;
  /** Which breath, from 1; the last breath's number once done. */
  readonly breath: number;
  /** Elapsed time at which this phase ends (the session's end once done). */
  readonly phaseEndsAt: number;
  /** phaseEndsAt minus the elapsed time, never negative. */
  readonly remainingMs: number;
}

export const BREATHING_LIMITS = {
  /** Each phase, when present: shorter is a gasp, longer is a strain. */
  minPhaseMs: 1_000,
  maxPhaseMs: 15_000,
  maxDurationMs: 60 * 60 * 1000,
} as const;

function checkLength(name: string, ms: number, optional: boolean): void {
  if (!Number.isFinite(ms)) throw new RangeError(`${name} must be a finite number`);
  if (optional && ms === 0) return;
  if (ms < BREATHING_LIMITS.minPhaseMs || ms > BREATHING_LIMITS.maxPhaseMs)
    throw new RangeError(
      `${name} must be between ${BREATHING_LIMITS.minPhaseMs} and ${BREATHING_LIMITS.maxPhaseMs} ms`,
    );
}

export function breathingSchedule(options: BreathingOptions): BreathingSchedule {
  const holdInMs = options.holdInMs ?? 0;
  const holdOutMs = options.holdOutMs ?? 0;
  checkLength('inhaleMs', options.inhaleMs, false);
  checkLength('exhaleMs', options.exhaleMs, false);
  checkLength('holdInMs', holdInMs, true);
  checkLength('holdOutMs', holdOutMs, true);
  const { durationMs } = options;
  if (
    !Number.isFinite(durationMs) ||
    durationMs <= 0 ||
    durationMs > BREATHING_LIMITS.maxDurationMs
  )
    throw new RangeError('durationMs must be positive and at most an hour');

  const phases: PhaseSpan[] = [];
  let at = 0;
  const lengths: ReadonlyArray<readonly [BreathPhase, number]> = [
    ['in', options.inhaleMs],
    ['hold', holdInMs],
    ['out', options.exhaleMs],
    ['holdOut', holdOutMs],
  ];
  for (const [phase, ms] of lengths) {
    if (ms === 0) continue;
    phases.push({ phase, startMs: at, endMs: at + ms });
    at += ms;
  }
  const cycleMs = at;
  const breaths = Math.max(1, Math.round(durationMs / cycleMs));
  return { phases, cycleMs, breaths, totalMs: breaths * cycleMs };
}

/** Where the breath is `elapsedMs` after the start (negative counts as the start). */
export function phaseAt(schedule: BreathingSchedule, elapsedMs: number): PhaseState {
  const elapsed = Number.isFinite(elapsedMs) ? Math.max(0, elapsedMs) : 0;
  if (elapsed >= schedule.totalMs) {
    return {
      phase: 'done',
      phaseProgress: 1,
      breath: schedule.breaths,
      phaseEndsAt: schedule.totalMs,
      remainingMs: 0,
    };
  }
  const cycle = Math.floor(elapsed / schedule.cycleMs);
  const within = elapsed - cycle * schedule.cycleMs;
  const base = cycle * schedule.cycleMs;
  const span =
    schedule.phases.find((p) => within < p.endMs) ?? schedule.phases[schedule.phases.length - 1]!;
  const length = span.endMs - span.startMs;
  const phaseEndsAt = base + span.endMs;
  return {
    phase: span.phase,
    phaseProgress: Math.min(1, Math.max(0, (within - span.startMs) / length)),
    breath: cycle + 1,
    phaseEndsAt,
    remainingMs: Math.max(0, phaseEndsAt - elapsed),
  };
}

/** Breaths a minute for a schedule: 4 s in and 6 s out is six. */
export function breathsPerMinute(schedule: BreathingSchedule): number {
  return 60_000 / schedule.cycleMs;
}

/**
 * A clock that can pause: elapsed time is worked out from readings of a
 * monotonic clock (performance.now, or a test's own), never accumulated tick by tick.
 */
export interface SessionClock {
  /** Time banked before the current run. */
  readonly bankedMs: number;
  /** The reading when the current run began; null while paused. */
  readonly runningSince: number | null;
}

export function startClock(now: number): SessionClock {
  return { bankedMs: 0, runningSince: now };
}

export function pauseClock(clock: SessionClock, now: number): SessionClock {
  if (clock.runningSince === null) return clock;
  return { bankedMs: clock.bankedMs + Math.max(0, now - clock.runningSince), runningSince: null };
}

export function resumeClock(clock: SessionClock, now: number): SessionClock {
  if (clock.runningSince !== null) return clock;
  return { bankedMs: clock.bankedMs, runningSince: now };
}

export function elapsedOn(clock: SessionClock, now: number): number {
  return clock.runningSince === null
    ? clock.bankedMs
    : clock.bankedMs + Math.max(0, now - clock.runningSince);
}
