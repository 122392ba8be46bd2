// Regulation exercises: what @steady/core re-exports for the app.
export {
  BREATHING_LIMITS,
  breathingSchedule,
  breathsPerMinute,
  elapsedOn,
  pauseClock,
  phaseAt,
  resumeClock,
  startClock,
  type BreathPhase,
  type BreathingOptions,
  type BreathingSchedule,
  type PhaseSpan,
  type PhaseState,
  type SessionClock,
} from './breathing.ts';
