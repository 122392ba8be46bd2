// Check-ins, the rebuilding log and progress over weeks and months.
export {
  CHECKIN_MEASURES,
  PROGRESS_LIMITS,
  REBUILD_KINDS,
  answeredMeasures,
  type CheckIn,
  type CheckInMeasure,
  type CheckInScales,
  type RebuildEntry,
  type RebuildKind,
  type UrgePoint,
} from './types.ts';
export { isScaleValue, validateCheckIn, validateRebuildEntry } from './validate.ts';
export {
  daysFrom,
  rollingAt,
  rollingDaily,
  type DatedValue,
  type RollingPoint,
} from './rolling.ts';
export {
  measureSeries,
  monthlyProgress,
  weeklyProgress,
  type Means,
  type PeriodSummary,
  type ProgressInput,
} from './periods.ts';
export { lineGeometry, type ChartDot, type LineChartSize, type LineGeometry } from './chart.ts';
