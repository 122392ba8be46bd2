import {
  HARMS,
  compareChronological,
  currentContent,
  cycleItemsFromJournal,
  escalation,
  findCycles,
  type Escalation,
  type Harm,
  type JournalRecord,
  type Stage,
} from '@steady/core';

/** A kind of harm, or 'none' for entries where no kind was noted (calm days, for one). */
export type HarmChoice = Harm | 'none';
export const HARM_CHOICES: readonly HarmChoice[] = [...HARMS, 'none'];

export interface ReportOptions {
  /** Inclusive calendar days; '' leaves that end open. */
  readonly from: string;
  readonly to: string;
  readonly harms: readonly HarmChoice[];
  readonly pinnedOnly: boolean;
  readonly summary: boolean;
  readonly timeline: boolean;
  readonly fullText: boolean;
  /** With fullText: the text as first written, beside entries that were edited. */
  readonly originals: boolean;
  readonly injuries: boolean;
  /** The photos themselves, each with the digest of its stored bytes (off at first). */
  readonly photos?: boolean;
}

export interface ReportSummary {
  readonly entries: number;
  readonly stages: Readonly<Record<Stage, number>>;
  /** Only the kinds that appear, in the order of HARMS. */
  readonly harms: ReadonlyArray<readonly [Harm, number]>;
  readonly noHarm: number;
  /** Quick notes whose stage and severity are not added yet: in no stage, in no cycle. */
  readonly detailsToAdd: number;
  /** Entries marked as an incident. */
  readonly incidents: number;
  /** Separate occasions: incidents on one day in one cycle count once. */
  readonly occasions: number;
  /** Days between one occasion and the next; null with fewer than two. */
  readonly gaps: {
    readonly shortest: number;
    readonly longest: number;
    readonly median: number;
  } | null;
  readonly pattern: Escalation;
}

export interface Report {
  /** Oldest first, the order a reader follows on paper. */
  readonly records: readonly JournalRecord[];
  readonly summary: ReportSummary;
}

/** The first and last day anything happened, to start the range with. */
export function journalSpan(records: readonly JournalRecord[]): { from: string; to: string } {
  let from = '';
  let to = '';
  for (const record of records) {
    const date = currentContent(record).occurred.date;
    if (from === '' || date < from) from = date;
    if (to === '' || date > to) to = date;
  }
  return { from, to };
}

export function rangeIsValid(options: Pick<ReportOptions, 'from' | 'to'>): boolean {
  return options.from === '' || options.to === '' || options.from <= options.to;
}

function included(record: JournalRecord, options: ReportOptions): boolean {
  if (options.pinnedOnly && !record.pinned) return false;
  const content = currentContent(record);
  const date = content.occurred.date;
  if (options.from !== '' && date < options.from) return false;
  if (options.to !== '' && date > options.to) return false;
  if (content.harms.length === 0) return options.harms.includes('none');
  return content.harms.some((harm) => options.harms.includes(harm));
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function summarise(records: readonly JournalRecord[]): ReportSummary {
  const stages: Record<Stage, number> = { tension: 0, incident: 0, repair: 0, calm: 0, unsure: 0 };
  const harmCounts = new Map<Harm, number>();
  let noHarm = 0;
  let detailsToAdd = 0;
  for (const record of records) {
    const content = currentContent(record);
    if (content.stage === undefined) detailsToAdd += 1;
    else stages[content.stage] += 1;
    if (content.harms.length === 0) noHarm += 1;
    for (const harm of content.harms) harmCounts.set(harm, (harmCounts.get(harm) ?? 0) + 1);
  }
  const analysis = findCycles(cycleItemsFromJournal(records));
  const gapDays = analysis.cycles
    .map((cycle) => cycle.daysSincePrevious)
    .filter((days): days is number => days !== null);
  return {
    entries: records.length,
    stages,
    harms: HARMS.filter((harm) => harmCounts.has(harm)).map(
      (harm) => [harm, harmCounts.get(harm) ?? 0] as const,
    ),
    noHarm,
    detailsToAdd,
    incidents: stages.incident,
    occasions: analysis.cycles.length,
    gaps:
      gapDays.length === 0
        ? null
        : {
            shortest: Math.min(...gapDays),
            longest: Math.max(...gapDays),
            median: median(gapDays),
          },
    pattern: escalation(analysis.cycles),
  };
}

/**
 * What goes in the report: the chosen entries, oldest first, and figures that
 * describe only those entries. Nothing here judges the person or anyone else.
 */
export function buildReport(records: readonly JournalRecord[], options: ReportOptions): Report {
  const chosen = rangeIsValid(options) ? records.filter((r) => included(r, options)) : [];
  const ordered = chosen
    .map((record) => {
      const { occurred } = currentContent(record);
      const key = {
        date: occurred.date,
        time: occurred.time,
        writtenAt: record.writtenAt,
        id: record.id,
      };
      return { record, key };
    })
    .sort((a, b) => compareChronological(a.key, b.key))
    .map(({ record }) => record);
  return { records: ordered, summary: summarise(ordered) };
}
