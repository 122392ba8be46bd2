// Insights over the journal: what @steady/core re-exports for the app.
export { compareCycleItems, findCycles, isUsableItem, sortCycleItems } from './cycles.ts';
export type { Cycle, CycleAnalysis, CycleItem, Gap } from './cycles.ts';
export { escalation, MIN_INCIDENTS } from './escalation.ts';
export type { Escalation, EscalationVerdict, Trend } from './escalation.ts';
export { timelineSeries } from './timeline.ts';
export type { TimelinePoint, TimelineSeries } from './timeline.ts';
export { countDetailsToAdd, cycleItemsFromJournal } from './journal-items.ts';
