import {
  HARMS,
  SEVERITIES,
  STAGES,
  currentContent,
  filterEntries,
  hasDetails,
  type EntryFilter,
  type Harm,
  type Stage,
  type JournalRecord,
  type SearchIndex,
} from '@steady/core';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useShell } from '../../shell/context.ts';
import { DateRange } from '../../ui/DateRange.tsx';
import { CheckboxGroup } from '../../ui/CheckboxGroup.tsx';
import { formatDay, markEnd, markStart } from './data.ts';

export const PAGE_SIZE = 50;
const EXCERPT = 160;

export interface ListFilter {
  text: string;
  from: string;
  to: string;
  stages: Stage[];
  harms: Harm[];
  minSeverity: number;
  maxSeverity: number;
  pinned: boolean;
  detailsToAdd: boolean;
}

export const NO_FILTER: ListFilter = {
  text: '',
  from: '',
  to: '',
  stages: [],
  harms: [],
  minSeverity: 0,
  maxSeverity: 0,
  pinned: false,
  detailsToAdd: false,
};

export function toEntryFilter(filter: ListFilter): EntryFilter {
  return {
    text: filter.text || undefined,
    from: filter.from || undefined,
    to: filter.to || undefined,
    stages: filter.stages,
    harms: filter.harms,
    minSeverity: filter.minSeverity || undefined,
    maxSeverity: filter.maxSeverity || undefined,
    pinned: filter.pinned ? true : undefined,
    detailsToAdd: filter.detailsToAdd ? true : undefined,
  };
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT ? `${flat.slice(0, EXCERPT - 1)}…` : flat;
}

function EntryRow({ record, onOpen }: { record: JournalRecord; onOpen: (id: string) => void }) {
  const { t, locale } = useShell();
  const content = currentContent(record);
  const day = formatDay(content.occurred.date, locale);
  const date = content.occurred.approximate ? t('journal.list.approximate', { date: day }) : day;
  return (
    <li class="journal-row">
      <button
        type="button"
        class="journal-row-open"
        aria-describedby={`jr-${record.id}`}
        onClick={() => onOpen(record.id)}
      >
        <span class="journal-row-date">{date}</span>
        {hasDetails(content) ? (
          <span class="journal-row-stage">
            <span class={`journal-stage-mark journal-stage-${content.stage}`} aria-hidden="true" />
            {t(`journal.stage.${content.stage}`)}
          </span>
        ) : (
          <span class="journal-row-stage journal-details-later">{t('journal.details.later')}</span>
        )}
      </button>
      <p id={`jr-${record.id}`} class="journal-row-text">
        {content.severity !== undefined &&
          `${t('journal.severityShort', { severity: content.severity })} · `}
        {record.pinned && `${t('journal.list.pinned')} · `}
        {content.what ? excerpt(content.what) : t('journal.list.noText')}
      </p>
    </li>
  );
}

interface Props {
  index: SearchIndex;
  total: number;
  filter: ListFilter;
  onFilter: (filter: ListFilter) => void;
  onOpen: (id: string) => void;
}

export function JournalList({ index, total, filter, onFilter, onOpen }: Props) {
  const { t } = useShell();
  const results = useMemo(() => filterEntries(index, toEntryFilter(filter)), [index, filter]);
  const [shown, setShown] = useState(PAGE_SIZE);
  const first = useRef(true);

  useEffect(() => {
    setShown(PAGE_SIZE);
  }, [results]);

  // Once the list (or its new results) is on screen, close the timing begun on open or on change.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      markEnd('journal:list');
    } else {
      markEnd();
    }
  }, [results]);

  const change = (next: Partial<ListFilter>, measure: 'journal:search' | 'journal:filter') => {
    markStart(measure);
    onFilter({ ...filter, ...next });
  };

  const filtered = JSON.stringify(filter) !== JSON.stringify(NO_FILTER);
  const visible = results.slice(0, shown);
  const remaining = results.length - visible.length;

  if (total === 0) return <p class="journal-empty">{t('journal.list.empty')}</p>;

  return (
    <div class="journal-list">
      <div class="field">
        <label for="jl-search">{t('journal.list.search')}</label>
        <p class="hint" id="jl-search-hint">
          {t('journal.list.searchHint')}
        </p>
        <input
          id="jl-search"
          type="search"
          autoComplete="off"
          spellcheck={false}
          aria-describedby="jl-search-hint"
          value={filter.text}
          onInput={(e) => change({ text: e.currentTarget.value }, 'journal:search')}
        />
      </div>

      <details class="journal-filters">
        <summary>{t('journal.list.filters')}</summary>
        <DateRange
          class="journal-when"
          from={{ id: 'jl-from', label: t('journal.list.from'), value: filter.from }}
          to={{ id: 'jl-to', label: t('journal.list.to'), value: filter.to }}
          onFrom={(from) => change({ from }, 'journal:filter')}
          onTo={(to) => change({ to }, 'journal:filter')}
        />
        <CheckboxGroup
          legend={t('journal.list.stages')}
          options={STAGES}
          value={filter.stages}
          onChange={(stages) => change({ stages }, 'journal:filter')}
          label={(stage) => t(`journal.stage.${stage}`)}
        />
        <CheckboxGroup
          legend={t('journal.list.harms')}
          options={HARMS}
          value={filter.harms}
          onChange={(harms) => change({ harms }, 'journal:filter')}
          label={(harm) => t(`journal.harm.${harm}`)}
        />
        <div class="journal-when">
          {(['minSeverity', 'maxSeverity'] as const).map((key) => (
            <div key={key}>
              <label for={`jl-${key}`}>{t(`journal.list.${key}`)}</label>
              <select
                autoComplete="off"
                id={`jl-${key}`}
                value={String(filter[key])}
                onChange={(e) => change({ [key]: Number(e.currentTarget.value) }, 'journal:filter')}
              >
                <option value="0">{t('journal.list.any')}</option>
                {SEVERITIES.map((value) => (
                  <option key={value} value={String(value)}>
                    {t(`journal.severity.${value}`)}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </div>
        <label class="choice">
          <input
            autoComplete="off"
            type="checkbox"
            checked={filter.pinned}
            onChange={(e) => change({ pinned: e.currentTarget.checked }, 'journal:filter')}
          />
          {t('journal.list.pinnedOnly')}
        </label>
        <label class="choice">
          <input
            autoComplete="off"
            type="checkbox"
            checked={filter.detailsToAdd}
            onChange={(e) => change({ detailsToAdd: e.currentTarget.checked }, 'journal:filter')}
          />
          {t('journal.list.detailsOnly')}
        </label>
        {filtered && (
          <div class="row">
            <button
              type="button"
              class="secondary"
              onClick={() => change(NO_FILTER, 'journal:filter')}
            >
              {t('journal.list.clear')}
            </button>
          </div>
        )}
      </details>

      <p role="status" aria-live="polite" class="journal-count">
        {filtered
          ? t('journal.list.count', { shown: results.length, count: total })
          : t('journal.list.countAll', { count: total })}
      </p>

      {results.length === 0 ? (
        <p>{t('journal.list.none')}</p>
      ) : (
        <ul class="journal-rows" aria-label={t('journal.list.results')}>
          {visible.map((record) => (
            <EntryRow key={record.id} record={record} onOpen={onOpen} />
          ))}
        </ul>
      )}
      {remaining > 0 && (
        <div class="row">
          <button type="button" class="secondary" onClick={() => setShown((n) => n + PAGE_SIZE)}>
            {t('journal.list.more', { count: Math.min(PAGE_SIZE, remaining) })}
          </button>
        </div>
      )}
    </div>
  );
}
