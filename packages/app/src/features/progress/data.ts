import { useEffect, useState } from 'preact/hooks';
import {
  dailyCheckIn,
  freedomOrConnection,
  urge,
  type CheckIn,
  type LocalDay,
  type RebuildEntry,
  type UrgePoint,
  type UrgeRecord,
} from '@steady/core';
import { deviceLocalDay } from '../../lib/deviceTime.ts';
import { useVault } from '../../vault/api.ts';
import { useSyncedSerial } from '../../vault/useRecords.ts';

const PROGRESS_KINDS = [dailyCheckIn, freedomOrConnection, urge];

/** Progress is shown by week or by month. */
export type By = 'week' | 'month';

export interface ProgressData {
  readonly checkIns: CheckIn[];
  readonly rebuild: RebuildEntry[];
  readonly urges: UrgePoint[];
  /** Records of each kind that could not be read: kept as they are, counted on screen. */
  readonly unreadable: {
    readonly checkin: number;
    readonly freedom: number;
    readonly urge: number;
  };
  /** The records could not be read at all just now. */
  readonly failed: boolean;
}

/** An urge as the progress view needs it: the person's local day and its strength. */
export function urgePoint(record: UrgeRecord, localDay: LocalDay): UrgePoint {
  return { date: localDay(record.at), strength: record.strength };
}

export function useProgressData(): ProgressData | null {
  const vault = useVault();
  const [data, setData] = useState<ProgressData | null>(null);
  const synced = useSyncedSerial(PROGRESS_KINDS);
  useEffect(() => {
    const localDay = deviceLocalDay();
    Promise.all([
      vault.readAll(dailyCheckIn),
      vault.readAll(freedomOrConnection),
      vault.readAll(urge),
    ]).then(
      ([checkIns, rebuild, urges]) =>
        setData({
          checkIns: checkIns.items.map((item) => item.value),
          rebuild: rebuild.items.map((item) => item.value),
          urges: urges.items.map((item) => urgePoint(item.value, localDay)),
          unreadable: {
            checkin: checkIns.unreadable.length,
            freedom: rebuild.unreadable.length,
            urge: urges.unreadable.length,
          },
          failed: false,
        }),
      () =>
        setData({
          checkIns: [],
          rebuild: [],
          urges: [],
          unreadable: { checkin: 0, freedom: 0, urge: 0 },
          failed: true,
        }),
    );
  }, [vault, synced]);
  return data;
}
