import { useEffect, useState } from 'preact/hooks';
import {
  isScaleValue,
  localDayIn,
  validateCheckIn,
  validateRebuildEntry,
  type CheckIn,
  type RebuildEntry,
  type UrgePoint,
} from '@steady/core';
import { useVault } from '../../vault/api.ts';

export interface ProgressData {
  readonly checkIns: CheckIn[];
  readonly rebuild: RebuildEntry[];
  readonly urges: UrgePoint[];
}

/**
 * An urge record as the urge tools write it ({ at, strength, ... }). Read
 * leniently: it is another screen's record, and none at all is fine.
 */
export function urgePoint(value: unknown, localDay: (iso: string) => string): UrgePoint | null {
  if (typeof value !== 'object' || value === null) return null;
  const { at, strength } = value as { at?: unknown; strength?: unknown };
  if (typeof at !== 'string' || !Number.isFinite(Date.parse(at)) || !isScaleValue(strength))
    return null;
  return { date: localDay(new Date(Date.parse(at)).toISOString()), strength };
}

function valid<T>(
  rows: ReadonlyArray<{ value: unknown }>,
  check: (v: unknown) => { ok: true; value: T } | { ok: false },
): T[] {
  const out: T[] = [];
  for (const row of rows) {
    const checked = check(row.value);
    if (checked.ok) out.push(checked.value);
  }
  return out;
}

export function useProgressData(): ProgressData | null {
  const vault = useVault();
  const [data, setData] = useState<ProgressData | null>(null);
  useEffect(() => {
    const localDay = localDayIn(Intl.DateTimeFormat().resolvedOptions().timeZone);
    const safeList = (kind: string) => vault.list<unknown>(kind).catch(() => []);
    void Promise.all([safeList('checkin'), safeList('freedom'), safeList('urge')]).then(
      ([checkIns, rebuild, urges]) => {
        const points: UrgePoint[] = [];
        for (const row of urges) {
          const point = urgePoint(row.value, localDay);
          if (point) points.push(point);
        }
        setData({
          checkIns: valid(checkIns, validateCheckIn),
          rebuild: valid(rebuild, validateRebuildEntry),
          urges: points,
        });
      },
    );
  }, [vault]);
  return data;
}
