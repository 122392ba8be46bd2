// The urge tools: what @steady/core re-exports for the app.
export {
  DEFAULT_URGE_SETTINGS,
  OUTCOMES,
  PULLS,
  URGE_LIMITS,
  type HoldOutcome,
  type HoldRecord,
  type IfThenRecord,
  type Pull,
  type ReminderRecord,
  type TrustedContact,
  type UnsentRecord,
  type UrgeRecord,
  type UrgeSettings,
} from './types.ts';
export {
  isOutcome,
  isPull,
  isRecordId,
  normalisePulls,
  readUrgeSettings,
  validateContact,
  validateHold,
  validateIfThen,
  validateReminder,
  validateUnsent,
  validateUrge,
} from './validate.ts';
export {
  activeHold,
  holdState,
  resolveHold,
  splitRemaining,
  startHold,
  type HoldState,
} from './hold.ts';
export {
  daysWithoutContact,
  isoWeekOf,
  localDayAtOffset,
  localDayIn,
  MIN_TREND_WEEKS,
  TREND_SLOPE,
  urgeTrend,
  weeklyUrges,
  type IsoWeek,
  type LocalDay,
  type UrgeTrend,
  type UrgeTrendVerdict,
  type UrgeWeek,
} from './weeks.ts';
export { urgeChart, type ChartSize, type UrgeBar, type UrgeChartGeometry } from './chart.ts';
